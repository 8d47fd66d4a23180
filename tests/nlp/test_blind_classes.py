"""Failure classes found with the second, independently labelled set (needs-blind.jsonl).

Each test holds wordings of our own for one class, never the blind sentences themselves:
threats against someone close, neglect described, violence that is long over, door-slam
idioms, others' problems, inverted subjects, problems that are over with a good "now",
hypotheticals, and safety first in the ranking.
"""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def _kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {str(s.kind) for s in analyzer.signals(text)} - {"acute_crisis"}


def _domains(analyzer: Analyzer, text: str) -> list[str]:
    return [n.domain for n in analyzer.needs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ze zeiden dat ze mijn zus iets aandoen als ik het geld niet terugbetaal.",
        "Hij appt dat hij m'n kinderen wat aandoet als ik naar de politie ga.",
        "Die jongens doen m'n broertje wat aan als ik niet betaal.",
        "Als ik niet betaal gebeurt er wat met m'n moeder, zeggen ze.",
        "Ze hebben gedreigd dat ze m'n ruiten ingooien.",
        "Hij weet me te vinden, zegt hij.",
        "Hij vermoordt me als hij ziet dat ik weg ben, zegt hij steeds.",
    ],
)
def test_threats_against_someone_close(analyzer: Analyzer, text: str) -> None:
    assert "violence" in _kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik lig de hele dag op de bank en de kleintjes pakken zelf maar wat uit de koelkast.",
        "De kinderen lopen 's avonds laat nog alleen op straat, ik heb er de puf niet voor.",
        "Niemand kookt voor de kinderen als ik zo in bed lig.",
        "De kinderen moeten maar voor zichzelf zorgen sinds ik zo depressief ben.",
    ],
)
def test_neglect_described(analyzer: Analyzer, text: str) -> None:
    assert "violence" in _kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader sloeg ons vroeger, maar dat is lang geleden en we hebben het uitgepraat.",
        "Als kind kreeg ik wel eens een pak slaag, dat hoorde toen zo.",
        "Mijn eerste vrouw sloeg me, dat is allemaal voorbij.",
    ],
)
def test_violence_long_over_is_no_signal_and_no_need(analyzer: Analyzer, text: str) -> None:
    assert _kinds(analyzer, text) == set()
    assert "huiselijke_relaties" not in _domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vroeger sloeg hij me en nu doet hij het weer.",
        "Hij sloeg me vorige week, voor het eerst.",
        "Mijn ex stalkt me nog steeds, al jaren.",
    ],
)
def test_violence_that_goes_on_still_fires(analyzer: Analyzer, text: str) -> None:
    assert "violence" in _kinds(analyzer, text)


def test_past_suicide_attempt_still_fires(analyzer: Analyzer) -> None:
    text = "Twee jaar geleden heb ik een overdosis pillen genomen om er niet meer te zijn."
    assert "suicide_risk" in _kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Als hij boos is slaat hij de deur dicht en gaat hij een rondje lopen.",
        "Ze smijt de deur dicht en zit de hele avond op haar kamer.",
        "Hij sloeg z'n arm om me heen en zei dat het goed kwam.",
        "Onze zoon slaat het ontbijt steeds over.",
        "Mijn man slaat alarm als de rekeningen binnenkomen.",
        "Ik zou m'n kinderen nooit iets aandoen.",
        "Als ik niet betaal krijg ik een boete.",
        "Ik dreig m'n baan kwijt te raken.",
        "Hij gooit met de deur als hij zijn zin niet krijgt.",
        "Mijn moeder vermoordt me als ze dit hoort.",
    ],
)
def test_idioms_and_denials_do_not_fire(analyzer: Analyzer, text: str) -> None:
    assert _kinds(analyzer, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Een collega van mij zit diep in de schulden, daarom vraag ik het.",
        "Een vriend van ons drinkt veel te veel.",
        "Mijn beste vriendin is net gescheiden en heeft het zwaar.",
    ],
)
def test_problems_of_people_outside_the_household(analyzer: Analyzer, text: str) -> None:
    assert _domains(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mijn buurman gokt, maar eerlijk gezegd gokt mijn eigen man nog meer.",
        "De buren maken ruzie, maar bij ons drinkt m'n vrouw elke avond een fles wijn.",
    ],
)
def test_household_subject_after_the_verb(analyzer: Analyzer, text: str) -> None:
    assert "verslaving" in _domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Onze dochter heeft een tijd gespijbeld, maar nu gaat ze met plezier naar school.",
        "Ik heb lang op straat geleefd, maar nu heb ik m'n eigen flatje.",
        "Als ik ziek ben, kookt mijn dochter voor me.",
        "Ik ben bang dat ik later eenzaam word, maar nu heb ik genoeg vrienden.",
        "Zodra ik weer gezond ben wil ik vrijwilligerswerk doen.",
        "Als ik dat liedje nog één keer hoor spring ik van het balkon, haha.",
        "Ik ben gescheiden, maar we hebben een goede band en de kinderen zijn blij.",
        "Geld is bij ons nooit een probleem geweest.",
        "Mijn zoon heeft een nieuwe baan gevonden bij de politie.",
        "De wijkagent kwam langs om te vertellen dat er ingebroken was in de straat.",
    ],
)
def test_over_hypothetical_or_joking_is_no_need(analyzer: Analyzer, text: str) -> None:
    assert _domains(analyzer, text) == []


