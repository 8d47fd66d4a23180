"""Danger told indirectly, from a new writer's set (0.4.0, ``needs-signals2.jsonl``):
means and last arrangements, control, hiding, coercion and stalking. Our own wordings of
those classes; the everyday look-alikes stay quiet."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb opgezocht hoeveel slaappillen je nodig hebt.",
        "Die pleisters heb ik allemaal opgespaard, voor later.",
        "Het geweer van opa heb ik weer uit de kast gehaald.",
        "Op een avond loop ik gewoon de zee in.",
        "Als ik er niet meer ben, keert de levensverzekering uit.",
        "Morgen ben ik overal van verlost.",
    ],
)
def test_suicide_risk_told_indirectly(analyzer: Analyzer, text: str) -> None:
    assert "suicide_risk" in {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hij bepaalt wanneer ik mijn medicijnen krijg.",
        "We zitten bij een vriendin, en niemand mag weten waar we zijn.",
        "Thuis loop ik op eieren.",
        "M'n tas staat al ingepakt, voor als het weer misgaat.",
        "Ze hebben filmpjes van me en willen geld.",
        "Zijn broer houdt haar paspoort, het paspoort ligt bij de familie.",
    ],
)
def test_violence_told_indirectly(analyzer: Analyzer, text: str) -> None:
    assert "violence" in {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb alle abonnementen opgezegd om geld te sparen.",
        "Ik mis de zee in Scheveningen.",
        "Mijn zoon gokt en ik zie het geld verdwijnen.",
        "Mijn man durft er niks van te zeggen als zijn vader binnen rookt.",
    ],
)
def test_everyday_look_alikes_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert analyzer.signals(text) == []
