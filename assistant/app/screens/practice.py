"""Oefenen: talk to a simulated client, write the vraag achter de vraag, read feedback.

Four panes on one screen, all by keyboard: pick a persona (Enter), ask questions
(Enter), finish with F5 (the vraag achter de vraag and next steps), then read the
feedback and save it as Markdown with Ctrl+S. The simulation and scoring live in
``assistant.practice``; this screen only shows them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    ContentSwitcher,
    Footer,
    Header,
    Input,
    Label,
    Markdown,
    OptionList,
    RichLog,
    Static,
)
from textual.widgets.option_list import Option

from assistant.errors import KeukentafelError, os_reason
from assistant.practice import PERSONA_DIR, Feedback, Persona, PracticeSession, load_all
from assistant.practice.analysis import Analyzer, default_analyzer
from assistant.practice.markdown import export_markdown, feedback_markdown


class PracticeScreen(Screen[None]):
    """Practice the keukentafelgesprek with a simulated client."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Terug"),
        Binding("f5", "finish", "Afronden"),
        Binding("ctrl+s", "export", "Opslaan"),
    ]
    CSS_PATH = Path(__file__).resolve().parent.parent / "styles" / "practice.tcss"

    def __init__(
        self,
        analyzer: Analyzer | None = None,
        persona_dir: Path = PERSONA_DIR,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._analyzer = analyzer
        self.persona_dir = persona_dir
        self.export_dir = export_dir
        self.personas: list[Persona] = []
        self.session: PracticeSession | None = None
        self.feedback: Feedback | None = None
        self.exported: Path | None = None
        self._loading = False

    def compose(self) -> ComposeResult:
        error = self._load_personas()
        yield Header()
        with ContentSwitcher(initial="practice-pick", id="practice-switcher"):
            with Vertical(id="practice-pick"):
                yield Static("Kies een cliënt om mee te oefenen (Enter)", classes="box-title")
                yield OptionList(*self._options(), id="practice-personas")
                yield Static(error or "", id="practice-preview")
            with Vertical(id="practice-talk"):
                yield Static("", id="practice-client")
                yield RichLog(id="practice-log", wrap=True, markup=True, min_width=20)
                yield Input(placeholder="Stel uw vraag en druk op Enter", id="practice-question")
                yield Static("F5: gesprek afronden", classes="practice-help")
            with VerticalScroll(id="practice-finish"):
                yield Label("Wat is volgens u de vraag achter de vraag?")
                yield Input(id="practice-need")
                yield Label("Welke volgende stappen stelt u voor? (Enter: feedback)")
                yield Input(id="practice-steps")
            with VerticalScroll(id="practice-result"):
                yield Static("", id="practice-score")
                yield Markdown(id="practice-feedback")
                yield Static("Ctrl+S: opslaan als Markdown · Esc: opnieuw", classes="practice-help")
        yield Footer()

    def _load_personas(self) -> str | None:
        try:
            self.personas = load_all(self.persona_dir)
        except KeukentafelError as exc:
            return escape(exc.render())
        return None

    def _options(self) -> list[Option]:
        return [Option(f"{p.persona.title} ({p.persona.name})", id=p.id) for p in self.personas]

    def on_mount(self) -> None:
        self.sub_title = "Oefenen"
        self.query_one("#practice-personas", OptionList).focus()
        if self.personas:
            self._preview(self.personas[0])

    def _persona(self, persona_id: str | None) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)

    def _preview(self, persona: Persona) -> None:
        info = persona.persona
        text = f"[b]{escape(info.name)}[/b], {info.age} jaar\n\n{escape(info.aanmeldvraag)}"
        self.query_one("#practice-preview", Static).update(text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._preview(self._persona(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        persona = self._persona(event.option.id)
        analyzer = self._analyzer or getattr(self.app, "analyzer", None)
        if analyzer is not None:
            self._begin(persona, analyzer)
            return
        if self._loading:
            return
        self._loading = True
        self.query_one("#practice-preview", Static).update("Even geduld: de taal wordt geladen…")
        self.run_worker(lambda: self._load_then_begin(persona), thread=True)

    def _load_then_begin(self, persona: Persona) -> None:
        analyzer = default_analyzer()
        self.app.call_from_thread(self._begin, persona, analyzer)

    def _begin(self, persona: Persona, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._loading = False
        self.session = PracticeSession(persona, analyzer)
        self.feedback = None
        name = escape(persona.persona.name)
        self.query_one("#practice-client", Static).update(
            f"[b]{name}[/b], {persona.persona.age} jaar · {escape(persona.persona.mood)}"
        )
        log = self.query_one("#practice-log", RichLog)
        log.clear()
        log.write(f"[b]{name}:[/b] {escape(self.session.opening)}")
        self._show("practice-talk", "#practice-question")

    def _show(self, pane: str, focus: str) -> None:
        self.query_one("#practice-switcher", ContentSwitcher).current = pane
        self.query_one(focus).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if event.input.id == "practice-question" and text and self.session:
            turn = self.session.ask(text)
            name = escape(self.session.persona.persona.name)
            log = self.query_one("#practice-log", RichLog)
            log.write(f"[b]U:[/b] {escape(text)}")
            log.write(f"[b]{name}:[/b] {escape(turn.reply)}")
            event.input.value = ""
        elif event.input.id == "practice-need":
            self.query_one("#practice-steps", Input).focus()
        elif event.input.id == "practice-steps":
            self._conclude()

    def action_finish(self) -> None:
        """F5: stop asking and write the conclusion."""
        if self.session is not None and self.feedback is None:
            self._show("practice-finish", "#practice-need")

    def _conclude(self) -> None:
        if self.session is None:
            return
        need = self.query_one("#practice-need", Input).value.strip()
        steps = self.query_one("#practice-steps", Input).value.strip()
        self.session.conclude(f"{need} Volgende stappen: {steps}" if steps else need)
        self.feedback = self.session.feedback()
        score = f"Uw score: {self.feedback.score} van de 100"
        self.query_one("#practice-score", Static).update(score)
        self.query_one("#practice-feedback", Markdown).update(feedback_markdown(self.feedback))
        self._show("practice-result", "#practice-result")

    def action_export(self) -> None:
        """Ctrl+S: save the conversation and feedback as a Markdown file."""
        if self.session is None or self.feedback is None:
            return
        folder = self.export_dir or Path(
            getattr(getattr(self.app, "config", None), "documents_dir", Path.cwd())
        )
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path = folder / f"oefengesprek-{self.session.persona.id}-{stamp}.md"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(export_markdown(self.session, self.feedback), encoding="utf-8")
        except OSError as exc:
            self.notify(f"Opslaan lukte niet: {os_reason(exc)}", severity="error")
            return
        self.exported = path
        self.notify(f"Opgeslagen: {path}")

    def action_back(self) -> None:
        """Esc: one step back; from the persona list, leave the screen."""
        pane = self.query_one("#practice-switcher", ContentSwitcher).current
        if pane == "practice-finish":
            self._show("practice-talk", "#practice-question")
        elif pane in ("practice-talk", "practice-result"):
            if pane == "practice-talk":
                self.notify(
                    "Gesprek gestopt zonder feedback. Kies een cliënt om opnieuw te beginnen."
                )
            self.session, self.feedback = None, None
            self._show("practice-pick", "#practice-personas")
        else:
            self.app.pop_screen()
