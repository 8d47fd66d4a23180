"""Read a TOML map file, written by hand: ``[[provisions]]`` tables, one per provision.

tomllib gives no line numbers, so each entry is located by the line of its
``[[provisions]]`` header, which is where a trainer looks first.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from socialmap.errors import ImportProblem, SocialMapError
from socialmap.io.columns import CellError, parse_bool, parse_date
from socialmap.io.csvfile import Located, read_text
from socialmap.io.validate import build
from socialmap.model import Provision

TABLE = "provisions"
_HEADER = re.compile(r"^\s*\[\[\s*provisions\s*\]\]")
_POSITION = re.compile(r"line (\d+), column (\d+)")


def _convert(entry: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Accept the CSV spelling of dates and ja/nee inside TOML strings too."""
    data = dict(entry)
    errors: list[tuple[str, str]] = []
    for key, parse in (("last_verified", parse_date), ("address_confidential", parse_bool)):
        value = data.get(key)
        if isinstance(value, str):
            try:
                data[key] = parse(value)
            except CellError as exc:
                errors.append((key, str(exc)))
                del data[key]
    return data, errors


def _syntax(name: str, exc: tomllib.TOMLDecodeError) -> ImportProblem:
    """A TOML syntax error in Dutch, at its line: tomllib's message is English and only
    says where the reader got stuck, so we say where and what to look at."""
    found = _POSITION.search(str(exc))
    column = f", teken {found[2]}" if found else ""
    return ImportProblem(
        name,
        f"de opbouw van het bestand klopt niet{column}",
        int(found[1]) if found else None,
        hint="staat elke tekst tussen aanhalingstekens, en is elke [ en { weer gesloten?",
        toml=True,
    )


def read_toml(path: Path, name: str | None = None) -> tuple[list[Located], list[ImportProblem]]:
    """All valid provisions of a TOML file with their lines, and every problem found."""
    name = name or str(path)
    text = read_text(path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = _syntax(name, exc)
        raise SocialMapError("Dit TOML-bestand kan niet gelezen worden.", [problem]) from None
    problems = [
        ImportProblem(name, f"onbekende sleutel '{key}'; verwacht alleen [[{TABLE}]]", toml=True)
        for key in document
        if key != TABLE
    ]
    lines = [n for n, line in enumerate(text.splitlines(), 1) if _HEADER.match(line)]
    entries = document.get(TABLE, [])
    if not isinstance(entries, list):
        return [], [*problems, ImportProblem(name, f"'{TABLE}' moet een lijst [[{TABLE}]] zijn")]
    found: list[Located] = []
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else None

        def locate(
            column: str, reason: str, hint: str | None = None, at: int | None = line
        ) -> ImportProblem:
            return ImportProblem(name, reason, at, column or None, hint=hint, toml=True)

        if not isinstance(entry, dict):
            problems.append(ImportProblem(name, "verwacht een tabel [[provisions]]", toml=True))
            continue
        data, errors = _convert(entry)
        entry_problems = [locate(key, reason) for key, reason in errors]
        provision: Provision | None
        provision, more = build(data, locate)
        entry_problems.extend(more)
        problems.extend(entry_problems)
        if provision is not None and not entry_problems:
            found.append((provision, line or 0))
    return found, problems
