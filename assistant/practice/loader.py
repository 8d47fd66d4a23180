"""Load and check persona files, reporting every problem at once with file and line.

A trainer who writes a persona should see all mistakes in one go: TOML syntax errors
(line and column), misspelt keys ("bedoelt u ...?"), unknown domains and reveal rules
that point at facts that do not exist.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import (
    Problem,
    display_path,
    field_path,
    os_reason,
    sorted_problems,
)
from assistant.model_paths import explained_missing, misspelt_keys
from assistant.practice.checks import check_references, describe_error
from assistant.practice.errors import PersonaError
from assistant.practice.models import Persona
from assistant.toml_errors import toml_problem
from assistant.toml_lines import Locator

PERSONA_DIR = Path(__file__).resolve().parent.parent / "dialogs" / "personas"
"""Where the shipped personas live."""


def load_persona(path: str | Path) -> Persona:
    """Read one persona file; raise :class:`PersonaError` listing every problem."""
    shown = display_path(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PersonaError(f"Kan het personabestand {shown} niet lezen: {os_reason(exc)}.") from exc
    return parse_persona(text, shown)


def parse_persona(text: str, shown: str) -> Persona:
    """Parse persona TOML ``text``; ``shown`` is the file name used in problems."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = toml_problem(exc, text, shown)
        raise PersonaError(f"Het personabestand {shown} klopt niet.", [problem]) from exc
    lines = Locator(text)
    problems: list[Problem] = []
    persona: Persona | None = None
    try:
        persona = Persona.model_validate(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, lines, shown))
    problems.extend(check_references(data, lines, shown))
    if problems or persona is None:
        count = "1 probleem" if len(problems) == 1 else f"{len(problems)} problemen"
        raise PersonaError(
            f"Het personabestand {shown} heeft {count}.",
            sorted_problems(problems),
        )
    return persona


def _validation_problems(exc: ValidationError, lines: Locator, shown: str) -> list[Problem]:
    """One problem per pydantic error; a misspelt key is not also reported as missing."""
    errors = exc.errors()
    explained = explained_missing(misspelt_keys(Persona, list(errors)))
    problems = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "missing" and loc in explained:
            continue
        message, hint = describe_error(error)
        where = field_path([part for part in loc if part != "[key]"])
        line = lines.line(tuple(loc))
        problems.append(Problem(message, path=shown, line=line, where=where, hint=hint))
    return problems


def persona_files(directory: Path = PERSONA_DIR) -> list[Path]:
    """The persona files in ``directory``, sorted by name."""
    return sorted(directory.glob("*.toml"))


def load_all(directory: Path = PERSONA_DIR) -> list[Persona]:
    """Every persona in ``directory``; the first broken file raises its error."""
    return [load_persona(path) for path in persona_files(directory)]


def find_persona(name: str, directory: Path = PERSONA_DIR) -> Persona:
    """A persona by id, file stem, or a path to a TOML file."""
    as_path = Path(name)
    if as_path.suffix == ".toml" and as_path.exists():
        return load_persona(as_path)
    for path in persona_files(directory):
        if path.stem == name:
            return load_persona(path)
    personas = load_all(directory)
    for persona in personas:
        if persona.id == name:
            return persona
    known = ", ".join(p.id for p in personas)
    raise PersonaError(f"Persona '{name}' bestaat niet. Kies uit: {known}.")
