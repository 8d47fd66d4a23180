"""Every code block of docs/eigen-dialoog.md is run, in order, in an empty folder.

Conventions of the guide (explained to trainers in the guide itself):

- a ``toml`` or ``text`` block whose first line is ``# Bewaar als: NAAM`` is saved as
  that file; ``# Voeg toe aan: NAAM`` appends it; any other ``toml`` block must parse;
- a ``diff`` block starting with ``# Bewerk: NAAM`` replaces its ``-`` lines by its ``+``
  lines in that file;
- a ``console`` block holds commands (``$ assistant ...``), each followed by the output
  it must print; ``...`` stands for any number of lines, and a last line
  ``(afsluitcode N)`` gives the expected exit code (default 0).
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest

from assistant.cli.main import main

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "eigen-dialoog.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXIT = re.compile(r"^\(afsluitcode (\d+)\)$")


def blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(GUIDE.read_text(encoding="utf-8"))]


def test_guide_has_every_kind_of_block() -> None:
    kinds = {kind for kind, _ in blocks()}
    assert {"toml", "console", "diff", "text"} <= kinds
    commands = " ".join(body for kind, body in blocks() if kind == "console")
    for command in ("check", "lint", "graph", "play", "test"):
        assert f"$ assistant dialogs {command}" in commands, command


def _save(body: str, folder: Path) -> bool:
    first = body.partition("\n")[0]
    for marker, mode in (("# Bewaar als:", "w"), ("# Voeg toe aan:", "a")):
        if first.startswith(marker):
            target = folder / first[len(marker) :].strip()
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open(mode, encoding="utf-8") as handle:
                handle.write(("\n" if mode == "a" else "") + body)
            return True
    return False


def _edit(body: str, folder: Path) -> None:
    first, _, rest = body.partition("\n")
    assert first.startswith("# Bewerk:"), first
    target = folder / first[len("# Bewerk:") :].strip()
    old = [line[1:] for line in rest.splitlines() if line.startswith("-")]
    new = [line[1:] for line in rest.splitlines() if line.startswith("+")]
    text = target.read_text(encoding="utf-8")
    before = "\n".join(old) + "\n"
    assert text.count(before) == 1, f"niet precies één keer gevonden in {target.name}: {old}"
    target.write_text(text.replace(before, "\n".join(new) + "\n"), encoding="utf-8")


def _matches(expected: list[str], actual: list[str]) -> bool:
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(_matches(rest, actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0].rstrip() == head.rstrip() and _matches(rest, actual[1:])


def _console(body: str, capsys: pytest.CaptureFixture[str]) -> None:
    commands: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"uitvoer zonder opdracht: {line}"
            commands[-1][1].append(line)
    for command, expected in commands:
        args = shlex.split(command)
        assert args[0] == "assistant", command
        code = 0
        if expected and (found := EXIT.match(expected[-1])):
            code, expected = int(found.group(1)), expected[:-1]
        capsys.readouterr()
        assert main(args[1:]) == code, command
        out, err = capsys.readouterr()
        actual = (out + err).splitlines()
        assert _matches(expected, actual), (
            f"{command}\n--- verwacht:\n"
            + "\n".join(expected)
            + "\n--- kreeg:\n"
            + "\n".join(actual)
        )


def test_every_block_of_the_guide_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    found = blocks()
    assert len(found) >= 10
    for kind, body in found:
        if kind in ("toml", "text"):
            if not _save(body, tmp_path):
                assert kind == "toml", f"tekstblok zonder 'Bewaar als': {body[:40]}"
                tomllib.loads(body)
        elif kind == "diff":
            _edit(body, tmp_path)
        elif kind == "console":
            _console(body, capsys)
        else:
            pytest.fail(f"codeblok van een soort die niet getest wordt: '{kind}'")
