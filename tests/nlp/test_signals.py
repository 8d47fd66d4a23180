"""Safety signals: the right kind and route, and idioms that must stay quiet."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil gewoon niet meer leven.",
        "Soms denk ik dat ze beter af zijn zonder mij.",
        "Ik denk erover om er een eind aan te maken.",
        "Ik heb aan zelfmoord gedacht.",
        "Ik zie het echt niet meer zitten.",
    ],
)
def test_suicide_risk(analyzer: Analyzer, text: str) -> None:
    assert "suicide_risk" in kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn man slaat me als hij gedronken heeft.",
        "Hij heeft me geschopt en ik heb blauwe plekken.",
        "Mijn ex bedreigt me steeds.",
        "De kinderen krijgen thuis geen eten, ze worden verwaarloosd.",
        "Mijn kleinzoon pakt steeds geld van mijn rekening.",
    ],
)
def test_violence(analyzer: Analyzer, text: str) -> None:
    assert "violence" in kinds(analyzer, text)


def test_acute_crisis(analyzer: Analyzer) -> None:
    assert "acute_crisis" in kinds(analyzer, "Hij staat nu voor de deur met een mes.")


@pytest.mark.parametrize(
    "text",
    [
        "Ik schrok me dood toen de bel ging.",
        "Ik ben doodmoe na zo'n dag.",
        "Ik kan mezelf wel voor m'n kop slaan.",
        "Ik ga dood van de honger.",
        "Dat slaat nergens op.",
        "Ik lach me dood om die serie.",
        "Ik heb geen zelfmoordgedachten.",
    ],
)
def test_idioms_and_denials_do_not_fire(analyzer: Analyzer, text: str) -> None:
    assert analyzer.signals(text) == []


def test_routes_and_phones(analyzer: Analyzer) -> None:
    [suicide] = analyzer.signals("Ik wil er niet meer zijn.")
    assert {"113", "0800-0113", "112"} <= set(suicide.phones)
    assert "113 Zelfmoordpreventie" in suicide.route
    [violence] = analyzer.signals("Mijn vriend sloeg me gisteren.")
    assert "0800-2000" in violence.phones
    assert "Veilig Thuis" in violence.route
    assert violence.evidence and violence.evidence[0].label == "violence"
