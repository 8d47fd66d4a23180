"""Turn one raw entry into a Provision, or into Dutch, located problems.

Shared by the CSV and the TOML reader, so both give the same reasons for the same mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from rapidfuzz import process

from socialmap.errors import ImportProblem
from socialmap.model import ACCESSES, COSTS, DOMAINS, KINDS, Provision
from socialmap.search.normalize import normalize

Locate = Callable[[str, str, str | None], ImportProblem]
"""(column, reason, hint) -> a located problem."""

_CHOICES: dict[str, tuple[str, ...]] = {
    "domains": DOMAINS,
    "kind": KINDS,
    "access": ACCESSES,
    "cost": COSTS,
}
_TYPE_NAMES = {
    "string_type": "tekst",
    "list_type": "een lijst",
    "bool_type": "ja of nee (true/false)",
    "bool_parsing": "ja of nee (true/false)",
    "date_type": "een datum JJJJ-MM-DD",
    "date_parsing": "een datum JJJJ-MM-DD",
    "date_from_datetime_parsing": "een datum JJJJ-MM-DD",
}


def suggest(value: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """``bedoelt u 'x'?`` for the closest choice, when one is close enough."""
    by_norm = {normalize(c).replace(" ", ""): c for c in choices}
    found = process.extractOne(normalize(value).replace(" ", ""), list(by_norm), score_cutoff=70)
    return f"bedoelt u '{by_norm[found[0]]}'?" if found else None


def _reason(error: Any, fields: list[str]) -> tuple[str, str | None]:
    kind = error["type"]
    column = str(error["loc"][0]) if error["loc"] else ""
    value = error.get("input")
    if kind == "missing":
        return "verplicht veld is leeg", None
    if kind == "too_short":
        return "verplicht veld is leeg", None
    if kind == "literal_error":
        choices = _CHOICES.get(column, ())
        return (
            f"'{value}' is geen geldige waarde; kies uit: {', '.join(choices)}",
            suggest(str(value), choices),
        )
    if kind == "extra_forbidden":
        return "onbekend veld", suggest(column, fields)
    if kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
        return message, None
    if kind in _TYPE_NAMES:
        return f"verwacht {_TYPE_NAMES[kind]}", None
    return f"ongeldige waarde ({error['msg']})", None


def build(data: dict[str, Any], locate: Locate) -> tuple[Provision | None, list[ImportProblem]]:
    """Validate ``data``; return the provision or every problem found in it."""
    try:
        return Provision.model_validate(data), []
    except ValidationError as exc:
        fields = list(Provision.model_fields)
        problems = []
        for error in exc.errors():
            column = str(error["loc"][0]) if error["loc"] else ""
            reason, hint = _reason(error, fields)
            problems.append(locate(column, reason, hint))
        return None, problems
