"""Safety signals by class, in many wordings: a missed danger signal is the worst failure,
and idioms, jokes and denials must stay quiet. None of these sentences is in a labelled set."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    found: set[str] = {s.kind for s in analyzer.signals(text)}
    return found - {"acute_crisis"}


SUICIDE = [
    # farewell behaviour and plans
    "Ik heb m'n spullen al verdeeld onder de kinderen, dan hoeven ze straks niks uit te zoeken.",
    "Ik heb afscheid genomen van iedereen, ook al weten ze dat zelf niet.",
    "Ik heb een brief geschreven voor als ik er niet meer ben.",
    "Ik heb al een touw gekocht om mezelf op te hangen.",
    # saving pills
    "Ik spaar al een tijdje mijn slaappillen op.",
    "De medicijnen heb ik verzameld, ze liggen klaar.",
    # not wanting to be there, better dead, a burden
    "Ik wil er gewoon niet meer zijn.",
    "Ik zou het liefst dood zijn.",
    "Ik ben beter dood, echt.",
    "Soms denk ik dat iedereen beter af is zonder mij.",
    "Ik ben alleen maar een last voor m'n kinderen.",
    "Ik wou dat ik gewoon niet meer wakker werd.",
    "Ik heb niks meer om voor te leven sinds m'n vrouw er niet meer is.",
    "Ik wil dat het ophoudt, ik wil slapen en nooit meer wakker worden.",
    # about a family member, and a serious word that a laugh does not cancel
    "M'n zoon zegt dat hij zichzelf iets aan gaat doen.",
    "Ik denk wel eens aan zelfmoord, haha, maar goed.",
]

VIOLENCE = [
    # physical acts, any verb form
    "Hij pakte me bij m'n keel en drukte me tegen de kast.",
    "Als hij kwaad is duwt ie me zo tegen de muur.",
    "Ze heeft me met de riem geslagen.",
    "Als hij dronken is schopt hij de hond en mij ook.",
    "Hij gooide een stoel naar mijn hoofd.",
    "Hij heeft de baby zo door elkaar geschud dat ze ging huilen.",
    "Mijn man trekt me aan m'n haren door het huis.",
    "Hij stompte me in m'n buik terwijl ik zwanger was.",
    "Mijn dochter krijgt een pak rammel als ze niet luistert.",
    "Ik werd tegen de grond gewerkt en geschopt.",
    # threats and stalking
    "Hij zegt dat ik er spijt van krijg als ik naar de politie ga.",
    "Ze appt me de hele dag dat ze weet waar ik woon.",
    "Hij heeft gedreigd me af te maken.",
    # coercive control
    "Hij controleert mijn telefoon en ik mag nergens heen zonder hem.",
    "Ik mag niet werken van hem en geld krijg ik niet.",
    # neglect of children
    "De baby ligt de hele dag in een vieze luier.",
    "De kleine heeft al dagen dezelfde luier om.",
    "Ze laat de peuter 's avonds alleen thuis.",
    # financial abuse and neglect of an older person by the household
    "Mijn kleinzoon heeft mijn pincode en haalt steeds geld van mijn rekening.",
    "Mijn zoon neemt elke week mijn pinpas mee.",
    "Mijn schoonzoon laat mijn moeder in haar eigen plas liggen.",
]

QUIET = [
    # idioms
    "Ik schrok me dood toen de bel ging.",
    "Ik ben doodop na zo'n dag.",
    "Ik erger me dood aan die buurman.",
    "Ik ga dood van de zenuwen voor dat gesprek.",
    "Ik heb een tik van de molen gehad, zeggen ze.",
    "Hij is van school geschopt.",
    # jokes
    "Ik kon hem wel wurgen, haha.",
    "Als dat nog een keer gebeurt spring ik van het balkon haha.",
    # denials
    "Aan zelfmoord denk ik niet hoor, dat zou ik de kinderen nooit aandoen.",
    "Ik heb nooit aan zelfmoord gedacht.",
    "Zelfmoordgedachten heb ik niet.",
    "Hij heeft me nog nooit geslagen.",
    # ordinary words near danger words
    "Ik heb pijn in mijn keel.",
    "De woningcorporatie dreigt met ontruiming.",
    "De verhuurder dreigt me eruit te zetten als ik niet betaal.",
    "Ik sla de krant open en lees het nieuws.",
    "Mijn zoon schopt tegen een bal in de tuin.",
    "Ik heb mijn pinpas meegenomen naar de winkel.",
    "Ik heb mijn spullen ingepakt voor de vakantie.",
    "Mijn oma heeft afscheid genomen van haar collega's, ze is met pensioen.",
    # everyday sentences that share words with a danger pattern
    "Ik weet niet hoe ik het ga doen met de kinderen en m'n werk.",
    "Het idee dat ik hulp krijg geeft me rust.",
    "Ik loop met een stok sinds m'n val.",
    "Ik haal elke week geld van mijn rekening voor de boodschappen.",
    "Ik controleer mijn rekening elke dag.",
    "Ik wil hier voorgoed weg, naar een kleiner huis.",
    "Ik ben vorig jaar tegen een boom gereden, m'n auto was total loss.",
    "Dat ontslag was een klap voor ons allemaal.",
    "Mijn keel zit dicht door de hooikoorts.",
    "Je moet je opleiding afmaken, zegt m'n moeder.",
    "Die medicijnen moet ik allemaal innemen bij het ontbijt.",
    "Dat was een flinke strop, die reparatie.",
    "We zijn met de kinderen van de duikplank gesprongen.",
]


@pytest.mark.parametrize("text", SUICIDE)
def test_suicide_risk_in_many_wordings(analyzer: Analyzer, text: str) -> None:
    assert "suicide_risk" in kinds(analyzer, text)


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_in_many_wordings(analyzer: Analyzer, text: str) -> None:
    assert "violence" in kinds(analyzer, text)


@pytest.mark.parametrize("text", QUIET)
def test_idioms_jokes_and_denials_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert kinds(analyzer, text) == set()


def test_denial_only_covers_its_own_clause(analyzer: Analyzer) -> None:
    text = "Aan zelfmoord denk ik niet, maar ik wil soms niet meer wakker worden."
    assert "suicide_risk" in kinds(analyzer, text)


def test_suicidal_words_are_also_a_mental_health_need(analyzer: Analyzer) -> None:
    needs = [n.domain for n in analyzer.needs("Ik heb de pillen al gespaard, ze liggen in de la.")]
    assert "geestelijke_gezondheid" in needs
