"""Which pydantic model holds the value at an error's location.

A misspelt key deep in a file ("turns[3].stap", "reveal[2].fatcs") should get a 'bedoelt
u' from the keys of the table it stands in, not from every key in the file. Pydantic
gives the location as a path; this walks the models along it.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel


def model_at(root: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
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
