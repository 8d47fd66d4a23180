"""Dialog preview (for trainers): one dialog or persona file, its problems, and a try-out.

The file is checked and linted in a thread worker, and its located problems are shown
at the top (errors and warnings, as ``assistant dialogs check`` prints them); a
problem of the step being played is repeated right under that step. The trainer can
play the dialog (or talk to the persona) below. Every :attr:`poll_interval` seconds the
file's modification time is compared, and a changed file is loaded again, so a trainer
can edit it side by side and see the effect without restarting the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, WorkerState

from assistant.authoring.catalog import FileStatus, file_status
from assistant.authoring.lint import QuestionAnalyzer
from assistant.engine import Session, SessionError
from assistant.engine.player import describe, feed
from assistant.errors import Problem
from assistant.practice import PracticeSession

STYLES = Path(__file__).resolve().parent.parent / "styles"


class DialogPreviewScreen(Screen[None]):
    """Shows one trainer file with its check and lint problems, and lets it be played."""

    CSS_PATH = STYLES / "dialog_preview.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Terug", tooltip="Terug naar de lijst."),
        Binding(
            "ctrl+r", "restart", "Opnieuw", tooltip="Speel het bestand opnieuw vanaf het begin."
        ),
        Binding("ctrl+z", "step_back", "Stap terug", tooltip="Zet de vorige stap terug."),
    ]

    def __init__(self, path: str | Path, analyzer: Any = None, poll_interval: float = 1.0) -> None:
        super().__init__()
        self.path = Path(path)
        self.poll_interval = poll_interval
        self._analyzer = analyzer
        self._stamp: tuple[float, int] | None = None
        self.preview: FileStatus | None = None
        self._session: Session | None = None
        self._practice: PracticeSession | None = None
        self._log: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="⌂")
        yield Static("Bezig met controleren…", id="preview-status")
        with VerticalScroll(id="preview-problems"):
            yield Static("", id="preview-problem-list")
        with VerticalScroll(id="preview-play"):
            yield Static("", id="preview-step")
            yield Static("", id="preview-step-problems")
            yield Static("", id="preview-log")
        yield Input(placeholder="Uw antwoord of vraag; Enter = verder", id="preview-input")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Voorbeeld: {self.path.name}"
        self._stamp = self._file_stamp()
        self.reload()
        self.set_interval(self.poll_interval, self._poll)

    # -- loading ---------------------------------------------------------------------
    def _file_stamp(self) -> tuple[float, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime, stat.st_size)

    def _poll(self) -> None:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            self.reload()
            self.notify("Het bestand is veranderd en opnieuw geladen.", title="Opnieuw geladen")

    def reload(self) -> None:
        """Check and lint the file again, in a thread (spaCy may still be loading)."""
        self.run_worker(self._check, thread=True, exclusive=True, group="preview")

    def _check(self) -> FileStatus:
        return file_status(self.path, self._question_analyzer())

    def _question_analyzer(self) -> QuestionAnalyzer | None:
        return self._analyzer or getattr(self.app, "analyzer", None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "preview" and event.state == WorkerState.SUCCESS:
            result = event.worker.result
            if isinstance(result, FileStatus):
                self._show(result)

    # -- showing ---------------------------------------------------------------------
    def _show(self, preview: FileStatus) -> None:
        self.preview = preview
        source = preview.source
        errors, warnings = len(source.problems), len(preview.warnings)
        if errors:
            status = f"[b red]{errors} fout(en)[/]: het bestand werkt zo niet."
        elif warnings:
            status = f"[b yellow]In orde, met {warnings} waarschuwing(en)[/] over de methode."
        else:
            status = "[b green]In orde[/]: geen fouten en geen waarschuwingen."
        self.query_one("#preview-status", Static).update(f"{escape(source.path)}  {status}")
        lines = [self._problem_line(problem) for problem in preview.problems]
        self.query_one("#preview-problem-list", Static).update("\n".join(lines))
        self.query_one("#preview-problems").display = bool(lines)
        self.action_restart()

    @staticmethod
    def _problem_line(problem: Problem) -> str:
        colour = "red" if problem.severity == "fout" else "yellow"
        return f"[{colour}]{escape(problem.render())}[/]"

    def action_restart(self) -> None:
        """Start playing the file from the beginning."""
        source = self.preview.source if self.preview else None
        self._session = Session(source.dialog) if source and source.dialog else None
        self._practice = None
        self._log = []
        if source is not None and source.persona is not None:
            self._practice = PracticeSession(source.persona, self._practice_analyzer())
            self._log = [f"Cliënt: {self._practice.opening}"]
        self._refresh_play()

    def _practice_analyzer(self) -> Any:
        return getattr(self.app, "analyzer", None) or self._analyzer

    def action_step_back(self) -> None:
        if self._session is not None and self._session.can_back:
            self._session.back()
            self._refresh_play()

    def _refresh_play(self, message: str = "") -> None:
        step_text, step_problems = "", ""
        if self._session is not None:
            session = self._session
            if session.finished:
                step_text = "Het gesprek is afgelopen. Ctrl+R speelt het opnieuw."
            else:
                step_text = "\n".join(escape(line) for line in describe(session))
                here = self._step_problems(session.current.id)
                step_problems = "\n".join(self._problem_line(p) for p in here)
        elif self._practice is None:
            step_text = "Los eerst de fouten op; dan kunt u het bestand hier uitproberen."
        self.query_one("#preview-step", Static).update(step_text)
        problems = self.query_one("#preview-step-problems", Static)
        problems.update(step_problems)
        problems.display = bool(step_problems)
        log = [*self._log, *([f"[red]{escape(message)}[/]"] if message else [])]
        self.query_one("#preview-log", Static).update("\n".join(log[-20:]))

    def _step_problems(self, step_id: str) -> list[Problem]:
        return [p for p in (self.preview.problems if self.preview else []) if p.where == step_id]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.value = ""
        if self._session is not None:
            try:
                feed(self._session, text)
            except SessionError as exc:
                self._refresh_play(exc.message)
                return
            self._log = [f"> {escape(text)}"] if text.strip() else []
            self._refresh_play()
        elif self._practice is not None and text.strip():
            turn = self._practice.ask(text)
            self._log += [f"U: {escape(text)}", f"Cliënt: {escape(turn.reply)}"]
            self._refresh_play()
