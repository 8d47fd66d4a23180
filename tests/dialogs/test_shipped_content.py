"""The shipped dialogs say what the method asks, in the method's attitude.

These tests read the TOML files directly, so they judge the content (phases, wording,
size) independently of how the engine walks it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from assistant.knowledge.vocabulary import DOMAIN_SLUGS, PHASE_SLUGS

DIALOGS = Path(__file__).resolve().parents[2] / "assistant" / "dialogs"
SHIPPED = ("keukentafelgesprek", "telefonische-intake")

WARNED = (
    "wat kunt u allemaal zelf",
    "wie kan er allemaal helpen",
    "wat heeft u er zelf al aan gedaan",
)
"""Phrasings the seed report (4.1, 4.2) says create distance and resistance."""


def _load(name: str) -> dict[str, Any]:
    with (DIALOGS / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _steps(name: str) -> dict[str, dict[str, Any]]:
    return {step["id"]: step for step in _load(name)["steps"]}


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _texts(step: dict[str, Any]) -> list[str]:
    return [step["prompt"], step.get("tip", ""), *step.get("phrasings", [])]


@pytest.mark.parametrize("name", SHIPPED)
def test_every_step_has_a_known_phase_and_a_prompt(name: str) -> None:
    for step in _steps(name).values():
        assert step["phase"] in PHASE_SLUGS, step["id"]
        assert step["prompt"].strip(), step["id"]


@pytest.mark.parametrize("name", SHIPPED)
def test_no_warned_against_phrasing(name: str) -> None:
    for step in _steps(name).values():
        for text in _texts(step):
            plain = _plain(text)
            for phrase in WARNED:
                assert phrase not in plain, (step["id"], text)
        for text in [step["prompt"], *step.get("phrasings", [])]:
            assert not re.search(r"\b(ja maar|nee want)\b", _plain(text)), (step["id"], text)


@pytest.mark.parametrize("name", SHIPPED)
def test_most_steps_have_phrasings_and_a_tip(name: str) -> None:
    steps = list(_steps(name).values())
    assert sum(bool(s.get("tip")) for s in steps) >= 0.9 * len(steps)
    assert sum(bool(s.get("phrasings")) for s in steps) >= 0.9 * len(steps)


@pytest.mark.parametrize("name", SHIPPED)
def test_suggested_phrasings_are_questions_or_gentle_statements(name: str) -> None:
    questions = [p for s in _steps(name).values() for p in s.get("phrasings", [])]
    assert sum(p.rstrip().endswith("?") for p in questions) >= 0.7 * len(questions)


def test_keukentafelgesprek_is_complete() -> None:
    steps = _steps("keukentafelgesprek")
    assert len(steps) >= 40
    assert [p for p in PHASE_SLUGS if p not in {s["phase"] for s in steps.values()}] == []
    scored = {s["domain"] for s in steps.values() if s.get("answer") == "score"}
    assert scored == set(DOMAIN_SLUGS)
    assert {s.get("slot") for s in steps.values()} >= {"hulpvraag", "vraag_achter_de_vraag"}


def test_keukentafelgesprek_frames_come_in_method_order() -> None:
    order = [s["phase"] for s in _load("keukentafelgesprek")["steps"]]
    first = {phase: order.index(phase) for phase in PHASE_SLUGS}
    assert list(first.values()) == sorted(first.values())


def test_maatwerk_only_when_the_rest_falls_short() -> None:
    steps = _steps("keukentafelgesprek")
    gate = steps["vv_genoeg"]
    assert gate["transitions"][0] == {"when": "genoeg", "to": "behoefte_afronden"}
    assert gate["transitions"][-1] == {"to": "mw_wat_blijft"}
    maatwerk = [s["id"] for s in steps.values() if s.get("frame") == "maatwerk"]
    assert maatwerk and all(
        step_id not in (s.get("next"), *(t["to"] for t in s.get("transitions", [])))
        for s in steps.values()
        if s["id"] not in ("vv_genoeg", *maatwerk)
        for step_id in maatwerk
    )


@pytest.mark.parametrize("name", SHIPPED)
def test_safety_check_raises_every_signal_with_a_route(name: str) -> None:
    signals = [
        effect
        for step in _steps(name).values()
        for effect in step.get("effects", [])
        if effect["type"] == "signal"
    ]
    assert {e["kind"] for e in signals} == {"suicide_risk", "violence", "acute_crisis"}
    assert all("Route:" in e["text"] and "112" in e["text"] for e in signals)
    texts = " ".join(e["text"] for e in signals)
    assert "113" in texts and "Veilig Thuis" in texts


def test_intake_is_short_and_covers_the_call() -> None:
    steps = _steps("telefonische-intake")
    assert len(steps) <= 12
    slots = _load("telefonische-intake")["slots"]
    assert {"beller", "hulpvraag", "urgentie", "gevaar", "domeinen", "vervolg"} <= set(slots)
    assert len(slots["beller"]["options"]) == 3
    assert any(e["type"] == "agreement" for s in steps.values() for e in s.get("effects", []))


@pytest.mark.parametrize("name", SHIPPED)
def test_language_analysis_finds_no_warned_or_judging_questions(name: str) -> None:
    from assistant.nlp import get_analyzer

    analyzer = get_analyzer()
    for step in _steps(name).values():
        for text in [step["prompt"], *step.get("phrasings", [])]:
            question = analyzer.question(text.replace("{focus}", "financiën"))
            assert not question.warned_phrase, (step["id"], text)
            assert not question.judging, (step["id"], text)
            assert not (question.yes_but or question.no_because), (step["id"], text)
            if step["phase"] not in ("voorzieningen", "levensdomeinen"):
                assert not question.advice, (step["id"], text)
