"""Runs the script tests of one trainer file: its golden transcripts, and random walks.

Used by ``assistant dialogs test`` and by the app's preview. A path may be a dialog, a
persona, or one golden file; a dialog or persona runs every golden file in its
``golden/<name>/`` folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.authoring.casefile import GOLDEN_DIR, golden_files, read_case, target_of
from assistant.authoring.golden import CaseResult, DialogCase, run_dialog_case
from assistant.authoring.persona_golden import PersonaCase, run_persona_case
from assistant.authoring.sources import Source, load_source, require
from assistant.authoring.walks import WalkReport, run_walks
from assistant.errors import display_path, os_reason


@dataclass
class FileTests:
    """What was tested for one path."""

    source: Source
    cases: list[CaseResult] = field(default_factory=list)
    walks: WalkReport | None = None

    @property
    def passed(self) -> bool:
        """Every golden file passed and no walk failed."""
        walks_ok = self.walks is None or not self.walks.failures
        return walks_ok and all(case.passed for case in self.cases)

    @property
    def tested(self) -> bool:
        """Whether anything ran at all."""
        return bool(self.cases) or self.walks is not None


def is_golden_file(path: Path) -> bool:
    """A golden file sits in ``golden/<name>/``."""
    return path.parent.parent.name == GOLDEN_DIR


def run_file_tests(path: Path, walks: int = 0, seed: int = 0) -> FileTests:
    """Run the golden files (and ``walks`` random walks) for ``path``."""
    cases = [path] if is_golden_file(path) else None
    if cases is not None:
        target = _named_target(path)
    else:
        target = path
        cases = golden_files(path)
    source = require(load_source(target))
    result = FileTests(source)
    for case_path in cases:
        result.cases.append(run_case(case_path, source))
    if walks and source.dialog is not None:
        result.walks = run_walks(source.dialog, walks, seed)
    return result


def run_case(case_path: Path, source: Source) -> CaseResult:
    """Run one golden file against its (already loaded) dialog or persona."""
    shown = display_path(case_path)
    if source.persona is not None:
        persona_case = read_case(case_path, PersonaCase)
        return run_persona_case(persona_case, source.persona, shown)
    assert source.dialog is not None
    dialog_case = read_case(case_path, DialogCase)
    return run_dialog_case(dialog_case, source.dialog, shown)


def _named_target(case_path: Path) -> Path:
    """The dialog or persona a single golden file names (or its folder implies)."""
    import tomllib

    try:
        data = tomllib.loads(case_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    named = data.get("dialog") or data.get("persona")
    return target_of(case_path, named if isinstance(named, str) else None)


def make_golden(target: Path, answers: Path, overwrite: bool = False) -> Path:
    """Play ``target`` with the answers file and save the outcome as a golden file.

    The file goes to ``golden/<dialog>/<answers file name>.toml``; an existing file is
    only replaced when ``overwrite`` is set.
    """
    from assistant.authoring.casefile import GoldenError, golden_dir
    from assistant.authoring.record import case_text
    from assistant.engine import Session
    from assistant.engine.player import play_lines

    source = require(load_source(target))
    if source.dialog is None:
        raise GoldenError("Opnemen kan alleen met een dialoog, niet met een persona.")
    try:
        lines = answers.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldenError(f"Kan {display_path(answers)} niet lezen: {os_reason(exc)}") from exc
    session = Session(source.dialog)
    play_lines(session, lines, display_path(answers))
    out = golden_dir(target) / f"{answers.stem}.toml"
    if out.exists() and not overwrite:
        raise GoldenError(
            f"{display_path(out)} bestaat al. Kies een andere naam, of vervang het met "
            "--overschrijf."
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(case_text(session, f"opgenomen uit {answers.name}"), encoding="utf-8")
    return out
