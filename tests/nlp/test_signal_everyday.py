"""Danger told in everyday words, without "zelfmoord" or "geweld": places and means,
looking up how, self-harm, pushing, orders, coercive control, threats to someone close,
neglect. And the same words where there is no danger. Our own sentences, none of them in
a labelled set."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {s.kind for s in analyzer.signals(text)} - {"acute_crisis"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ik heb gisteren bij het spoor gestaan, ik weet niet hoe lang.", "suicide_risk"),
        ("Eén stapje van de galerij en dan is het klaar.", "suicide_risk"),
        ("Dan maak ik er zelf wel een eind aan.", "suicide_risk"),
        ("In de garage hangt al een touw.", "suicide_risk"),
        ("Ik heb op internet opgezocht hoe je het pijnloos doet.", "suicide_risk"),
        ("Ze snijdt in haar armen, ik zag de sneetjes.", "suicide_risk"),
        (
            "M'n gitaar heb ik aan m'n neef gegeven, ik heb 'm straks toch niet meer nodig.",
            "suicide_risk",
        ),
        (
            "Ik hou het echt niet meer vol zo, soms hoop ik dat ik niet meer wakker word.",
            "suicide_risk",
        ),
        ("Van mij hoef ik morgen nie meer wakker te worden, echt niet.", "suicide_risk"),
        ("Ik weet echt niet meer waarom ik nog doorga.", "suicide_risk"),
        ("Vorige week heeft hij me tegen de kast geduwd.", "violence"),
        ("Ik zag weer rode striemen op de benen van de kleine.", "violence"),
        ("Als ze niet luisteren slaat hij ze met de riem.", "violence"),
        ("Hij schrijft dat hij me heus wel weet te vinden.", "violence"),
        ("De kinderen van drie en vijf zijn alleen thuis als ik werk.", "violence"),
        ("Mijn zus heeft vaders pensioenpas afgepakt en hij krijgt amper eten.", "violence"),
        ("Hij sleurde me aan m'n haar door de kamer.", "violence"),
        ("Hij heeft een contactverbod, maar hij staat elke avond in de straat.", "violence"),
        ("Hij appt steeds dat hij me kapotmaakt.", "violence"),
        ("Ze weten waar ik woon en op welke school m'n zoon zit.", "violence"),
        ("Als ik ga scheiden neemt hij de kinderen mee naar zijn land.", "violence"),
        ("Ze laat oma de hele dag in een natte luier zitten.", "violence"),
        ("Ik mag niet alleen naar buiten van mijn man en hij leest m'n telefoon.", "violence"),
        (
            "Als hij drinkt wordt hij gevaarlijk, dan gaan de kinderen onder de tafel zitten.",
            "violence",
        ),
    ],
)
def test_danger_in_everyday_words_is_signalled(analyzer: Analyzer, text: str, kind: str) -> None:
    assert kind in kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zoon zegt: je maakt me nog eens dood met die spruitjes, haha.",
        "De pannen zijn allemaal aangebrand, koken was nooit m'n sterkste kant.",
        "Ik heb zoveel sollicitatiebrieven geschreven, ik word er moe van.",
        "In het weekend neemt mijn vrouw de kinderen mee naar haar zus.",
        "Het bed is al weken niet verschoond, dat lukt me niet meer met m'n rug.",
        "Ik sta elke ochtend bij het spoor op de trein naar m'n werk te wachten.",
        "De kat mept de ballen steeds uit de kerstboom.",
        "De lift is stuk, ik zit hier gewoon opgesloten op drie hoog.",
        "Het CJIB dreigt nu met gijzeling om die boetes.",
        "Nee, mijn man slaat mij niet, hij praat alleen hard.",
        "Ik spaar voor een nieuwe wasmachine, die oude lekt.",
        "Bij de overburen staat 's nachts vaak de politie voor de deur.",
        "Door de eczeem krab ik 's nachts tot het bloedt.",
    ],
)
def test_the_same_words_without_danger_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert kinds(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hij zegt dat hij m'n knieën breekt als ik niet betaal.", "violence"),
        ("Ik kras weer, op m'n bovenbenen, daar ziet niemand het.", "suicide_risk"),
        ("Als hij boos wordt, krijgen de kinderen klappen.", "violence"),
        ("Ik spaar al een tijdje m'n slaappillen op.", "suicide_risk"),
        ("Ik heb gekeken hoe hoog het balkon eigenlijk is.", "suicide_risk"),
        ("Sinds ik weg ben stuurt hij me wel honderd berichten per dag.", "violence"),
        ("Ik heb gisteren opgezocht hoe je het kan doen.", "suicide_risk"),
    ],
)
def test_danger_counts_with_the_verb_last_and_across_a_comma(
    analyzer: Analyzer, text: str, kind: str
) -> None:
    """Dutch puts the verb last after "dat", and people pause while they tell it."""
    assert kind in kinds(analyzer, text)


def test_a_danger_pattern_never_runs_across_the_end_of_a_sentence(analyzer: Analyzer) -> None:
    assert kinds(analyzer, "Hij breekt alles. M'n knieën zijn gelukkig oké.") == set()
