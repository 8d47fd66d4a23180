"""Checks an answer against the kind of step and turns it into a slot value.

Accepts what a program passes (bool, int, list, dict) and what a person types (text:
"ja", "3", "financien, huisvesting" or "geen", "buurvrouw; boodschappen"). Every refusal is an
:class:`AnswerError` with a Dutch message saying what would be right.
"""

from __future__ import annotations

from typing import Any

from assistant.engine.errors import AnswerError
from assistant.engine.format import Step
from assistant.engine.names import DOMAIN_NAMES
from assistant.knowledge.vocabulary import DOMAIN_SLUGS

YES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
NO = frozenset({"nee", "n", "no", "false", "onwaar", "0"})
FIELD_SEPARATOR = ";"
"""Separates the fields of a list entry typed on one line: ``buurvrouw; boodschappen``."""


def is_empty(value: Any) -> bool:
    """Whether ``value`` counts as no answer (None, blank text, empty list or entry)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False


def normalize(step: Step, options: list[str], value: Any) -> Any:
    """The slot value for a non-empty ``value`` on ``step``; AnswerError when it does not fit."""
    kind = step.answer
    if kind == "text":
        if not isinstance(value, str):
            raise AnswerError("Geef het antwoord als tekst.")
        return value.strip()
    if kind == "choice":
        return _choice(options, value)
    if kind == "yesno":
        return _yesno(value)
    if kind == "score":
        return _score(value)
    if kind == "domains":
        return _domains(value)
    if kind == "list":
        return _entries(step.entry_fields, value)
    return None


def _choice(options: list[str], value: Any) -> str:
    text = str(value).strip()
    numbered = ", ".join(f"{i}. {option}" for i, option in enumerate(options, 1))
    if (isinstance(value, int) and not isinstance(value, bool)) or _is_number(text):
        number = int(text)
        if 1 <= number <= len(options):
            return options[number - 1]
        raise AnswerError(f"Kies een nummer van 1 tot en met {len(options)}: {numbered}.")
    for option in options:
        if option.casefold() == text.casefold():
            return option
    raise AnswerError(f"'{text}' is geen van de keuzes. Kies uit: {numbered}.")


def _yesno(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise AnswerError(f"Antwoord met 'ja' of 'nee', niet '{value}'.")


def _score(value: Any) -> int:
    text = str(value).strip()
    if not isinstance(value, bool) and (isinstance(value, int) or _is_number(text)):
        number = int(text)
        if 1 <= number <= 5:
            return number
    raise AnswerError(
        f"'{text}' is geen score. Geef een heel getal van 1 (acute problematiek) "
        "tot en met 5 (volledig zelfredzaam)."
    )


def _domains(value: Any) -> list[str]:
    if isinstance(value, str) and value.strip().casefold() == "geen":
        return []
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise AnswerError("Geef de domeinen als lijst, of als tekst met komma's ertussen.")
    chosen: list[str] = []
    by_name = {name.casefold(): slug for slug, name in DOMAIN_NAMES.items()}
    for item in items:
        text = str(item).strip()
        key = text.casefold()
        if _is_number(key) and 1 <= int(key) <= len(DOMAIN_SLUGS):
            slug = DOMAIN_SLUGS[int(key) - 1]
        elif key in DOMAIN_SLUGS or key in by_name:
            slug = by_name.get(key, key)
        else:
            numbered = ", ".join(f"{i}. {n}" for i, n in enumerate(DOMAIN_NAMES.values(), 1))
            raise AnswerError(f"'{text}' is geen levensdomein. Kies uit: {numbered}.")
        if slug not in chosen:
            chosen.append(slug)
    return chosen


def _entries(fields: list[str], value: Any) -> list[dict[str, str]]:
    entries = value if isinstance(value, list) else [value]
    result: list[dict[str, str]] = []
    for entry in entries:
        if isinstance(entry, str):
            parts = [part.strip() for part in entry.split(FIELD_SEPARATOR)]
            if len(parts) > len(fields):
                raise AnswerError(
                    f"Te veel delen: geef {len(fields)} delen ({', '.join(fields)}), "
                    f"gescheiden door '{FIELD_SEPARATOR}'."
                )
            entry = dict(zip(fields, parts + [""] * (len(fields) - len(parts)), strict=True))
        if not isinstance(entry, dict) or set(entry) - set(fields):
            raise AnswerError(f"Een regel heeft deze velden: {', '.join(fields)}.")
        clean = {field: str(entry.get(field, "")).strip() for field in fields}
        if not clean[fields[0]]:
            raise AnswerError(f"Vul in elk geval '{fields[0]}' in.")
        result.append(clean)
    return result


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()
