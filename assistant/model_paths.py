"""Which pydantic model holds the value at an error's location.

A misspelt key deep in a file ("turns[3].stap", "reveal[2].fatcs") should get a 'bedoelt
u' from the keys of the table it stands in, not from every key in the file. Pydantic
gives the location as a path; this walks the models along it.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

from assistant.errors import closest

Loc = tuple[str | int, ...]


def model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model that holds the value at ``loc`` in ``root`` (None when not a model).
    List positions are skipped: ``("turns", 2)`` is a Turn."""
    model: Any = root
    for part in loc:
        if isinstance(part, int) or not _is_model(model):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = _inner_model(field.annotation)
    return model if _is_model(model) else None


def misspelt_keys(root: type[BaseModel], errors: list[Any]) -> dict[Loc, str]:
    """The key each unknown key most likely meant, by where the unknown key stands
    ("stap" in a turn -> "step"). The 'missing' error for that meant key is the same
    mistake; :func:`explained_missing` tells which those are, to report it once."""
    meant: dict[Loc, str] = {}
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = tuple(error["loc"])
            owner = model_at(root, loc[:-1])
            key = closest(str(loc[-1]), owner.model_fields if owner else [])
            if key:
                meant[loc] = key
    return meant


def explained_missing(meant: dict[Loc, str]) -> set[Loc]:
    """Where the 'missing' errors stand that a misspelt key already explains."""
    return {(*loc[:-1], key) for loc, key in meant.items()}


def _inner_model(annotation: Any) -> Any:
    """The first model inside ``annotation``: ``list[Turn]`` and ``Turn | None`` give Turn."""
    if _is_model(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)
