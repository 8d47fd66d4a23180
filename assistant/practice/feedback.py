"""Feedback on a practice conversation: per criterion, with the trainee's own lines.

Weighting (total 100), documented in docs/oefenen.md:
open vragen 20, houding 20, oplossingskaders 20, levensdomeinen 15, openingen 10,
vraag achter de vraag 15. Open vragen and houding count in proportion below six
questions, so a two-line conversation cannot earn them in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.practice import criteria
from assistant.practice.report import Feedback
from assistant.practice.tips import tips_for

if TYPE_CHECKING:
    from assistant.practice.session import PracticeSession


def build_feedback(session: PracticeSession) -> Feedback:
    """Score every criterion and gather tips in the method's own words."""
    found, need_evidence = criteria.found_need(session)
    items = [
        criteria.open_questions(session.turns),
        criteria.attitude(session.turns, session.persona.resistance.heard_after),
        criteria.frames(session.turns),
        criteria.domains(session.turns, session.persona),
        criteria.openings(session),
        criteria.underlying_need(session, found, need_evidence),
    ]
    return Feedback(
        persona=session.persona.id,
        score=max(0, min(100, sum(item.points for item in items))),
        criteria=items,
        missed=criteria.missed_openings(session),
        found_underlying_need=found,
        hidden_need=session.persona.hidden_need.summary,
        conclusion=session.conclusion,
        tips=tips_for(items),
    )
