"""Templates in dialog texts: ``{answer}``, ``{answer.veld}``, ``{slotnaam}``, ``{focus}``.

Kept deliberately tiny: a name in braces is looked up, nothing is evaluated. ``{{`` and
``}}`` stand for a literal brace. Names are checked at load time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def placeholders(text: str) -> list[str]:
    """The names used in ``text``, in order (``answer.relatie`` stays one name)."""
    return [m.group(1).strip() for m in _PLACEHOLDER.finditer(text) if m.group(1) is not None]


def unknown_placeholders(
    text: str, slots: Iterable[str], fields: Iterable[str] | None
) -> list[str]:
    """Dutch problems for names in ``text`` that the step cannot fill.

    ``fields`` is None when the step has no answer, else the fields ``{answer.x}`` may use.
    """
    if "{" not in text:
        return []
    problems: list[str] = []
    known = set(slots) | {"focus"}
    for name in placeholders(text):
        head, _, field = name.partition(".")
        if head == "answer" and fields is None:
            problems.append(f"'{{{name}}}' kan hier niet: deze stap heeft geen antwoord")
        elif head == "answer" and field and field not in (fields := list(fields or [])):
            allowed = ", ".join(fields) or "geen"
            problems.append(f"'{{{name}}}': onbekend veld '{field}' (velden: {allowed})")
        elif head != "answer" and (field or name not in known):
            problems.append(f"onbekende naam '{{{name}}}' in de tekst")
    return problems


def render(text: str, lookup: Callable[[str], str]) -> str:
    """``text`` with every placeholder replaced by ``lookup(name)``."""

    def replace(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group()[0]
        return lookup(match.group(1).strip())

    return _PLACEHOLDER.sub(replace, text)