def test_condition_with_a_real_lack_still_counts(analyzer: Analyzer) -> None:
    text = "Als ik ziek word is er niemand die boodschappen voor me doet."
    assert _domains(analyzer, text) == ["sociaal_netwerk"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Vorige week pakte hij me bij m'n keel.", "huiselijke_relaties"),
        (
            "Ik ben zo somber dat ik niet uit bed kom, en de kinderen eten zelf maar wat "
            "uit de koelkast.",
            "huiselijke_relaties",
        ),
        ("Ik heb schulden en ze dreigen me af te maken als ik niet betaal.", "justitie"),
    ],
)
def test_safety_comes_first_in_the_ranking(analyzer: Analyzer, text: str, first: str) -> None:
    assert first in _domains(analyzer, text)[:2]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Ik krijg de potjes niet meer open en m'n knoopjes ook niet.", "adl"),
        ("Ze vraagt wel tien keer per dag welke dag het is.", "geestelijke_gezondheid"),
        ("Ik koop elke dag krasloten, ik denk er de hele dag aan.", "verslaving"),
        ("M'n loon gaat naar zeventig procent en ik weet niet hoe we dat redden.", "financien"),
        ("Ik kan het tempo op m'n werk niet meer bijhouden.", "dagbesteding"),
        ("We wonen met z'n vieren op één kamer bij m'n schoonouders in.", "huisvesting"),
        ("Ik durf de brievenbus niet meer open te doen.", "financien"),
        ("Ik heb al weken niemand gesproken behalve de kassajuffrouw.", "sociaal_netwerk"),
    ],
)
def test_described_situations(analyzer: Analyzer, text: str, domain: str) -> None:
    assert domain in _domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb al een touw gekocht.",
        "Het hoeft van mij allemaal niet meer.",
        "Soms denk ik dat iedereen beter af is zonder mij.",
    ],
)
def test_suicide_said_indirectly(analyzer: Analyzer, text: str) -> None:
    assert "suicide_risk" in _kinds(analyzer, text)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "Ik had vroeger een drankprobleem en nu drink ik weer elke avond een fles wijn.",
            "verslaving",
        ),
        ("Vijf jaar geleden ben ik ontslagen en sindsdien zit ik thuis.", "dagbesteding"),
        # "al een tijd(je)" is up to now, not over; also inside a term ("drink ... te veel")
        ("Ik drink al een tijdje te veel.", "verslaving"),
        ("Ik heb al een tijd pillen gespaard.", "geestelijke_gezondheid"),
    ],
)
def test_past_that_goes_on_still_counts(analyzer: Analyzer, text: str, domain: str) -> None:
    assert domain in _domains(analyzer, text)


def test_previous_home_is_over(analyzer: Analyzer) -> None:
    assert _domains(analyzer, "Mijn vorige huis was te klein, dit huis is perfect.") == []


def test_phrases_once_written_as_a_choice_now_match(analyzer: Analyzer) -> None:
    """ "elke nacht|bijna elke nacht" chose between single words and never matched; each
    phrase is now its own pattern. You should see the nightmare and the stalking."""
    assert "geestelijke_gezondheid" in _domains(analyzer, "Ik droom elke nacht over die brand.")
    result = analyzer.analyze("Hij stuurt foto's van mijn voordeur.")
    assert [s.kind for s in result.signals] == ["violence"]
