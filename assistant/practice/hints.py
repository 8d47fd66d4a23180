"""Hints the client dropped: which were followed up, and which were left lying.

A good trainee listens "vol-ledig" (seed 5.2) and asks about what the client says in
passing; those hints often lead to the vraag achter de vraag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.practice.report import Criterion, Evidence, MissedOpening

if TYPE_CHECKING:
    from assistant.practice.session import PracticeSession


def openings(session: PracticeSession) -> Criterion:
    """Hints the client dropped that were followed up (10 points)."""
    dropped, followed = session.dropped, set(session.followed)
    evidence = [
        Evidence(line=t.index, text=t.text, note="pakt een hint van de cliënt op")
        for t in session.turns
        if t.followed
    ]
    share = len(followed) / len(dropped) if dropped else 0.0
    return Criterion(
        name="openingen",
        title="Hints van de cliënt opgepakt",
        value=f"{len(followed)}/{len(dropped)}",
        points=round(10 * share),
        max_points=10,
        summary=f"{len(followed)} van de {len(dropped)} hints opgepakt.",
        evidence=evidence,
    )


def missed_openings(session: PracticeSession) -> list[MissedOpening]:
    """Dropped hints never followed up, with the line after which they were dropped."""
    when = {o: t.index for t in session.turns for o in t.dropped}
    return [
        MissedOpening(id=o.id, hint=o.hint, after_line=when.get(o.id, 0))
        for o in session.persona.openings
        if o.id in session.dropped and o.id not in session.followed
    ]
