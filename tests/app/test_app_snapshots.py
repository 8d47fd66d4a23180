"""Snapshots of each main screen at 80x24 and 120x40.

Deterministic on purpose: a fixed 'today', fixed labels, a small fixed dialog and map
(``fixtures/``, so better wording in the shipped content does not break the pictures),
language analysis off (its status reads 'uitgeschakeld'), background workers finished
and notices cleared before the picture is taken. Update with
``pytest tests/app --snapshot-update`` after a deliberate change, and look at the report
before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

SIZES = [(80, 24), (120, 40)]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixed_app(make_app):  # type: ignore[no-untyped-def]
    """The app on the fixed test dialog and test map."""
    return lambda: make_app(dialogs_dir=FIXTURES / "dialogs", map_path=FIXTURES / "map")


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Workers done, notices gone, and a steady (non-blinking) cursor."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.clear_notifications()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def conversation_in_progress(pilot, ui) -> None:  # type: ignore[no-untyped-def]
    """Conversation at 'aanleiding' with one need, one score and one frame covered."""
    await ui.start_conversation(pilot, label="Gesprek wijk Noord 3")
    session = pilot.app.screen.conversation.session
    session.add_need("financien", "schulden bij de energie")
    session.set_focus("financien")
    session.state.scores["financien"] = 2
    session.skip_frame("financien", "eigen_kracht", "al besproken")
    pilot.app.screen.refresh_panels()
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
class TestStartScreen:
    """You should see the menu (Nieuw gesprek first, highlighted), the status box with
    'Sociale kaart: klaar' and 'Taalanalyse: uitgeschakeld', the motto and the footer."""

    def test_start(self, snap_compare, fixed_app, size) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(fixed_app(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
class TestConversationScreen:
    """You should see the phase 'Hulpvraag' as the box title, the prompt of 'aanleiding'
    with phrasings and a tip, a text field, Financiën marked as need with score 2 and
    the frames box 'Kaders · Financiën' with eigen kracht skipped."""

    def test_conversation(self, snap_compare, fixed_app, ui, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await conversation_in_progress(pilot, ui)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
class TestSafetyBanner:
    """You should see a red banner at the top: 'VEILIGHEID: Zorgen over zelfdoding',
    the route with 113 / 0800-0113 / 112 and the 'Ik heb het gezien (Ctrl+G)' button."""

    def test_banner(self, snap_compare, fixed_app, ui, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await conversation_in_progress(pilot, ui)
            pilot.app.screen.conversation.session.raise_signal("suicide_risk", "")
            for signal in pilot.app.screen.conversation.open_signals():
                pilot.app.screen._banner(signal)
            await settle(pilot)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
class TestSocialMapScreen:
    """You should see 'schuld' in the search box, the filters (Voorbeeldstad as area),
    a list of debt-related provisions and the details of the first one."""

    def test_social_map(self, snap_compare, fixed_app, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await settle(pilot)
            await pilot.press("f2", *"schuld")
            await settle(pilot)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
class TestProvisionsScreen:
    """You should see 'Financiën — schulden bij de energie', then a 'Voorliggend' list
    and an 'Aanvullend (maatwerk)' list, each provision with why it matches."""

    def test_provisions(self, snap_compare, fixed_app, ui, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await conversation_in_progress(pilot, ui)
            session = pilot.app.screen.conversation.session
            session.skip_frame("financien", "netwerk", "niemand in beeld")
            await pilot.press("f3")
            await settle(pilot)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
class TestPlanScreen:
    """You should see 'Plan van aanpak · Gesprek wijk Noord 3', the hulpvraag fields and
    a Financiën section with probleemstelling, doel, resultaat and the four frames."""

    def test_plan(self, snap_compare, fixed_app, ui, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await conversation_in_progress(pilot, ui)
            await pilot.press("f4")
            await settle(pilot)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
class TestHelpScreen:
    """You should see a table of every key: where it works, the key, what it does."""

    def test_help(self, snap_compare, fixed_app, size) -> None:  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            await settle(pilot)
            await pilot.press("f1")
            await settle(pilot)

        assert snap_compare(fixed_app(), terminal_size=size, run_before=before)
