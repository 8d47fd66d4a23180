"""Pilot test of the practice screen: pick a persona, ask, conclude, see the score."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import App
from textual.widgets import ContentSwitcher, RichLog, Static

from assistant.app.screens.practice import PracticeScreen


@dataclass(frozen=True)
class _Question:
    kind: str = "open"
    yes_but: bool = False
    no_because: bool = False
    advice: bool = False
    judging: bool = False
    warned_phrase: bool = False
    frames: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)


class _Analyzer:
    """Every line is an open question about sociaal netwerk; no needs."""

    def question(self, text: str) -> _Question:
        return _Question(domains=["sociaal_netwerk"], frames=["netwerk"])

    def needs(self, text: str) -> list:
        return []


class _PracticeApp(App[None]):
    def __init__(self, screen: PracticeScreen) -> None:
        super().__init__()
        self.practice = screen

    def on_mount(self) -> None:
        self.push_screen(self.practice)


def _log_text(screen: PracticeScreen) -> str:
    log = screen.query_one("#practice-log", RichLog)
    return "\n".join(line.text for line in log.lines)


async def test_practice_round_trip_at_80x24(tmp_path):
    screen = PracticeScreen(analyzer=_Analyzer(), export_dir=tmp_path)
    app = _PracticeApp(screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        preview = str(screen.query_one("#practice-preview", Static).render())
        assert "jaar" in preview
        await pilot.press("enter")
        await pilot.pause()
        switcher = screen.query_one("#practice-switcher", ContentSwitcher)
        assert switcher.current == "practice-talk"
        assert screen.session is not None
        name = screen.session.persona.persona.name
        await pilot.press(*"Wie zijn er belangrijk voor u?")
        await pilot.press("enter")
        await pilot.pause()
        assert "U: Wie zijn er belangrijk voor u?" in _log_text(screen)
        assert f"{name}:" in _log_text(screen)
        await pilot.press("f5")
        await pilot.pause()
        assert switcher.current == "practice-finish"
        await pilot.press(*"Hulp bij geld", "enter", *"Samen verder praten", "enter")
        await pilot.pause()
        assert switcher.current == "practice-result"
        assert screen.feedback is not None
        score = str(screen.query_one("#practice-score", Static).render())
        assert f"Uw score: {screen.feedback.score} van de 100" in score
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.exported is not None and screen.exported.exists()
        assert "Feedback:" in screen.exported.read_text(encoding="utf-8")
        await pilot.press("escape")
        await pilot.pause()
        assert switcher.current == "practice-pick"


async def test_without_analyzer_loads_language_in_background():
    screen = PracticeScreen()
    app = _PracticeApp(screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#practice-switcher", ContentSwitcher).current == "practice-talk"
        await pilot.press(*"Hoe gaat het met u?", "enter")
        await pilot.pause()
        assert screen.session is not None and len(screen.session.turns) == 1
