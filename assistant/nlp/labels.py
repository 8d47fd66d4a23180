"""Dutch names for what the analysis reports, for the CLI and the app."""

from __future__ import annotations

DOMAIN_NAMES: dict[str, str] = {
    "financien": "Financiën",
    "dagbesteding": "Dagbesteding",
    "huisvesting": "Huisvesting",
    "huiselijke_relaties": "Huiselijke relaties",
    "geestelijke_gezondheid": "Geestelijke gezondheid",
    "lichamelijke_gezondheid": "Lichamelijke gezondheid",
    "verslaving": "Verslaving",
    "adl": "Algemene dagelijkse levensverrichtingen",
    "sociaal_netwerk": "Sociaal netwerk",
    "maatschappelijke_participatie": "Maatschappelijke participatie",
    "justitie": "Justitie",
}

SIGNAL_NAMES: dict[str, str] = {
    "suicide_risk": "Risico op zelfdoding",
    "violence": "Geweld of onveiligheid",
    "acute_crisis": "Acute crisis",
}

QUESTION_KIND_NAMES: dict[str, str] = {
    "open": "open vraag",
    "closed": "gesloten vraag",
    "suggestive": "suggestieve vraag",
    "multiple": "meerdere vragen tegelijk",
    "none": "geen vraag",
}

FRAME_NAMES: dict[str, str] = {
    "vraag_achter_de_vraag": "vraag achter de vraag",
    "eigen_kracht": "eigen kracht",
    "netwerk": "sociaal netwerk",
    "voorliggend": "voorliggende voorzieningen",
    "maatwerk": "maatwerkvoorzieningen",
}
