"""Provisions per need, picking one for the plan, and exporting the plan van aanpak."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, SelectionList

from assistant.app.screens.plan import PlanScreen
from assistant.app.screens.provisions import ProvisionsScreen


async def until(pilot, condition) -> None:  # type: ignore[no-untyped-def]
    """Give screen changes (mounts after a modal closes) time under a busy machine."""
    for _ in range(40):
        if condition():
            return
        await pilot.pause(0.05)


async def conversation_with_need(pilot, ui) -> None:  # type: ignore[no-untyped-def]
    """A conversation with a need on financien (as language analysis would add it)."""
    await ui.start_conversation(pilot, label="Gesprek wijk Noord 3")
    pilot.app.screen.conversation.session.add_need("financien", "schulden bij de energie")
    pilot.app.screen.refresh_panels()


async def test_provisions_wait_for_eigen_kracht_and_netwerk(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_with_need(pilot, ui)
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, ProvisionsScreen)
        assert not app.screen.query(SelectionList)
        text = " ".join(str(w.render()) for w in app.screen.query(".need-blocked"))
        assert "eigen kracht" in text and "sociaal netwerk" in text


async def test_pick_provision_and_export_plan(make_app, ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_with_need(pilot, ui)
        await pilot.press("f3")
        await until(pilot, lambda: app.focused is not None and app.focused.id != "answer-text")
        await pilot.press("enter")  # 'Overslaan met reden…'
        await until(pilot, lambda: bool(app.screen.query("#ask-text")))
        app.screen.query_one("#ask-text", Input).value = "Client heeft al alles geprobeerd"
        await pilot.press("enter")
        await until(pilot, lambda: len(app.screen.query(SelectionList)) == 2)
        await until(
            pilot,
            lambda: isinstance(app.focused, SelectionList) and app.focused.highlighted == 0,
        )
        lists = app.screen.query(SelectionList)
        assert len(lists) == 2, "voorliggend and aanvullend"
        first = lists.first()
        name = str(first.get_option_at_index(0).prompt).split(" — ")[0]
        await pilot.press("space")
        await pilot.pause()
        chosen = app.screen.conversation.plan.chosen
        assert [c.domain for c in chosen] == ["financien"]
        await pilot.press("escape", "f4")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#export-folder", Input).value = str(tmp_path / "export")
        await pilot.press("enter")
        await pilot.pause()
        markdown = next((tmp_path / "export").glob("*.md")).read_text(encoding="utf-8")
        assert "Gesprek wijk Noord 3" in markdown
        assert "schulden bij de energie" in markdown
        assert chosen[0].name in markdown and name.startswith(chosen[0].name[:5])
        assert "Client heeft al alles geprobeerd" in markdown
        assert sorted(p.suffix for p in (tmp_path / "export").iterdir()) == [".json", ".md", ".txt"]


async def test_plan_edits_are_kept_after_resume(make_app, ui) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_with_need(pilot, ui)
        await pilot.press("f4")
        await pilot.pause()
        doel = next(i for i in app.screen.query(Input) if i.name == "financien.doel")
        doel.value = "Over een half jaar geen nieuwe schulden."
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("ctrl+q")
    second = make_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        plan = second.screen.conversation.plan
        assert plan.domain("financien").doel == "Over een half jaar geen nieuwe schulden."
