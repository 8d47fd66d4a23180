"""Dutch names of the shared slugs, for templates (``{focus}``) and the plain terminal.

Domain names come from the shared vocabulary (a test checks they agree with the
knowledge base); the short frame and signal names here are how the engine's own texts
say them.
"""

from __future__ import annotations

from assistant.knowledge.vocabulary import DOMAIN_NAMES

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
