"""Needs told before "things are fine now": which sentences count as settled, and that
the learned layer then drops the need, but never a danger (none of these sentences is in
a labelled set)."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


@pytest.mark.parametrize(
    ("domain", "text"),
    [
        (
            "financien",
            "We zaten diep in de schulden. De schuldhulp heeft ons goed geholpen. Nu is alles"
            " afgelost.",
        ),
        ("geestelijke_gezondheid", "M'n broer heeft een depressie. Met mij gaat het goed hoor."),
        ("justitie", "Ik heb een taakstraf gehad. Dat hoofdstuk is dicht, ik heb nu vast werk."),
        ("verslaving", "Ik heb jaren gegokt. Nu ben ik er vanaf en ik ben er trots op."),
        # coping with it
        ("lichamelijke_gezondheid", "Ik heb astma, maar dat heb ik goed onder controle."),
        # "met" names the means, not one part that goes well
        (
            "lichamelijke_gezondheid",
            "Ik ben slechthorend, maar met m'n nieuwe hoortoestel red ik me prima.",
        ),
    ],
)
def test_a_need_before_things_are_fine_now_is_settled(
    analyzer: Analyzer, domain: str, text: str
) -> None:
    view = analyzer.rules(text)
    assert domain in {need.domain for need in view.needs}
    assert domain in view.settled


@pytest.mark.parametrize(
    "text",
    [
        # a negation in the clause
        "Ik zit diep in de schulden. Het gaat niet goed met me.",
        # someone else says it is fine
        "Ik zit diep in de schulden. Mijn man zegt dat alles prima gaat.",
        # "verder": everything but what was said
        "Ik zit diep in de schulden, maar verder gaat het prima.",
        # one part is fine
        "Ik zit diep in de schulden. Met de kinderen gaat het goed.",
        # coping, but not
        "Ik zit diep in de schulden en ik red me niet meer.",
        # a "maar" after it brings a problem back
        "Ik zit diep in de schulden. Met mij gaat het goed, maar ik slaap slecht.",
        # the fine clause comes first
        "Met mij gaat het goed, alleen zit ik diep in de schulden.",
    ],
)
def test_no_settling_when_it_is_not_over(analyzer: Analyzer, text: str) -> None:
    assert "financien" in {need.domain for need in analyzer.needs(text)}
    assert not analyzer.rules(text).settled


def test_someone_elses_problem_with_all_fine_at_home_is_no_need(analyzer: Analyzer) -> None:
    """You should see no need for the client: the problem is the sister's."""
    text = "Mijn zus heeft een depressie, ze woont in Breda. Met ons gaat het gewoon goed."
    assert analyzer.rules(text).needs
    assert analyzer.needs(text) == []


def test_danger_is_kept_whatever_follows(analyzer: Analyzer) -> None:
    """A danger signal never depends on the learned layer, settled or not."""
    text = "Ik wil er niet meer zijn. De kinderen weten van niks. Ik ben er juist opgelucht over."
    assert "geestelijke_gezondheid" in analyzer.rules(text).settled
    result = analyzer.analyze(text)
    assert [s.kind for s in result.signals] == ["suicide_risk"]
    assert result.needs[0].domain == "geestelijke_gezondheid"
