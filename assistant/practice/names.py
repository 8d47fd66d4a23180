"""Dutch names for slugs, as trainees read them in feedback."""

from __future__ import annotations

from assistant.knowledge.vocabulary import DOMAIN_NAMES as _DOMAIN_NAMES
from assistant.knowledge.vocabulary import QUESTION_KIND_NAMES as KIND_NAMES

DOMAIN_NAMES = {slug: name.lower() for slug, name in _DOMAIN_NAMES.items()}
"""Domain names as they read inside a sentence of feedback."""

__all__ = ["DOMAIN_NAMES", "FRAME_NAMES", "KIND_NAMES"]


FRAME_NAMES = {
    "vraag_achter_de_vraag": "de vraag achter de vraag",
    "eigen_kracht": "eigen kracht",
    "netwerk": "het sociale netwerk",
    "voorliggend": "voorliggende voorzieningen",
    "maatwerk": "maatwerkvoorzieningen",
}
