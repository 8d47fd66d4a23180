"""Dutch names of the shared slugs, for templates (``{focus}``) and the plain terminal.

The engine keeps its own copy of these short names (they are part of the contract in
DOMAIN.md) so that loading a dialog never has to load the whole knowledge base.
A test checks they agree with the knowledge base.
"""

from __future__ import annotations

DOMAIN_NAMES: dict[str, str] = {
    "financien": "Financiën",
    "dagbesteding": "Dagbesteding",
    "huisvesting": "Huisvesting",
    "huiselijke_relaties": "Huiselijke relaties",
    "geestelijke_gezondheid": "Geestelijke gezondheid",
    "lichamelijke_gezondheid": "Lichamelijke gezondheid",
    "verslaving": "Verslaving",
    "adl": "Algemene Dagelijkse Levensverrichtingen",
    "sociaal_netwerk": "Sociaal netwerk",
    "maatschappelijke_participatie": "Maatschappelijke participatie",
    "justitie": "Justitie",
}
FRAME_NAMES: dict[str, str] = {
    "eigen_kracht": "eigen kracht",
    "netwerk": "sociaal netwerk",
    "voorliggend": "voorliggende voorzieningen",
    "maatwerk": "maatwerkvoorzieningen",
}
SIGNAL_NAMES: dict[str, str] = {
    "suicide_risk": "gedachten aan zelfdoding",
    "violence": "geweld",
    "acute_crisis": "acute crisis",
}


def domain_name(slug: str) -> str:
    """The Dutch name of a domain, e.g. 'Financiën'."""
    return DOMAIN_NAMES.get(slug, slug)
