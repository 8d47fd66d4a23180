"""Dutch wording for validation errors, and the checks pydantic cannot do alone.

Pydantic reports wrong types and unknown keys; here they become Dutch messages with a
"bedoelt u ...?" hint. References between parts of a persona (reveal rules and
openings naming facts) are checked on the raw TOML data, so they are reported even when
another part of the file is broken.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

from assistant.errors import Problem, did_you_mean, field_path
from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.model_paths import model_at
from assistant.practice.models import Persona
from assistant.toml_lines import Locator

TOPIC_KEYS = ("domains", "frames", "keywords")

FRAMES = ("vraag_achter_de_vraag", "eigen_kracht", "netwerk", "voorliggend", "maatwerk")

_SIMPLE = {
    "string_type": "moet tekst zijn",
    "int_type": "moet een heel getal zijn",
    "int_parsing": "moet een heel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een tabel zijn",
    "model_type": "moet een tabel zijn",
    "model_attributes_type": "moet een tabel zijn",
    "too_short": "mag niet leeg zijn",
}


def describe_error(error: ErrorDetails) -> tuple[str, str | None]:
    """A Dutch message and an optional hint for one pydantic error."""
    loc = tuple(error["loc"])
    kind = error["type"]
    name = str(loc[-1]) if loc else "bestand"
    if kind == "extra_forbidden":
        model = model_at(Persona, loc[:-1])
        fields = model.model_fields if model else {}
        return f"onbekende sleutel '{name}'", did_you_mean(name, fields)
    if kind == "missing":
        return f"de sleutel '{name}' ontbreekt", None
    if kind == "literal_error":
        value = str(error.get("input"))
        options = FRAMES if "frames" in loc or "frame" in loc else DOMAIN_SLUGS
        what = "kader" if options is FRAMES else "levensdomein"
        return f"onbekend {what} '{value}'", did_you_mean(value, options)
    ctx = error.get("ctx") or {}
    if kind == "greater_than_equal":
        return f"'{name}' moet minstens {ctx.get('ge')} zijn", None
    if kind == "less_than_equal":
        return f"'{name}' mag hoogstens {ctx.get('le')} zijn", None
    return f"'{name}' {_SIMPLE.get(kind, 'heeft een waarde die niet klopt')}", None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def check_references(data: dict[str, Any], lines: Locator, shown: str) -> list[Problem]:
    """Problems with fact ids: duplicates, and rules or openings naming unknown facts."""
    problems: list[Problem] = []
    ids: list[str] = []
    for index, fact in enumerate(_as_list(data.get("facts"))):
        fact_id = fact.get("id") if isinstance(fact, dict) else None
        if isinstance(fact_id, str):
            if fact_id in ids:
                line = lines.line(("facts", index, "id"))
                problems.append(Problem(f"feit '{fact_id}' staat er twee keer in", shown, line))
            ids.append(fact_id)

    def unknown(fact_id: Any, loc: tuple[str | int, ...]) -> None:
        if isinstance(fact_id, str) and fact_id not in ids:
            problems.append(
                Problem(
                    f"verwijst naar onbekend feit '{fact_id}'",
                    path=shown,
                    line=lines.line(tuple(loc)),
                    where=field_path(loc),
                    hint=did_you_mean(fact_id, ids),
                )
            )

    for section, key in (("reveal", "topic"), ("openings", "follow")):
        for index, rule in enumerate(_as_list(data.get(section))):
            if not isinstance(rule, dict):
                continue
            topic = rule.get(key)
            if isinstance(topic, dict) and not any(topic.get(k) for k in TOPIC_KEYS):
                problems.append(
                    Problem(
                        "dit onderwerp heeft geen domains, frames of keywords en past nooit",
                        path=shown,
                        line=lines.line((section, index, key)),
                        where=field_path((section, index, key)),
                    )
                )
            for fact_id in _as_list(rule.get("facts")):
                unknown(fact_id, (section, index, "facts"))
            if section == "openings":
                unknown(rule.get("with_fact"), (section, index, "with_fact"))
    return problems
