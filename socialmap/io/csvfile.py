"""Read a CSV map file: every row validated, every bad row reported with row and column."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from socialmap.errors import ImportProblem, column_letter
from socialmap.io.columns import COLUMNS, REQUIRED, CellError, convert_cell
from socialmap.io.validate import build, suggest
from socialmap.model import Provision

Located = tuple[Provision, int]
"""A provision and the row (CSV) or line (TOML) it came from."""


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a spreadsheet's byte-order mark is allowed)."""
    from socialmap.errors import SocialMapError, file_reason

    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = ImportProblem(str(path), f"het bestand is geen UTF-8 (byte {exc.start})")
        raise SocialMapError("Kan het bestand niet lezen.", [problem]) from None
    except OSError as exc:
        raise SocialMapError(f"Kan {path} niet lezen: {file_reason(exc)}.") from None


DUTCH_NAMES = {
    "naam": "name",
    "organisatie": "organisation",
    "omschrijving": "description",
    "beschrijving": "description",
    "trefwoorden": "keywords",
    "levensdomeinen": "domains",
    "soort": "kind",
    "toegang": "access",
    "kosten": "cost",
    "gebied": "area",
    "wijk": "neighbourhood",
    "telefoon": "phone",
    "adres": "address",
    "openingstijden": "hours",
    "doelgroepen": "target_groups",
    "talen": "languages",
    "voorwaarden": "eligibility",
    "aanmelden": "how_to_apply",
    "bron": "source",
}
"""Dutch column names people may write; only used to suggest the right one."""


def _column_hint(column: str) -> str | None:
    hint = suggest(column, [*COLUMNS, *DUTCH_NAMES])
    for dutch, english in DUTCH_NAMES.items():
        if hint == f"bedoelt u '{dutch}'?":
            return f"bedoelt u '{english}'?"
    return hint


def _header_problems(name: str, header: list[str]) -> list[ImportProblem]:
    problems = []
    for index, column in enumerate(header):
        if column not in COLUMNS:
            problems.append(
                ImportProblem(
                    name,
                    "onbekende kolom; de waarden in deze kolom worden niet gebruikt",
                    row=1,
                    column=column or "(leeg)",
                    letter=column_letter(index),
                    hint=_column_hint(column),
                )
            )
        elif header.index(column) != index:
            problems.append(
                ImportProblem(
                    name, "kolom staat er dubbel in", 1, column, letter=column_letter(index)
                )
            )
    for column in REQUIRED:
        if column not in header:
            problems.append(
                ImportProblem(name, "verplichte kolom ontbreekt; geen rij ingelezen", 1, column)
            )
    return problems


def _row(
    name: str, number: int, header: list[str], cells: list[str]
) -> tuple[Provision | None, list[ImportProblem]]:
    letters = {column: column_letter(i) for i, column in enumerate(header)}

    def locate(column: str, reason: str, hint: str | None = None) -> ImportProblem:
        return ImportProblem(name, reason, number, column or None, letters.get(column), hint)

    problems: list[ImportProblem] = []
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        problems.append(locate("", f"{len(cells)} cellen, maar de kopregel heeft er {len(header)}"))
    data: dict[str, Any] = {}
    for index, column in enumerate(header):
        if column not in COLUMNS or header.index(column) != index:
            continue
        raw = cells[index] if index < len(cells) else ""
        try:
            value = convert_cell(column, raw)
        except CellError as exc:
            problems.append(locate(column, str(exc)))
            continue
        if value is not None:
            data[column] = value
    provision, more = build(data, locate)
    problems.extend(more)
    return (provision if not problems else None), problems


def read_csv(path: Path, name: str | None = None) -> tuple[list[Located], list[ImportProblem]]:
    """All valid provisions of a CSV file with their rows, and every problem found."""
    name = name or str(path)
    rows = list(csv.reader(io.StringIO(read_text(path), newline="")))
    if not rows:
        return [], [ImportProblem(name, "het bestand is leeg; er hoort een kopregel in")]
    header = [cell.strip() for cell in rows[0]]
    problems = _header_problems(name, header)
    if any(p.reason.startswith("verplichte kolom") for p in problems):
        return [], problems
    found: list[Located] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        provision, row_problems = _row(name, number, header, cells)
        problems.extend(row_problems)
        if provision is not None:
            found.append((provision, number))
    return found, problems
