"""Reading golden transcript files: TOML, checked with pydantic, errors located.

Golden files live in a folder ``golden/<name of the dialog or persona file>/`` next to
the file they test, e.g. ``assistant/dialogs/golden/keukentafelgesprek/schulden.toml``
and ``assistant/dialogs/personas/golden/weduwnaar/goed.toml``. A subfolder keeps them
out of every ``dialogs/*.toml`` glob, so no tool mistakes them for dialogs.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import (
    SCHEMA_MESSAGES,
    KeukentafelError,
    Problem,
    display_path,
    field_path,
    os_reason,
)
from assistant.model_paths import explained_missing, misspelt_keys
from assistant.toml_errors import toml_problem
from assistant.toml_lines import Locator

GOLDEN_DIR = "golden"
Model = TypeVar("Model", bound=BaseModel)
CASE_MESSAGES = {"extra_forbidden": "onbekende sleutel", "missing": "deze sleutel ontbreekt"}
"""A golden file has keys, as TOML calls them; other errors read as in the data files."""


class GoldenError(KeukentafelError):
    """A golden transcript file cannot be read; ``problems`` says where."""


def golden_dir(target: Path) -> Path:
    """The folder with the golden files of a dialog or persona file."""
    return target.parent / GOLDEN_DIR / target.stem


def golden_files(target: Path) -> list[Path]:
    """The golden files of ``target``, sorted by name."""
    return sorted(golden_dir(target).glob("*.toml"))


def target_of(case_path: Path, named: str | None) -> Path:
    """The file a golden file tests: as named in it (relative to it), else by folder."""
    if named:
        return (case_path.parent / named).resolve()
    return case_path.parent.parent.parent / f"{case_path.parent.name}.toml"


def read_case(path: Path, model: type[Model]) -> Model:
    """Parse one golden file into ``model``; GoldenError with located problems."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise GoldenError(f"Kan {shown} niet lezen: {os_reason(exc)}") from exc
    except tomllib.TOMLDecodeError as exc:
        problem = toml_problem(exc, text, shown)
        raise GoldenError(f"{shown} klopt niet", [problem]) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = _problems(list(exc.errors()), model, shown, text)
        raise GoldenError(f"{shown} klopt niet", problems) from exc


def _problems(errors: list[Any], model: type[BaseModel], shown: str, text: str) -> list[Problem]:
    """Each error in Dutch at its line; a misspelt key once, with a 'bedoelt u'."""
    locator = Locator(text)
    meant = misspelt_keys(model, errors)
    explained = explained_missing(meant)
    return [
        _problem(error, shown, locator, meant.get(tuple(error["loc"])))
        for error in errors
        if not (error["type"] == "missing" and tuple(error["loc"]) in explained)
    ]


def _problem(error: Any, shown: str, locator: Locator, meant: str | None) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    message = CASE_MESSAGES.get(kind) or SCHEMA_MESSAGES.get(kind, "waarde klopt niet")
    hint = f"bedoelt u '{meant}'?" if meant else None
    return Problem(
        message, path=shown, line=locator.line(loc), where=field_path(loc) or None, hint=hint
    )
