"""Load a map from a file or a folder, collecting every problem instead of stopping.

Duplicate ids are reported and the later entry is left out; nothing is merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from socialmap.errors import ImportProblem, MapNotFoundError
from socialmap.io.csvfile import Located, read_csv
from socialmap.io.tomlfile import read_toml
from socialmap.model import Provision

SUFFIXES = (".csv", ".toml")


@dataclass
class LoadResult:
    """The valid provisions of one or more files and every problem found."""

    provisions: list[Provision] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        """How many rows or entries were left out (invalid or duplicate)."""
        return len({(p.file, p.row) for p in self.problems if p.row and (p.toml or p.row > 1)})


def read_file(path: Path) -> tuple[list[Located], list[ImportProblem]]:
    """Read one CSV or TOML file."""
    if path.suffix.lower() == ".toml":
        return read_toml(path)
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    raise MapNotFoundError(f"{path}: alleen .csv- en .toml-bestanden horen bij de kaart.")


def map_files(path: Path) -> list[Path]:
    """The map files of ``path``: the file itself, or the CSV/TOML files in a folder."""
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.suffix.lower() in SUFFIXES and p.is_file() and not p.name.startswith(".")
        )
        if not files:
            raise MapNotFoundError(f"In {path} staan geen .csv- of .toml-bestanden.")
        return files
    if path.is_file():
        return [path]
    raise MapNotFoundError(f"{path} bestaat niet.")


def _where(path: Path, line: int) -> str:
    unit = "regel" if path.suffix.lower() == ".toml" else "rij"
    return f"{path.name} {unit} {line}"


def load_path(path: Path, existing: dict[str, str] | None = None) -> LoadResult:
    """Load every map file under ``path``; ``existing`` maps ids already taken to a place."""
    result = LoadResult()
    seen: dict[str, str] = dict(existing or {})
    for file in map_files(path):
        found, problems = read_file(file)
        result.files.append(file)
        result.problems.extend(problems)
        for provision, line in found:
            if provision.id in seen:
                result.problems.append(
                    ImportProblem(
                        str(file),
                        f"id '{provision.id}' staat al op de kaart ({seen[provision.id]}); "
                        "deze rij is niet ingelezen",
                        row=line,
                        column="id",
                        letter="A" if file.suffix.lower() == ".csv" else None,
                        toml=file.suffix.lower() == ".toml",
                    )
                )
                continue
            seen[provision.id] = _where(file, line)
            result.provisions.append(provision)
    return result
