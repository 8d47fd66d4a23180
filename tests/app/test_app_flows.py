"""Main flows of the worker app, driven with Textual's pilot like a worker would."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from assistant.app.screens.conversation import ConversationScreen
from assistant.app.screens.socialmap import SocialMapScreen
from assistant.app.screens.start import StartScreen
from assistant.app.widgets.conversation.safety_banner import SafetyBanner


async def to_safety_question(pilot, ui) -> None:  # type: ignore[no-untyped-def]
    """Walk the keukentafelgesprek up to 'wat voor gevaar speelt er?'."""
    await ui.start_conversation(pilot)
    await pilot.press("enter")  # welkom
    await pilot.press("1")  # toestemming: ja
    await pilot.pause()
    await ui.answer_text(pilot, "")  # aanwezigen (optional)
    await ui.answer_text(pilot, "")  # huishouden (optional)
    await ui.answer_text(pilot, "Ik kom er niet meer uit met de rekeningen.")
    await ui.answer_text(pilot, "")  # verwachting (optional)
    await pilot.press("1")  # urgentie
    await pilot.pause()
    await pilot.press("1")  # veiligheid: ja, er speelt gevaar
    await pilot.pause()


async def test_start_screen_offers_the_main_actions(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen)
        menu = app.screen.query_one("#start-menu", OptionList)
        assert app.focused is menu
        labels = [str(menu.get_option_at_index(i).prompt) for i in range(menu.option_count)]
        assert labels[0] == "Nieuw gesprek"
        assert "Gesprek hervatten" in labels
        await app.wait_until_loaded()
        await pilot.pause()
        assert app.status["map"] == "klaar"


async def test_answering_steps_and_going_back(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.start_conversation(pilot)
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.sub_title == "Gesprek wijk Noord 3"
        assert ui.step_id(pilot) == "welkom"
        await pilot.press("enter")
        await pilot.pause()
        assert ui.step_id(pilot) == "toestemming"
        await pilot.press("1")
        await pilot.pause()
        assert ui.step_id(pilot) == "aanwezigen"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert ui.step_id(pilot) == "toestemming"


async def test_required_answer_is_refused_in_dutch(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.start_conversation(pilot)
        await pilot.press("enter", "1")
        await ui.answer_text(pilot, "")
        await ui.answer_text(pilot, "")
        assert ui.step_id(pilot) == "aanleiding"
        await ui.answer_text(pilot, "")
        assert ui.step_id(pilot) == "aanleiding"
        messages = [n.message for n in app._notifications]
        assert any("antwoord nodig" in m for m in messages)


async def test_safety_banner_appears_at_once_and_stays_until_acknowledged(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await to_safety_question(pilot, ui)
        assert ui.step_id(pilot) == "gevaar_soort"
        banner = app.screen.query_one(SafetyBanner)
        assert not banner.display
        await pilot.press("1")  # gedachten aan zelfdoding
        await pilot.pause()
        assert banner.display
        text = str(banner.query_one("#banner-text").render())
        assert "0800-0113" in text and "112" in text
        await ui.answer_text(pilot, "Afspraak: vanavond belt zijn zus.")
        assert banner.display, "the banner stays while the conversation goes on"
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not banner.display
        assert app.screen.conversation.session.signals, "the signal stays in the session"


async def test_f2_opens_social_map_and_escape_returns_to_same_step(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.start_conversation(pilot)
        await pilot.press("enter", "1")
        await pilot.pause()
        answer = app.screen.query_one("#answer-text", Input)
        answer.value = "mijn zoon en"
        step = ui.step_id(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SocialMapScreen)
        search = app.screen.query_one("#map-search", Input)
        assert app.focused is search
        await pilot.press(*"schuldhulp")
        await pilot.pause()
        results = app.screen.query_one("#map-results", OptionList)
        assert results.option_count > 0
        top = [str(results.get_option_at_index(i).prompt).lower() for i in range(5)]
        assert any("schuld" in name for name in top)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert ui.step_id(pilot) == step
        assert app.focused is answer and answer.value == "mijn zoon en"


async def test_quit_and_resume_the_same_session(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.start_conversation(pilot, label="Huisbezoek dinsdag")
        await pilot.press("enter", "1")
        await ui.answer_text(pilot, "Ik en mijn dochter.")
        assert ui.step_id(pilot) == "huishouden"
        await pilot.press("ctrl+q")
    second = make_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        listing = second.screen.query_one("#sessions-list", OptionList)
        assert "Huisbezoek dinsdag" in str(listing.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(second.screen, ConversationScreen)
        assert ui.step_id(pilot) == "huishouden"
        history = second.screen.conversation.session.state.history
        assert [entry.answer for entry in history][-1] == "Ik en mijn dochter."


async def test_delete_session_for_good(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.start_conversation(pilot, label="Weg ermee")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert app.open_store().list() == []


async def test_database_is_readable_by_the_worker_only(make_app, ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.start_conversation(pilot)
    database = next((tmp_path / "data").glob("*.sqlite3"))
    assert database.stat().st_mode & 0o777 == 0o600


async def test_notes_and_skip_with_reason_are_saved(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import TextArea

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.start_conversation(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Terugbellen na 14 uur."
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#ask-text", Input).value = "Kennismaking was al telefonisch"
        await pilot.press("enter")
        await pilot.pause()
        assert ui.step_id(pilot) == "toestemming"
        conversation = app.screen.conversation
        record = app.open_store().load(conversation.record.id)
        assert record.notes == "Terugbellen na 14 uur."
        assert record.engine["state"]["history"][-1]["reason"] == "Kennismaking was al telefonisch"


async def test_start_screen_works_while_map_and_language_still_load(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import assistant.app.app as app_module

    release = threading.Event()
    real_loader = app_module.load_social_map

    def slow_loader(path):  # type: ignore[no-untyped-def]
        release.wait(timeout=30)
        return real_loader(path)

    monkeypatch.setattr(app_module, "load_social_map", slow_loader)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.status["map"] == "laden"
        assert "wordt geladen" in str(app.screen.query_one("#start-status").render())
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#new-dialogs", OptionList).option_count >= 2
        await pilot.press("escape", "f2")
        await pilot.pause()
        results = app.screen.query_one("#map-results", OptionList)
        assert "wordt nog geladen" in str(results.get_option_at_index(0).prompt)
        release.set()
        await app.wait_until_loaded()
        await pilot.pause()
        await pilot.press(*"voedselbank")
        assert results.option_count > 1
