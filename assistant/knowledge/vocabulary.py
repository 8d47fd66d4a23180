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
