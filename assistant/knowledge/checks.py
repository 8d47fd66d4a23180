"""Completeness checks that span the knowledge files and the shared vocabulary.

A schema alone cannot say "all 11 domains are there, in the matrix's order" or "every
domain has a support row"; these checks can, and they name the file to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.errors import Problem, display_path
from assistant.knowledge.knowledge import Knowledge
from assistant.knowledge.vocabulary import DOMAIN_SLUGS, FRAME_SLUGS, PHASE_SLUGS

KANTELING_SLUGS = (
    "eerste_contact",
    "vraagverheldering",
    "resultaten_afspreken",
    "arrangement",
    "toewijzing",
)
"""The process of De Kanteling, in order (seed report, chapter 4)."""

METHOD_SLUGS = ("analyse", "plan", "ondersteuning", "evaluatie", "monitoring")
"""The phases of methodical work, in order (seed report, chapter 6)."""


def _order(
    what: str, found: Sequence[object], expected: Sequence[object], path: Path
) -> list[Problem]:
    """One problem when ``found`` is not exactly ``expected``, saying what differs."""
    if list(found) == list(expected):
        return []
    parts = [
        *(f"ontbreekt: {x}" for x in expected if x not in found),
        *(f"onbekend: {x}" for x in dict.fromkeys(found) if x not in expected),
        *(f"dubbel: {x}" for x in dict.fromkeys(found) if list(found).count(x) > 1),
    ]
    if not parts:
        parts = [f"verkeerde volgorde, verwacht: {', '.join(str(x) for x in expected)}"]
    return [Problem(message=f"{what}: {'; '.join(parts)}", path=display_path(path))]


def check_complete(knowledge: Knowledge, directory: Path) -> list[Problem]:
    """Every problem that makes the knowledge base incomplete or out of order."""
    zrm, method, support = (directory / n for n in ("zrm.toml", "method.toml", "support.toml"))
    return [
        *_order("ZRM-scores", [lv.score for lv in knowledge.levels], range(1, 6), zrm),
        *_order("levensdomeinen", [d.slug for d in knowledge.domains], DOMAIN_SLUGS, zrm),
        *_order("oplossingskaders", [f.slug for f in knowledge.frames], FRAME_SLUGS, method),
        *_order("Kanteling", [p.slug for p in knowledge.kanteling], KANTELING_SLUGS, method),
        *_order("gespreksfasen", [p.slug for p in knowledge.phases], PHASE_SLUGS, method),
        *_order("methodische fasen", [p.slug for p in knowledge.method], METHOD_SLUGS, method),
        *_order("participatieladder", [r.rung for r in knowledge.ladder], range(1, 7), method),
        *_order("ondersteuning", [r.domain for r in knowledge.support_rows], DOMAIN_SLUGS, support),
    ]
