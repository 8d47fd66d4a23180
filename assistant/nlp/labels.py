"""Dutch names for what the analysis reports, for the CLI and the app."""

from __future__ import annotations

from assistant.knowledge.vocabulary import DOMAIN_NAMES as DOMAIN_NAMES
from assistant.knowledge.vocabulary import QUESTION_KIND_NAMES as QUESTION_KIND_NAMES

SIGNAL_NAMES: dict[str, str] = {
    "suicide_risk": "Risico op zelfdoding",
    "violence": "Geweld of onveiligheid",
    "acute_crisis": "Acute crisis",
}


FRAME_NAMES: dict[str, str] = {
    "vraag_achter_de_vraag": "vraag achter de vraag",
    "eigen_kracht": "eigen kracht",
    "netwerk": "sociaal netwerk",
    "voorliggend": "voorliggende voorzieningen",
    "maatwerk": "maatwerkvoorzieningen",
}
