"""The dialog preview screen: problems shown inline, play a dialog, live reload on change."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from assistant.app.screens.dialog_preview import DialogPreviewScreen

FIXTURES = Path(__file__).resolve().parents[1] / "authoring" / "fixtures"


@dataclass(frozen=True)
class Style:
    kind: str = "open"
    yes_but: bool = False
    no_because: bool = False
    warned_phrase: bool = False


class OpenAnalyzer:
    """Every question counts as open: keeps this test about the screen, not about spaCy."""

    def question(self, text: str) -> Style:
        return Style()


class PreviewApp(App[None]):
    def __init__(self, path: Path, analyzer: object = None) -> None:
        super().__init__()
        self.path = path
        self.question_analyzer = analyzer or OpenAnalyzer()

    def on_mount(self) -> None:
        self.push_screen(DialogPreviewScreen(self.path, self.question_analyzer, poll_interval=0.05))


def text_of(app: App[None], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def settle(
    pilot: Pilot[None], app: App[None], until: str = "", where: str = "#preview-status"
) -> None:
    """Let the poll timer and the check worker run; wait (max. 20 s) until ``until`` shows."""
    for _ in range(200):
        await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = text_of(app, where)
        if "Bezig" not in shown and until in shown:
            return


async def test_preview_plays_and_reloads_when_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "mijn-dialoog.toml"
    shutil.copy(FIXTURES / "goed.toml", path)
    app = PreviewApp(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot, app)
        assert "In orde" in text_of(app, "#preview-status")
        assert "Waar wilt u het vandaag over hebben?" in text_of(app, "#preview-step")

        await pilot.click("#preview-input")
        await pilot.press(*"Ik heb schulden", "enter")
        await pilot.pause()
        assert "Wat zou er anders zijn" in text_of(app, "#preview-step")

        # The trainer adds a maatwerk route straight after the scan, in their editor.
        changed = (FIXTURES / "volgorde.toml").read_text(encoding="utf-8")
        path.write_text(changed, encoding="utf-8")
        stamp = path.stat().st_mtime + 5
        os.utime(path, (stamp, stamp))
        await settle(pilot, app, "1 waarschuwing")

        problems = text_of(app, "#preview-problem-list")
        assert f"{path}:36: maatwerk: waarschuwing:" in problems
        assert "[kader-volgorde]" in problems
        assert "1 waarschuwing" in text_of(app, "#preview-status")
        assert "Waar wilt u het vandaag over hebben?" in text_of(app, "#preview-step")

        # A broken file shows its located error instead of crashing.
        path.write_text(
            changed.replace(
                'next = "zelf"\n\n[[steps]]\nid = "zelf"', 'next = "zelv"\n\n[[steps]]\nid = "zelf"'
            ),
            encoding="utf-8",
        )
        os.utime(path, (stamp + 5, stamp + 5))
        await settle(pilot, app, "fout")
        assert "fout" in text_of(app, "#preview-status")
        assert "onbekende stap 'zelv'" in text_of(app, "#preview-problem-list")
        assert "Los eerst de fouten op" in text_of(app, "#preview-step")


async def test_step_warnings_show_under_the_step(tmp_path: Path) -> None:
    path = tmp_path / "lang.toml"
    text = (FIXTURES / "goed.toml").read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "Waar wilt u het vandaag over hebben?", "Waar wilt u het indien mogelijk over hebben?"
        ),
        encoding="utf-8",
    )
    app = PreviewApp(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot, app)
        assert "formeel woord 'indien'" in text_of(app, "#preview-step-problems")


@dataclass(frozen=True)
class Question:
    kind: str = "open"
    yes_but: bool = False
    no_because: bool = False
    advice: bool = False
    judging: bool = False
    warned_phrase: bool = False
    frames: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


class PracticeAnalyzer:
    """Open questions about nothing in particular: the persona's keywords do the work."""

    def question(self, text: str) -> Question:
        return Question()

    def needs(self, text: str) -> list[object]:
        return []


async def test_persona_can_be_talked_to(tmp_path: Path) -> None:
    path = tmp_path / "ans.toml"
    shutil.copy(FIXTURES / "persona.toml", path)

    app = PreviewApp(path, PracticeAnalyzer())
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot, app)
        assert "In orde" in text_of(app, "#preview-status")
        assert "Ik wil een rollator." in text_of(app, "#preview-log")
        await pilot.click("#preview-input")
        await pilot.press(*"Hoe gaat het met lopen?", "enter")
        await pilot.pause()
        assert "Ik ben bang dat ik weer ga vallen." in text_of(app, "#preview-log")
