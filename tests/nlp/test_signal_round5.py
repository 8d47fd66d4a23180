"""Danger told in other words (0.4.0): farewells and preparations, fleeing home with the
children, extortion, neglect and an elder's money taken. Our own wordings of the classes
the labelled sentences missed; the everyday look-alikes must stay quiet."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb iedereen gisteren nog laten weten dat ik van ze hou.",
        "'s Avonds sta ik vaak bij het spoor en dan twijfel ik.",
        "Ik heb de huisarts verteld dat ik klaar ben met leven.",
        "Ik heb m'n spaargeld al over de kleinkinderen verdeeld.",
        "Alles ligt klaar, zodat m'n zoon niks hoeft te zoeken als het zover is.",
    ],
)
def test_suicide_risk_in_other_words(analyzer: Analyzer, text: str) -> None:
    assert "suicide_risk" in {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Als hij gedronken heeft slapen we met de kinderen in de auto.",
        "Die jongen heeft naaktfoto's van me en wil geld.",
        "De kleintjes gaan vaak zonder ontbijt naar school omdat ik er niet uit kom.",
        "Hij zegt dat hij de kinderen meeneemt en dat ik ze nooit meer zie.",
        "M'n broer haalt stiekem geld van de rekening van onze moeder.",
        "Hij zei dat hij weet waar m'n zusje op school zit.",
    ],
)
def test_violence_in_other_words(analyzer: Analyzer, text: str) -> None:
    assert "violence" in {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Sinds de inbraak slaap ik met een stoel onder de deurklink.",
        "Ik heb m'n spaargeld aan een oplichter gegeven.",
        "De politie heeft de deur ingetrapt om m'n zoon op te halen.",
        "We zijn klaar met de drukte in de stad en verhuizen naar het dorp.",
        "Ik heb iedereen uitgenodigd voor m'n verjaardag.",
    ],
)
def test_everyday_look_alikes_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert analyzer.signals(text) == []
