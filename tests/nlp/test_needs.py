"""Needs: one example per domain, and the scope rules that keep them honest."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def domains(analyzer: Analyzer, text: str) -> list[str]:
    return [need.domain for need in analyzer.needs(text)]


PER_DOMAIN = [
    ("financien", "Ik krijg steeds aanmaningen en de incasso staat al bij de deur."),
    ("financien", "Ik ben helemaal blut, er is geen cent meer over."),
    ("dagbesteding", "Ik ben werkloos en ik weet niet wat ik met mijn dagen moet."),
    ("huisvesting", "We zijn uit huis gezet en slapen nu in de nachtopvang."),
    ("huiselijke_relaties", "Mijn vrouw en ik hebben constant ruzie over de opvoeding."),
    ("geestelijke_gezondheid", "Ik pieker de hele nacht en voel me zo somber."),
    ("lichamelijke_gezondheid", "Door de artrose heb ik veel pijn in mijn handen."),
    ("verslaving", "Ik zuip te veel, elke dag een fles wodka."),
    ("adl", "Ik kan mezelf niet meer aankleden en douchen lukt niet."),
    ("sociaal_netwerk", "Ik ben zo eenzaam, niemand komt meer langs."),
    ("maatschappelijke_participatie", "Ik kom nooit buiten de deur en doe nergens aan mee."),
    ("justitie", "Ik heb een taakstraf en moet me melden bij de reclassering."),
]


@pytest.mark.parametrize(("domain", "text"), PER_DOMAIN)
def test_each_domain_is_found(analyzer: Analyzer, domain: str, text: str) -> None:
    assert domain in domains(analyzer, text)


def test_primary_domain_ranks_first_and_evidence_points_at_the_words(analyzer: Analyzer) -> None:
    text = "Ik heb hoge schulden bij de deurwaarder."
    needs = analyzer.needs(text)
    assert needs[0].domain == "financien"
    assert needs == sorted(needs, key=lambda n: -n.confidence)
    for ev in needs[0].evidence:
        assert text[ev.start : ev.end] == ev.text
        assert ev.label == "financien"


def test_lemmas_find_other_forms(analyzer: Analyzer) -> None:
    assert "verslaving" in domains(analyzer, "Hij heeft weer gegokt, de hele avond.")
    assert "financien" in domains(analyzer, "Die deurwaarders blijven maar komen.")


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb geen schulden.",
        "Schulden heb ik niet, dat is het punt niet.",
        "Drank, daar ligt het niet aan.",
        "Geld is het probleem niet, ik heb een prima inkomen.",
        "Verslaafd? Nee, gelukkig niet.",
        "Drugs heb ik nooit gebruikt.",
        "Ik ben niet depressief hoor.",
    ],
)
def test_denial_is_not_a_need(analyzer: Analyzer, text: str) -> None:
    assert domains(analyzer, text) == []


def test_lack_words_need_a_sign_of_lack(analyzer: Analyzer) -> None:
    assert domains(analyzer, "Ik heb werk en genoeg vrienden.") == []
    assert "dagbesteding" in domains(analyzer, "Ik heb al een jaar geen werk.")
    assert "sociaal_netwerk" in domains(analyzer, "Ik heb eigenlijk geen vrienden meer.")


@pytest.mark.parametrize(
    ("typo", "domain"),
    [
        ("Ik heb veel schuldn.", "financien"),
        ("De deurwaader stond weer voor de deur.", "financien"),
        ("Ik ben echt eensaam.", "sociaal_netwerk"),
        ("Ik heb een taakstaf gekregen.", "justitie"),
    ],
)
def test_typos_are_tolerated(analyzer: Analyzer, typo: str, domain: str) -> None:
    assert domain in domains(analyzer, typo)


def test_short_words_are_exact_only(analyzer: Analyzer) -> None:
    assert "financien" not in domains(analyzer, "Het duurde een uur.")
    assert "huisvesting" not in domains(analyzer, "Het duurde een uur.")


def test_household_members_count_but_neighbours_do_not(analyzer: Analyzer) -> None:
    assert "verslaving" in domains(analyzer, "M'n man drinkt te veel.")
    assert "verslaving" in domains(analyzer, "Mijn zoon blowt elke dag.")
    assert domains(analyzer, "Mijn buurman drinkt te veel, maar met ons gaat het goed.") == []
    assert domains(analyzer, "De buurvrouw zit diep in de schulden.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ik kom eigenlijk voor de buurvrouw. Die zit diep in de schulden.",
        "Ik maak me zorgen om de buurman. Hij drinkt al om tien uur 's ochtends bier.",
        "Bij de overburen is het vaak onrustig, die man gokt het hele huishoudgeld weg.",
        "Een collega van mijn vrouw zit diep in de schulden, ze durft het niemand te vertellen.",
    ],
)
def test_the_neighbour_named_a_sentence_before_is_still_the_neighbour(
    analyzer: Analyzer, text: str
) -> None:
    """You should see nothing: "die" and "hij" point back to the neighbour, "die man" is
    not the client's husband, and "van mijn vrouw" only says whose colleague it is."""
    assert domains(analyzer, text) == []


def test_the_client_after_the_neighbour_is_the_client(analyzer: Analyzer) -> None:
    text = "De buurman helpt me soms. Ik drink zelf te veel, en dat weet hij."
    assert "verslaving" in domains(analyzer, text)


def test_missing_the_neighbour_is_the_clients_loneliness(analyzer: Analyzer) -> None:
    """ "die" after "niemand" is no pointer back to the neighbour of the sentence before."""
    text = "De buurvrouw is verhuisd. Nu is er niemand die nog langskomt."
    assert "sociaal_netwerk" in domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben al tien jaar van de drank af.",
        "Vroeger gebruikte ik cocaïne.",
        "Ik ben vorig jaar gestopt met drinken en dat gaat goed.",
        "Ik heb een hernia gehad, maar dat is helemaal hersteld.",
    ],
)
def test_problems_that_are_over_are_not_needs(analyzer: Analyzer, text: str) -> None:
    assert domains(analyzer, text) == []


def test_nothing_in_small_talk(analyzer: Analyzer) -> None:
    assert analyzer.analyze("Wat een mooi weer vandaag, de tuin staat in bloei.").needs == []


def test_results_dump_to_json(analyzer: Analyzer) -> None:
    data = analyzer.analyze("Ik heb schulden.").model_dump()
    assert set(data) == {"needs", "signals", "hints"}
    assert set(data["needs"][0]) == {"domain", "confidence", "evidence"}
