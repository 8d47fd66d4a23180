"""From scoped matches to needs per life domain, with a confidence to rank them.

Each term counts once per domain with its group's weight; weights combine as
independent hints (1 - product of (1 - weight)), so two weak hints make a need and one
strong term does too. A small bonus for the earliest mention lets the domain the
client starts with rank first among equals.
"""

from __future__ import annotations

from spacy.tokens import Doc

from assistant.nlp.matching import Match
from assistant.nlp.models import Evidence, NeedHit

THRESHOLD = 0.55
"""Minimum combined weight for a domain to count as a need."""

MAX_CONFIDENCE = 0.99
EARLY_BONUS = 0.1
"""Share of the confidence that rewards being mentioned early (the client's first topic)."""
SAFETY_BONUS = 0.2
"""Safety comes first: a domain whose evidence is part of a danger signal (violence at
home, a threat, thoughts of suicide) ranks above the domains of what else was said."""


def evidence(doc: Doc, match: Match, label: str | None = None) -> Evidence:
    span = doc[match.start : match.end]
    return Evidence(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        term=match.entry.term,
        label=label or match.entry.label,
    )


def drop_contained(matches: list[Match]) -> list[Match]:
    """A match inside a longer match adds nothing: the longer, more specific phrase wins
    ("ruzie met de buren" is about the home, not about the family)."""
    kept: list[Match] = []
    for m in matches:
        inside = any(
            o is not m
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            and ("..." not in o.entry.term or o.entry.label == m.entry.label)
            for o in matches
        )
        if not inside:
            kept.append(m)
    return kept


def _one_per_span(matches: list[Match]) -> list[Match]:
    """Several terms on the same words count once, with the strongest weight."""
    best: dict[tuple[int, int], Match] = {}
    for m in matches:
        old = best.get((m.start, m.end))
        if old is None or m.entry.weight > old.entry.weight:
            best[(m.start, m.end)] = m
    return sorted(best.values(), key=lambda m: m.start)


SIGNAL_DOMAINS = {
    "violence": {"huiselijke_relaties", "justitie"},
    "suicide_risk": {"geestelijke_gezondheid"},
}
"""The domains a danger signal is about: violence at home or a crime, a mental crisis."""


def _urgent(domain: str, found: list[Match], signals: list[Match]) -> bool:
    return any(
        domain in SIGNAL_DOMAINS.get(s.entry.label, set()) and m.start < s.end and s.start < m.end
        for m in found
        for s in signals
    )


def urgent_domains(matches: list[Match], signals: list[Match]) -> set[str]:
    """The domains whose evidence is part of a danger signal (they rank first)."""
    by_domain: dict[str, list[Match]] = {}
    for match in matches:
        by_domain.setdefault(match.entry.label, []).append(match)
    return {d for d, found in by_domain.items() if _urgent(d, found, signals)}


def score_needs(
    doc: Doc,
    matches: list[Match],
    threshold: float = THRESHOLD,
    urgent: list[Match] | None = None,
) -> list[NeedHit]:
    """Needs sorted by confidence, highest first; ``urgent`` are the danger signals."""
    by_domain: dict[str, list[Match]] = {}
    for match in drop_contained(matches):
        by_domain.setdefault(match.entry.label, []).append(match)
    hits: list[tuple[float, int, NeedHit]] = []
    for domain, found in by_domain.items():
        found = _one_per_span(found)
        weights: dict[str, float] = {}
        for m in found:
            weights[m.entry.term] = max(weights.get(m.entry.term, 0.0), m.entry.weight)
        remaining = 1.0
        for weight in weights.values():
            remaining *= 1.0 - min(weight, 0.95)
        score = 1.0 - remaining
        if score < threshold:
            continue
        first = min(m.start for m in found)
        bonus = EARLY_BONUS * (1.0 - first / max(len(doc), 1))
        safety = SAFETY_BONUS if _urgent(domain, found, urgent or []) else 0.0
        confidence = round(min(score * (1.0 - EARLY_BONUS) + bonus + safety, MAX_CONFIDENCE), 3)
        need = NeedHit(
            domain=domain,
            confidence=confidence,
            evidence=[evidence(doc, m) for m in found],
        )
        hits.append((confidence, first, need))
    hits.sort(key=lambda item: (-item[0], item[1], item[2].domain))  # the same every run
    return [need for _, _, need in hits]
