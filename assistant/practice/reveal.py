"""Which fact does the client tell next, and how fully?

Hints the client dropped come first when the trainee follows them up; then the reveal
rules, the most strongly matching first (file order breaks ties). A fact already told at
this depth is skipped, so asking again openly about something answered briefly brings out
the fuller story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.practice.analysis import QuestionLike
from assistant.practice.models import Fact
from assistant.practice.topics import matches, strength

if TYPE_CHECKING:
    from assistant.practice.session import PracticeSession

RANK = {"yes": 1, "short": 2, "full": 3}
DEPTH_BY_KIND = {"open": "full", "suggestive": "yes"}
"""How fully the client answers each question kind; anything else gets the short answer."""


@dataclass
class Reveal:
    """What the client will say in reply to one line."""

    fact: Fact | None = None
    depth: str = "short"
    hints: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    followed: list[str] = field(default_factory=list)
    polite_yes: str | None = None


def choose_reveal(session: PracticeSession, text: str, question: QuestionLike) -> Reveal:
    """Decide the reply to ``text`` without changing the session."""
    persona = session.persona
    result = Reveal(depth=DEPTH_BY_KIND.get(question.kind, "short"))
    candidates: list[str] = []
    for opening in persona.openings:
        waiting = opening.id in session.dropped and opening.id not in session.followed
        if waiting and matches(opening.follow, text, question):
            result.followed.append(opening.id)
            candidates.extend(opening.facts)
    scored = [(strength(rule.topic, text, question), rule.facts) for rule in persona.reveal]
    for score, facts in sorted(scored, key=lambda pair: -pair[0]):
        if score > 0:
            candidates.extend(facts)
    if not candidates:
        return result
    if result.depth == "yes":
        result.polite_yes = persona.fact(candidates[0]).yes
        return result
    wanted = RANK[result.depth]
    for fact_id in dict.fromkeys(candidates):
        if RANK.get(session.told.get(fact_id, ""), 0) < wanted:
            result.fact = persona.fact(fact_id)
            result.told.append(fact_id)
            break
    if result.fact is not None:
        for opening in persona.openings:
            if opening.with_fact == result.fact.id and opening.id not in session.dropped:
                result.dropped.append(opening.id)
                result.hints.append(opening.hint)
    return result
