"""Dutch words the plan shows: domain, frame and level names, signal routes, dates.

Domain and level names come from the knowledge base, so the plan speaks exactly as the
rest of the assistant does. Signal routes are short and fixed here: a printed plan must
say where to turn without depending on the language analysis being loaded.
"""

from __future__ import annotations

import datetime as dt

from assistant.knowledge import load_knowledge

FRAME_HEADINGS: dict[str, str] = {
    "eigen_kracht": "Eigen kracht",
    "netwerk": "Sociaal netwerk",
    "voorliggend": "Voorliggende voorzieningen",
    "maatwerk": "Aanvullend (maatwerk)",
}
"""Frame headings in a plan; the method calls maatwerk 'aanvullend' in the plan."""

SIGNALS: dict[str, tuple[str, str]] = {
    "suicide_risk": (
        "Zorgen over zelfdoding",
        "bel 113 Zelfmoordpreventie (113 of gratis 0800-0113). Bij direct gevaar: bel 112.",
    ),
    "violence": (
        "Zorgen over geweld of onveiligheid thuis",
        "bel Veilig Thuis (gratis 0800-2000). Bij direct gevaar: bel 112.",
    ),
    "acute_crisis": (
        "Acute crisis",
        "bij direct gevaar: bel 112. Volg verder de crisisprocedure van het team.",
    ),
}
"""Per signal kind: what to call it, and the route to take."""

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def domain_name(slug: str) -> str:
    """The Dutch name of a ZRM domain, e.g. 'Huiselijke relaties'."""
    return load_knowledge().domain_name(slug)


def level_name(score: int) -> str:
    """The Dutch name of a ZRM score, e.g. 3 -> 'beperkt zelfredzaam'."""
    return load_knowledge().level_name(score)


def domain_order(slug: str) -> int:
    """The position of a domain in the matrix, to list domains in the usual order."""
    slugs = [d.slug for d in load_knowledge().domains]
    return slugs.index(slug) if slug in slugs else len(slugs)


def dutch_date(day: dt.date) -> str:
    """A date as Dutch readers write it, e.g. '28 november 2026'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
