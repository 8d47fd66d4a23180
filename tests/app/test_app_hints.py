"""Danger hints of the learned model: a gentle toast for the worker, never a signal."""

from __future__ import annotations

import re

import pytest

from assistant.app.services.hints import HINT_TITLE, hint_message
from assistant.app.widgets.conversation.safety_banner import SafetyBanner
from assistant.knowledge.vocabulary import SIGNAL_KINDS
from assistant.nlp.models import DangerHint, Evidence, SafetySignal, UtteranceAnalysis


def hint(kind: str = "violence", *words: str) -> DangerHint:
    evidence = [
        Evidence(start=0, end=len(w), text=w, term=w, label=kind, source="model")
        for w in (words or ("bang",))
    ]
    return DangerHint(kind=kind, probability=0.7, evidence=evidence)  # type: ignore[arg-type]


class FakeAnalyzer:
    """Answers every text with the same analysis, without loading spaCy."""

    def __init__(self, analysis: UtteranceAnalysis) -> None:
        self.analysis = analysis

    def analyze(self, text: str) -> UtteranceAnalysis:
        return self.analysis


HINTED = UtteranceAnalysis(needs=[], signals=[], hints=[hint("violence", "bang")])


# -- the message ---------------------------------------------------------------------


def test_violence_hint_quotes_the_words_and_asks_about_safety_at_home() -> None:
    title, message = hint_message(hint("violence", "bang", "schreeuwt"))
    assert title == "Misschien een signaal"
    assert '("bang, schreeuwt")' in message
    assert "geweld of onveiligheid" in message
    assert '"Hoe veilig voelt u zich thuis?"' in message


def test_suicide_hint_asks_openly_about_death() -> None:
    _title, message = hint_message(hint("suicide_risk", "moe", "op"))
    assert '("moe, op")' in message
    assert "niet meer willen leven" in message
    assert '"Denkt u weleens aan de dood?"' in message


@pytest.mark.parametrize("kind", SIGNAL_KINDS)
def test_every_kind_has_a_calm_open_question_and_no_route(kind: str) -> None:
    _title, message = hint_message(hint(kind, "bang"))
    assert "Vraag rustig door" in message
    question = message.rsplit("bijvoorbeeld:", 1)[1]
    assert question.strip().endswith('?"')
    assert not re.search(r"\d", message), "a hint is no signal: no phone numbers or route"
    assert "bel" not in message.lower().split()


def test_words_are_quoted_once_and_at_most_three() -> None:
    _title, message = hint_message(hint("violence", "bang", "bang", "slaat", "deur", "dicht"))
    assert '("bang, slaat, deur")' in message


def test_hint_without_words_still_reads_well() -> None:
    empty = DangerHint(kind="violence", probability=0.6, evidence=[])
    _title, message = hint_message(empty)
    assert message.startswith("Wat de cliënt zegt lijkt op")
    assert "()" not in message


# -- in the conversation -------------------------------------------------------------


async def to_first_free_text(pilot, ui, analysis: UtteranceAnalysis) -> None:  # type: ignore[no-untyped-def]
    await ui.start_conversation(pilot)
    await pilot.press("enter", "1")
    await pilot.pause()
    pilot.app.analyzer = FakeAnalyzer(analysis)


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the typing pause pass and the analysis workers report back."""
    await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def hint_toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications if n.title == HINT_TITLE]


async def test_hint_shows_a_toast_once_per_step_and_is_not_recorded(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui, HINTED)
        answered = ui.step_id(pilot)
        app.screen.query_one("#answer-text").value = "ik ben bang"
        await settle(pilot)
        assert hint_toasts(app) == [], "no toast while the worker is still typing"
        await pilot.press("enter")
        await settle(pilot)
        toasts = hint_toasts(app)
        assert len(toasts) == 1
        assert '("bang")' in toasts[0] and "Hoe veilig voelt u zich thuis?" in toasts[0]
        notification = next(n for n in app._notifications if n.title == HINT_TITLE)
        assert notification.severity == "warning" and notification.timeout == 15
        conversation = app.screen.conversation
        assert conversation.session.signals == []
        assert not app.screen.query_one(SafetyBanner).display
        saved = str(conversation.record.engine) + str(conversation.record.plan)
        assert HINT_TITLE not in saved and "probability" not in saved

        await pilot.press("ctrl+z")  # back, and give the same answer again: same step
        await pilot.pause()
        assert ui.step_id(pilot) == answered
        await ui.answer_text(pilot, "ik ben nog steeds bang")
        await settle(pilot)
        assert len(hint_toasts(app)) == 1
        assert conversation.session.signals == []


async def test_no_hint_toast_for_a_kind_with_an_open_signal(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui, HINTED)
        app.screen.conversation.session.raise_signal("violence", text="hij slaat")
        await ui.answer_text(pilot, "ik ben bang")
        await settle(pilot)
        assert hint_toasts(app) == []
        assert [s.kind for s in app.screen.conversation.session.signals] == ["violence"]


async def test_no_hint_toast_when_the_same_analysis_has_the_signal(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    signal = SafetySignal(kind="violence", route="bel Veilig Thuis", phones=[], evidence=[])
    both = UtteranceAnalysis(needs=[], signals=[signal], hints=[hint("violence", "bang")])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui, both)
        await ui.answer_text(pilot, "hij slaat me, ik ben bang")
        await settle(pilot)
        assert hint_toasts(app) == []
        assert app.screen.query_one(SafetyBanner).display


async def test_other_kind_still_shows_next_to_a_signal(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    analysis = UtteranceAnalysis(
        needs=[], signals=[], hints=[hint("violence", "bang"), hint("suicide_risk", "op")]
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui, analysis)
        app.screen.conversation.session.raise_signal("violence", text="hij slaat")
        await ui.answer_text(pilot, "ik ben bang en op")
        await settle(pilot)
        toasts = hint_toasts(app)
        assert len(toasts) == 1 and "Denkt u weleens aan de dood?" in toasts[0]
