"""Dutch words the app shows for the shared slugs (domains, frames, provision fields).

Names come from the knowledge base where it has them; the few short forms and the
labels of social map fields are display choices of the app, kept here in one place.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.knowledge import Knowledge

SHORT_DOMAIN = {
    "adl": "ADL",
    "maatschappelijke_participatie": "Participatie",
    "lichamelijke_gezondheid": "Lichamelijke gezondh.",
    "geestelijke_gezondheid": "Geestelijke gezondh.",
}
"""Short forms for the narrow side panel; the full name is used everywhere else."""

KIND = {
    "algemeen": "algemene voorziening",
    "collectief": "collectieve voorziening",
    "voorliggend": "voorliggende voorziening",
    "maatwerk": "maatwerkvoorziening (aanvullend)",
}
ACCESS = {
    "vrij": "vrij toegankelijk",
    "verwijzing": "via verwijzing",
    "indicatie": "met indicatie",
    "justitie": "via justitie",
}
COST = {
    "gratis": "gratis",
    "eigen_bijdrage": "eigen bijdrage",
    "zorgverzekering": "via de zorgverzekering",
    "betaald": "betaald",
    "onbekend": "kosten onbekend",
}
SIGNAL = {
    "suicide_risk": "Zorgen over zelfdoding",
    "violence": "Zorgen over geweld of onveiligheid",
    "acute_crisis": "Acute crisis",
}


@cache
def knowledge() -> Knowledge:
    """The validated knowledge base, loaded once (imported late: pydantic is slow to
    import, and the start screen does not need it)."""
    from assistant.knowledge import load_knowledge

    return load_knowledge()


def domain_name(slug: str) -> str:
    """Full Dutch name of a ZRM domain."""
    return knowledge().domain_name(slug)


def short_domain(slug: str) -> str:
    """A domain name that fits the side panel."""
    return SHORT_DOMAIN.get(slug, domain_name(slug))


def domain_choices() -> list[tuple[str, str]]:
    """(name, slug) for every domain in matrix order, for selection widgets."""
    from assistant.knowledge.vocabulary import DOMAIN_SLUGS

    return [(domain_name(slug), slug) for slug in DOMAIN_SLUGS]


def level_name(score: int) -> str:
    """The ZRM level name of a score, e.g. 3 -> 'beperkt zelfredzaam'."""
    return knowledge().level_name(score)


def frame_name(slug: str) -> str:
    """Dutch name of an oplossingskader."""
    return knowledge().frame(slug).name


def is_stale(verified: date | None, today: date) -> bool:
    """True when an entry was last verified more than 12 months ago (or never)."""
    if verified is None:
        return True
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return verified < year_ago


def provision_line(provision: Any) -> str:
    """One line about a provision: kind, access and cost."""
    parts = [KIND.get(provision.kind, provision.kind), ACCESS.get(provision.access, "")]
    parts.append(COST.get(provision.cost, ""))
    return " · ".join(part for part in parts if part)
