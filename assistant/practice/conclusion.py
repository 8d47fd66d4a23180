"""Does the trainee's conclusion name the hidden need (Baken 1)?

The persona's key terms are matched with the same tolerant keyword matching as topics,
and the conclusion's needs (from the language analysis) are compared with the hidden
need's domains. Either is enough: the trainee may say it in their own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.practice.names import DOMAIN_NAMES
from assistant.practice.report import Criterion, Evidence
from assistant.practice.topics import keyword_hits

if TYPE_CHECKING:
    from assistant.practice.session import PracticeSession

NEED_CONFIDENCE = 0.8
"""A need found in the conclusion counts only when the analysis is this sure: a single
loose word ("bellen") must not pass for naming loneliness."""


def found_need(session: PracticeSession) -> tuple[bool, list[str]]:
    """Whether the conclusion names the hidden need, and the words that show it."""
    text = session.conclusion or ""
    if not text:
        return False, []
    hidden = session.persona.hidden_need
    evidence = keyword_hits(text, hidden.key_terms)
    if hidden.domains:
        found_domains = {
            hit.domain for hit in session.analyzer.needs(text) if hit.confidence >= NEED_CONFIDENCE
        }
        evidence += [DOMAIN_NAMES.get(d, d) for d in hidden.domains if d in found_domains]
    return bool(evidence), evidence


def underlying_need(session: PracticeSession, found: bool, terms: list[str]) -> Criterion:
    """The conclusion names the vraag achter de vraag (12) and it was asked for (3)."""
    asked = [t for t in session.turns if "vraag_achter_de_vraag" in t.frames]
    evidence = [
        Evidence(line=t.index, text=t.text, note="vraagt naar wat eronder ligt") for t in asked[:3]
    ]
    if session.conclusion:
        note = (
            ("noemt de vraag achter de vraag: " + ", ".join(terms))
            if found
            else "noemt de vraag achter de vraag niet"
        )
        evidence.append(Evidence(line=0, text=session.conclusion, note=note))
    points = (12 if found else 0) + (3 if asked else 0)
    summary = (
        "Uw conclusie noemt de vraag achter de vraag."
        if found
        else (
            "Uw conclusie noemt de vraag achter de vraag niet."
            if session.conclusion
            else "U heeft geen conclusie geschreven."
        )
    )
    return Criterion(
        name="vraag_achter_de_vraag",
        title="Vraag achter de vraag",
        value=found,
        points=points,
        max_points=15,
        summary=summary,
        evidence=evidence,
    )
