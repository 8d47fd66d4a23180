"""Language analysis in the conversation: domains light up, signals show at once."""

from __future__ import annotations

from textual.widgets import Input

from assistant.app.widgets.conversation.domain_panel import DomainPanel
from assistant.app.widgets.conversation.safety_banner import SafetyBanner


async def to_first_free_text(pilot, ui) -> None:  # type: ignore[no-untyped-def]
    await ui.start_conversation(pilot)
    await pilot.press("enter", "1")
    await pilot.pause()


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the typing pause pass and the analysis worker report back."""
    await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_domain_lights_up_while_typing_and_becomes_a_need(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app(language=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui)
        assert app.analyzer is not None
        await pilot.press(*"schulden")
        await settle(pilot)
        panel = app.screen.query_one(DomainPanel)
        assert "financien" in panel.state.recognised
        assert "◐" in str(panel.render())
        await pilot.press("enter")
        await settle(pilot)
        needs = [need.domain for need in app.screen.conversation.session.needs]
        assert needs == ["financien"]
        assert "financien" in panel.state.needs


async def test_signal_in_free_text_shows_banner_before_enter(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app(language=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui)
        app.screen.query_one("#answer-text", Input).value = "ik zie het niet meer zitten"
        await settle(pilot)
        banner = app.screen.query_one(SafetyBanner)
        assert banner.display
        assert "113" in str(banner.query_one("#banner-text").render())
        kinds = [s.kind for s in app.screen.conversation.session.signals]
        assert kinds == ["suicide_risk"]


async def test_app_keeps_working_when_language_analysis_fails(make_app, ui, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.nlp

    def broken() -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(assistant.nlp, "get_analyzer", broken)
    app = make_app(language=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await to_first_free_text(pilot, ui)
        assert app.status["language"] == "mislukt"
        messages = " ".join(n.message for n in app._notifications)
        assert "taalanalyse" in messages.lower() and "werkt verder" in messages
        await ui.answer_text(pilot, "schulden")
        assert ui.step_id(pilot) == "huishouden"
