"""The feedback criteria, each scored from the recorded turns.

Every criterion quotes the trainee's own lines as evidence, so feedback is about what
was said, not about a general impression (seed 5.2: react to observed behaviour).
"""

from __future__ import annotations

from assistant.practice.analysis import Turn
from assistant.practice.conclusion import found_need, underlying_need
from assistant.practice.hints import missed_openings, openings
from assistant.practice.models import Persona
from assistant.practice.names import DOMAIN_NAMES, FRAME_NAMES, KIND_NAMES
from assistant.practice.report import Criterion, Evidence

__all__ = [
    "attitude",
    "domains",
    "found_need",
    "frames",
    "missed_openings",
    "open_questions",
    "openings",
    "underlying_need",
]

FRAMES = ("eigen_kracht", "netwerk", "voorliggend", "maatwerk")

MIN_QUESTIONS = 6
"""Below this many questions, open questions and attitude earn points in proportion:
'neem de tijd en ruimte om samen met de ander de situatie te analyseren' (5.2)."""


def _length_factor(turns: list[Turn]) -> float:
    return min(1.0, sum(t.is_question for t in turns) / MIN_QUESTIONS)


def _short_note(turns: list[Turn]) -> str:
    if _length_factor(turns) < 1.0:
        return f" Het gesprek was kort: de punten tellen naar rato van {MIN_QUESTIONS} vragen."
    return ""


def _ev(turn: Turn, note: str) -> Evidence:
    return Evidence(line=turn.index, text=turn.text, note=note)


def open_questions(turns: list[Turn]) -> Criterion:
    """Share of open questions among all questions (20 points)."""
    questions = [t for t in turns if t.is_question]
    share = sum(t.kind == "open" for t in questions) / len(questions) if questions else 0.0
    evidence = [_ev(t, KIND_NAMES.get(t.kind, t.kind)) for t in questions if t.kind != "open"]
    return Criterion(
        name="open_vragen",
        title="Open vragen",
        value=round(share, 2),
        points=round(20 * share * _length_factor(turns)),
        max_points=20,
        summary=f"{round(100 * share)}% van uw {len(questions)} vragen was open."
        + _short_note(turns),
        evidence=evidence,
    )


def attitude(turns: list[Turn], heard_after: int) -> Criterion:
    """'Ja, maar', 'nee, want', judging, warned phrases, early advice (20 points)."""
    evidence: list[Evidence] = []
    open_so_far = 0
    for turn in turns:
        notes = []
        if turn.yes_but:
            notes.append("'ja, maar'")
        if turn.no_because:
            notes.append("'nee, want'")
        if turn.judging:
            notes.append("oordeel")
        if turn.warned_phrase:
            notes.append("zin die weerstand geeft")
        if turn.advice and open_so_far < heard_after:
            notes.append("advies of oplossing voordat de cliënt zich gehoord voelt")
        if notes:
            evidence.append(_ev(turn, ", ".join(notes)))
        open_so_far += turn.kind == "open"
    count = len(evidence)
    return Criterion(
        name="houding",
        title="Houding: 'ja, en...', niet oordelen, geen vroeg advies",
        value=count,
        points=round(max(0, 20 - 5 * count) * _length_factor(turns)),
        max_points=20,
        summary=(
            "Geen 'ja, maar', oordeel of vroeg advies."
            if not count
            else f"{count} keer 'ja, maar', oordeel, weerstand of te vroeg advies."
        )
        + _short_note(turns),
        evidence=evidence,
    )


_AFTER = Turn(10**9, "", "none", False, False, False, False, False, (), (), "")
"""Stands in for a frame never explored: it comes after every real line."""


def frames(turns: list[Turn]) -> Criterion:
    """Which of the four frames were explored, and in the method's order (20 points)."""
    first: dict[str, Turn] = {}
    evidence: list[Evidence] = []
    for turn in turns:
        for frame in turn.frames:
            if frame in FRAMES and frame not in first:
                first[frame] = turn
                evidence.append(_ev(turn, f"eerste vraag over {FRAME_NAMES[frame]}"))
    violations = 0
    provision = min((first[f].index for f in ("voorliggend", "maatwerk") if f in first), default=0)
    basis = [first[f].index for f in ("eigen_kracht", "netwerk") if f in first]
    if provision and (len(basis) < 2 or max(basis) > provision):
        violations += 1
        turn = next(t for t in turns if t.index == provision)
        evidence.append(_ev(turn, "voorzieningen voordat eigen kracht en netwerk aan bod waren"))
    if "maatwerk" in first and first["maatwerk"].index < first.get("voorliggend", _AFTER).index:
        violations += 1
        evidence.append(_ev(first["maatwerk"], "maatwerk vóór voorliggende voorzieningen"))
    # Order is worth 2 points per frame explored, minus 4 per break of the method's order.
    order_points = max(0, 2 * len(first) - 4 * violations)
    explored = sorted(first, key=lambda f: first[f].index)
    return Criterion(
        name="oplossingskaders",
        title="Oplossingskaders en volgorde",
        value=" -> ".join(explored) or "geen",
        points=3 * len(first) + order_points,
        max_points=20,
        summary=f"{len(first)} van de 4 kaders verkend"
        + ("; volgorde klopt niet." if violations else "; volgorde volgens de methode."),
        evidence=evidence,
    )


def domains(turns: list[Turn], persona: Persona) -> Criterion:
    """Relevant life domains that were explored (15 points)."""
    relevant = persona.relevant_domains()
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for turn in turns:
        for domain in turn.domains:
            if domain in relevant and domain not in seen:
                seen.add(domain)
                evidence.append(_ev(turn, f"verkent {DOMAIN_NAMES.get(domain, domain)}"))
    missing = [DOMAIN_NAMES.get(d, d) for d in relevant if d not in seen]
    share = len(seen) / len(relevant) if relevant else 1.0
    summary = f"{len(seen)} van de {len(relevant)} belangrijke levensdomeinen verkend."
    if missing:
        summary += " Niet aan bod: " + ", ".join(missing) + "."
    return Criterion(
        name="levensdomeinen",
        title="Levensdomeinen (ZRM)",
        value=f"{len(seen)}/{len(relevant)}",
        points=round(15 * share),
        max_points=15,
        summary=summary,
        evidence=evidence,
    )
