"""Slot values: their defaults, how ``set`` effects must fit, and how they read as text."""

from __future__ import annotations

from typing import Any

from assistant.engine.format import SlotSpec
from assistant.engine.names import domain_name
from assistant.knowledge.vocabulary import DOMAIN_SLUGS

DEFAULTS: dict[str, Any] = {"text": "", "choice": "", "bool": False, "score": 0}
"""What a condition sees for a slot that has no value yet (lists: empty)."""


def default(slot_type: str) -> Any:
    """The value of an unfilled slot of this type."""
    return DEFAULTS.get(slot_type, [])


def set_value_problem(spec: SlotSpec, value: object) -> str | None:
    """A Dutch problem when ``value`` cannot go into a slot like ``spec``, else None."""
    kind = spec.type
    if kind in ("text", "choice") and not isinstance(value, str):
        return "de waarde moet tekst zijn"
    if kind == "choice" and spec.options and value not in spec.options:
        return f"'{value}' is geen van de keuzes ({', '.join(spec.options)})"
    if kind == "bool" and not isinstance(value, bool):
        return "de waarde moet true of false zijn"
    if kind == "score" and (not isinstance(value, int) or isinstance(value, bool)):
        return "de waarde moet een score van 1 tot en met 5 zijn"
    if kind == "score" and not 1 <= int(value) <= 5:  # type: ignore[call-overload]
        return "de waarde moet een score van 1 tot en met 5 zijn"
    if kind == "domains" and not (
        isinstance(value, list) and all(item in DOMAIN_SLUGS for item in value)
    ):
        return 'de waarde moet een lijst met domeinen zijn, zoals ["financien"]'
    if kind == "list":
        return "een slot van type 'list' kan niet met 'set' gevuld worden"
    return None


def as_text(value: Any) -> str:
    """A slot or answer value as plain Dutch text, for templates."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, list):
        parts = [domain_name(v).lower() if v in DOMAIN_SLUGS else as_text(v) for v in value]
        return ", ".join(parts)
    return str(value)
