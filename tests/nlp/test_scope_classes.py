"""Scope and breadth by class: new wordings for the failure classes found on held-out
sentences (none of these sentences is in a labelled set)."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def domains(analyzer: Analyzer, text: str) -> list[str]:
    return [need.domain for need in analyzer.needs(text)]


@pytest.mark.parametrize(
    ("domain", "text"),
    [
        # homelessness in everyday words
        ("huisvesting", "Ik slaap al weken in m'n auto op een parkeerplaats."),
        ("huisvesting", "Ik slaap nu bij vrienden op de bank, steeds ergens anders."),
        ("huisvesting", "Ik heb geen vaste woon- of verblijfplaats."),
        ("huisvesting", "We zijn vorige maand uit huis gezet."),
        # money, indirect
        ("financien", "We staan bij de buurtsuper op de pof."),
        ("financien", "We hebben nog dertig euro voor de rest van de maand."),
        ("financien", "De brieven laat ik maar dicht, ik weet wat erin staat."),
        ("financien", "Ik weet nooit wat er binnenkomt deze maand."),
        # compounds of known words
        ("lichamelijke_gezondheid", "Sinds m'n knieoperatie loop ik heel slecht."),
        ("adl", "De ramen heb ik al maanden niet gedaan en stofzuigen lukt niet meer."),
        ("geestelijke_gezondheid", "Ik controleer wel twintig keer of het gas uit is."),
        ("sociaal_netwerk", "Als ik mijn verhaal kwijt wil is er niemand, ik praat tegen de kat."),
        ("maatschappelijke_participatie", "Verder dan de bakker om de hoek kom ik niet."),
        ("verslaving", "Ik kan niet van die gokapp afblijven, ook al wil ik minderen."),
        ("huiselijke_relaties", "Ik weet niet meer hoe ik die jongen aan moet pakken."),
        ("justitie", "Ik heb met een slok op gereden en nu ben ik m'n rijbewijs kwijt."),
        # a predicate that carries its own negation is no denial
        ("maatschappelijke_participatie", "En nu durf ik de straat niet meer op."),
    ],
)
def test_everyday_wordings_are_found(analyzer: Analyzer, domain: str, text: str) -> None:
    assert domain in domains(analyzer, text)


@pytest.mark.parametrize(
    ("domain", "text"),
    [
        # problems that are over
        ("verslaving", "Van de drugs ben ik al zes jaar af."),
        ("verslaving", "Ik ben al drie jaar droog."),
        ("geestelijke_gezondheid", "Die depressie ben ik helemaal te boven."),
        (
            "huiselijke_relaties",
            "Na de scheiding was het zwaar, maar nu kunnen we weer goed samen opvoeden.",
        ),
        # denial after a question
        ("financien", "Schulden? Nee, die hebben we niet."),
        # outside the household
        ("justitie", "Het meisje van hiernaast is opgepakt."),
        # a comparison is no need
        ("justitie", "Ik voel me hier als een gevangene."),
        # a sign of lack far away belongs to something else
        ("financien", "Drugs gebruik ik niet en gokken vind ik zonde van het geld."),
        ("verslaving", "Drugs gebruik ik niet en gokken vind ik zonde van het geld."),
    ],
)
def test_scope_rules_cancel(analyzer: Analyzer, domain: str, text: str) -> None:
    assert domain not in domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een heerlijke week gehad, m'n kleinkinderen kwamen logeren.",
        "Ik sport drie keer in de week, ik ben eigenlijk nooit thuis.",
        "Ik heb werk, een fijn huis en lieve vrienden, eigenlijk gaat alles goed.",
        "Hij is al vijf jaar nuchter en werkt nu als ervaringsdeskundige.",
    ],
)
def test_no_need_sentences_stay_empty(analyzer: Analyzer, text: str) -> None:
    assert domains(analyzer, text) == []
