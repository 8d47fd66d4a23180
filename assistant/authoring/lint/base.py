"""What every lint rule shares: the rule list, the warning record, the analyzer protocol.

A lint warning is a :class:`~assistant.errors.Problem` with severity "waarschuwing",
so it renders like a check error (``file:line: step: waarschuwing: ...``) and the app
can show both in one list. The rule id ends the message in brackets, e.g.
``[open-vraag]``, so a trainer can look it up in ``docs/eigen-dialoog.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from assistant.errors import Problem

SEVERITY = "waarschuwing"

RULES: dict[str, str] = {
    "kader-volgorde": "een route stelt voorzieningen voor vóór eigen kracht en netwerk, "
    "of maatwerk vóór voorliggende voorzieningen",
    "vraag-achter-de-vraag": "geen enkele route vraagt naar de vraag achter de vraag",
    "domein-onbereikbaar": "een levensdomein dat geen route kan vastleggen",
    "open-vraag": "een vraag die open bedoeld is, is gesloten of suggestief",
    "afgeraden-vraag": "een formulering die het rapport afraadt "
    "('Wat kunt u allemaal zelf?', 'Wie kan er allemaal helpen?')",
    "ja-maar": "'ja, maar' of 'nee, want' in plaats van 'ja, en'",
    "lange-zin": "een zin van meer dan 20 woorden (boven B1)",
    "lang-woord": "een woord van meer dan 15 letters dat geen vakwoord is (boven B1)",
    "moeilijk-woord": "een formeel, zeldzaam of onbekend woord (boven B1)",
    "verborgen-behoefte": "persona: geen onthulregel kan de verborgen behoefte naar boven halen",
    "domein-zonder-onthulling": "persona: een relevant levensdomein zonder onthulregel",
}
"""Every lint rule: id -> what it warns about (Dutch)."""


def warning(
    rule: str,
    message: str,
    path: str,
    line: int | None,
    where: str | None = None,
    hint: str | None = None,
) -> Problem:
    """A located lint warning for ``rule``."""
    assert rule in RULES, rule
    return Problem(
        message=f"{message} [{rule}]",
        path=path,
        line=line,
        where=where,
        hint=hint,
        severity=SEVERITY,
    )


def rule_of(problem: Problem) -> str | None:
    """The rule id of a lint warning (None for a check error)."""
    if problem.severity != SEVERITY or not problem.message.endswith("]"):
        return None
    return problem.message.rsplit("[", 1)[-1].rstrip("]")


class QuestionStyle(Protocol):
    """The part of ``assistant.nlp.QuestionAnalysis`` the question rules read."""

    @property
    def kind(self) -> str: ...
    @property
    def yes_but(self) -> bool: ...
    @property
    def no_because(self) -> bool: ...
    @property
    def warned_phrase(self) -> bool: ...


class QuestionAnalyzer(Protocol):
    """Anything with ``question(text)``, like ``assistant.nlp.get_analyzer()``."""

    def question(self, text: str) -> QuestionStyle: ...


def default_analyzer() -> QuestionAnalyzer:
    """The shared, lazily loaded analyzer of ``assistant.nlp``."""
    from assistant.nlp import get_analyzer

    analyzer: QuestionAnalyzer = get_analyzer()
    return analyzer


def quote(text: str, limit: int = 60) -> str:
    """``text`` in quotes, shortened to ``limit`` characters."""
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"


def unique(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` without repeats, order kept."""
    return list(dict.fromkeys(problems))
