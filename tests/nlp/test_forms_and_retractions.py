"""Word forms the lemma table lacks, and needs that the client takes back: a word echoed
as a question and denied, a joke, a stop, a misunderstanding (our own sentences)."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer
from assistant.nlp.training import using


def rule_domains(analyzer: Analyzer, text: str) -> list[str]:
    with using(analyzer, None):
        return [need.domain for need in analyzer.needs(text)]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # diminutives and plurals of lexicon words
        ("Elke ochtend eerst een jointje, anders kom ik niet op gang.", "verslaving"),
        ("Ik heb een paar leninkjes lopen bij zo'n online bedrijf.", "financien"),
        ("'s Avonds drink ik wel vijf borreltjes.", "verslaving"),
        # a dropped final n or t, as many people speak
        ("Ik lig de hele nacht te piekere.", "geestelijke_gezondheid"),
        ("Ik kan de huur nie betale.", "financien"),
    ],
)
def test_forms_outside_the_table_find_their_word(
    analyzer: Analyzer, text: str, domain: str
) -> None:
    assert domain in rule_domains(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Schulden? Nee joh, ik betaal alles meteen.",
        "Eenzaam? Ik? Welnee, de buren komen elke dag koffie drinken.",
        "Drank? Ben je gek, ik lust het niet eens.",
        "Mijn vrouw? Die wurg ik nog eens als ze weer de afstandsbediening verstopt, haha.",
        "Ik verveel me dood als het regent, haha. Maar ik heb genoeg te doen hoor.",
        "Hij drinkt niet meer, al zes jaar niet.",
        "Ik ben een keer opgepakt, maar dat bleek een vergissing.",
        "Na het ontslag was het een tijd lastig, maar nu zijn we echt gelukkig samen.",
        "De kinderen komen niks tekort.",
        "Schulden heb ik nie hoor.",
    ],
)
def test_a_need_taken_back_is_no_need(analyzer: Analyzer, text: str) -> None:
    assert rule_domains(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Schulden? Ja, heel veel. De deurwaarder komt morgen.", "financien"),
        ("Hij drinkt steeds meer, elke avond een fles.", "verslaving"),
        ("Ik word zo boos om niks, ik schreeuw tegen de kinderen.", "huiselijke_relaties"),
        ("We komen elke maand geld tekort.", "financien"),
    ],
)
def test_the_same_words_without_taking_back_still_count(
    analyzer: Analyzer, text: str, domain: str
) -> None:
    assert domain in rule_domains(analyzer, text)


def test_spoken_short_forms_count_as_the_full_word(analyzer: Analyzer) -> None:
    """ "'t" and "'n" are "het" and "een": a pattern written with the full word finds
    the spoken form ("lang red ik het niet meer")."""
    doc, _ = analyzer.parse("Ik heb 't gehad, 'n mens kan niet alles.")
    assert [t.norm_ for t in doc][:6] == ["ik", "hebben", "het", "hebben", ",", "een"]
    assert {s.kind for s in analyzer.signals("Lang red ik 't niet meer.")} == {"suicide_risk"}
