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

from assistant.engine.locate import Locator
from assistant.errors import KeukentafelError, Problem, display_path, os_reason

GOLDEN_DIR = "golden"
Model = TypeVar("Model", bound=BaseModel)


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
        problem = Problem(f"geen geldige TOML: {exc}", path=shown)
        raise GoldenError(f"{shown} klopt niet", [problem]) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        locator = Locator(text)
        problems = [_problem(error, shown, locator) for error in exc.errors()]
        raise GoldenError(f"{shown} klopt niet", problems) from exc


def _problem(error: Any, shown: str, locator: Locator) -> Problem:
    loc = tuple(error["loc"])
    where = ".".join(str(part) for part in loc) or None
    messages = {
        "extra_forbidden": "onbekende sleutel",
        "missing": "deze sleutel ontbreekt",
    }
    message = messages.get(error["type"], f"waarde klopt niet ({error['msg']})")
    return Problem(message, path=shown, line=locator.line(loc), where=where)
