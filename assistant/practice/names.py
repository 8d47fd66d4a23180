"""Dutch names for slugs, as trainees read them in feedback."""

from __future__ import annotations

DOMAIN_NAMES = {
    "financien": "financiën",
    "dagbesteding": "dagbesteding",
    "huisvesting": "huisvesting",
    "huiselijke_relaties": "huiselijke relaties",
    "geestelijke_gezondheid": "geestelijke gezondheid",
    "lichamelijke_gezondheid": "lichamelijke gezondheid",
    "verslaving": "verslaving",
    "adl": "algemene dagelijkse levensverrichtingen",
    "sociaal_netwerk": "sociaal netwerk",
    "maatschappelijke_participatie": "maatschappelijke participatie",
    "justitie": "justitie",
}

FRAME_NAMES = {
    "vraag_achter_de_vraag": "de vraag achter de vraag",
    "eigen_kracht": "eigen kracht",
    "netwerk": "het sociale netwerk",
    "voorliggend": "voorliggende voorzieningen",
    "maatwerk": "maatwerkvoorzieningen",
}

KIND_NAMES = {
    "open": "open vraag",
    "closed": "gesloten vraag",
    "suggestive": "suggestieve vraag",
    "multiple": "meerdere vragen tegelijk",
    "none": "geen vraag",
}
