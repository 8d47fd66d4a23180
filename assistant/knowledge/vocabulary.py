"""The fixed vocabulary every part of the assistant shares: domains, frames, phases.

These slugs are the contract between dialog files, the engine, language analysis,
practice and the social map. Names and descriptions for users live in the data files
of this folder; this module only fixes the identifiers and their order.
"""

from __future__ import annotations

from typing import Literal, get_args

DomainSlug = Literal[
    "financien",
    "dagbesteding",
    "huisvesting",
    "huiselijke_relaties",
    "geestelijke_gezondheid",
    "lichamelijke_gezondheid",
    "verslaving",
    "adl",
    "sociaal_netwerk",
    "maatschappelijke_participatie",
    "justitie",
]
"""The 11 life domains of the Zelfredzaamheid-Matrix, in the matrix's order."""

DOMAIN_SLUGS: tuple[str, ...] = get_args(DomainSlug)

FrameSlug = Literal["eigen_kracht", "netwerk", "voorliggend", "maatwerk"]
"""The four oplossingskaders, in the order the method looks at them."""

FRAME_SLUGS: tuple[str, ...] = get_args(FrameSlug)

PhaseSlug = Literal[
    "kennismaking",
    "hulpvraag",
    "vraag_achter_de_vraag",
    "levensdomeinen",
    "eigen_kracht",
    "netwerk",
    "voorzieningen",
    "afspraken",
    "afsluiting",
]
"""The phases of a kitchen-table conversation, in their usual order."""

PHASE_SLUGS: tuple[str, ...] = get_args(PhaseSlug)

SignalKind = Literal["suicide_risk", "violence", "acute_crisis"]
"""Kinds of safety signal that override the normal flow of a conversation."""

SIGNAL_KINDS: tuple[str, ...] = get_args(SignalKind)

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
"""The Dutch domain names, for parts that must not load the knowledge base to say them.

The knowledge base (``zrm.toml``) holds the same names with descriptions; a test checks
that the two agree.
"""

QUESTION_KIND_NAMES: dict[str, str] = {
    "open": "open vraag",
    "closed": "gesloten vraag",
    "suggestive": "suggestieve vraag",
    "multiple": "meerdere vragen tegelijk",
    "none": "geen vraag",
}
"""How a question's kind (from the question analysis) reads in Dutch."""
