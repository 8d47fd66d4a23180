"""First drafts of probleemstelling, doel and resultaat, for the worker to rewrite.

A plan is the client's plan, so the drafts stay close to the client's own words (the
need texts) and to the ZRM score; they are a starting point on screen, not a verdict.
"""

from __future__ import annotations

from assistant.plan import names
from assistant.plan.model import Score
from assistant.plan.source import Need


def _texts(needs: list[Need]) -> list[str]:
    return list(dict.fromkeys(t.rstrip(".") for n in needs for t in n.texts))


def problem(needs: list[Need], name: str) -> str:
    """The need texts as they were said, or a neutral line when none were."""
    texts = _texts(needs)
    if not texts:
        return f"Er is een hulpvraag op het domein {name.lower()}."
    return "; ".join(texts) + "."


def goal(needs: list[Need], name: str) -> str:
    """A first draft for the worker to rewrite with the client, from the client's words."""
    texts = _texts(needs)
    if not texts:
        return f"Het gaat beter op het domein {name.lower()}."
    joined = "; ".join(texts)
    if joined[1:2].islower():  # 'Ik voel me eenzaam' reads on as 'ik voel me eenzaam'
        joined = joined[0].lower() + joined[1:]
    return f"De cliënt heeft minder last van: {joined}."


def result(score: Score | None, name: str) -> str:
    """A first, checkable result: one step up on the ZRM, or a moment to check together."""
    if score is None or score.score >= 5:
        return f"Bij de evaluatie bekijken we samen of het doel voor {name.lower()} is bereikt."
    target = score.score + 1
    return (
        f"De ZRM-score voor {name.lower()} gaat van {score.score} ({score.level_name}) "
        f"naar minstens {target} ({names.level_name(target)})."
    )
