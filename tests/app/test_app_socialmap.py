"""The social map screen: search as you type, filters, details, clipboard, palette."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import OptionList

from assistant.app.screens.socialmap import SocialMapScreen
from assistant.app.widgets.socialmap.detail import ProvisionDetail, detail_markup


async def open_map(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.wait_until_loaded()
    await pilot.press("f2")
    await pilot.pause()


def names(screen: SocialMapScreen) -> list[str]:
    results = screen.query_one("#map-results", OptionList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


async def test_results_update_on_every_keystroke(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_map(pilot)
        seen = []
        for key in "voedsel":
            await pilot.press(key)
            seen.append(names(app.screen)[:3])
        assert any("Voedselbank" in name for name in seen[-1])
        assert len({tuple(s) for s in seen}) > 1, "the list changes while typing"


async def test_domain_filter_limits_results(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_map(pilot)
        screen = app.screen
        assert isinstance(screen, SocialMapScreen)
        screen.query_one("#filter-domain").value = "verslaving"  # type: ignore[attr-defined]
        await pilot.pause()
        for hit in screen._hits:
            assert "verslaving" in hit.provision.domains


async def test_copy_phone_to_clipboard(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_map(pilot)
        await pilot.press(*"113")
        await pilot.pause()
        provision = app.screen._current()
        assert provision is not None and provision.phone
        await pilot.press("ctrl+t")
        assert app.clipboard == provision.phone


async def test_command_palette_finds_a_provision(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_until_loaded()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"voedselbank")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SocialMapScreen)
        detail = app.screen.query_one(ProvisionDetail)
        assert "Voedselbank" in str(detail.query_one("#map-detail-text").render())


def test_old_entries_are_marked_and_confidential_address_hidden() -> None:
    from socialmap import SocialMap

    provision = next(p for p in SocialMap.load() if p.last_verified)
    text = detail_markup(provision, "", provision.last_verified.replace(year=2000))  # type: ignore[union-attr]
    assert "Ouder dan 12 maanden" not in text
    text = detail_markup(provision, "", date(provision.last_verified.year + 2, 1, 1))  # type: ignore[union-attr]
    assert "Ouder dan 12 maanden" in text
    secret = provision.model_copy(
        update={"address": "Geheimstraat 1", "address_confidential": True}
    )
    assert "Geheimstraat" not in detail_markup(secret, "", date(2026, 1, 1))


async def test_search_box_keeps_working_without_a_map(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(map_path=tmp_path / "bestaat-niet.csv")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_map(pilot)
        await pilot.press(*"schuld")
        assert "niet beschikbaar" in names(app.screen)[0]
        messages = " ".join(n.message for n in app._notifications)
        assert "sociale kaart" in messages.lower()
