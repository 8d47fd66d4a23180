"""One answer widget per answer kind; each posts :class:`AnswerSubmitted` with its value.

The widgets know nothing about the engine: the conversation screen gives them an
:class:`AnswerSpec` (kind, options, domain, fields) and passes the value on. The value
types follow the engine: text -> str, choice -> str, yesno -> bool, score -> int,
domains -> list of slugs, list -> list of entries (field -> text), none -> None.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Button, Input, SelectionList, Static

from assistant.app.services.views import AnswerSpec
from assistant.app.texts import domain_choices
from assistant.app.widgets.conversation.answer_base import (
    AnswerBox,
    AnswerSubmitted,
    TextTyped,
)
from assistant.app.widgets.conversation.answer_options import (
    ChoiceAnswer,
    ScoreAnswer,
    YesNoAnswer,
)

__all__ = ["AnswerBox", "AnswerSubmitted", "TextTyped", "answer_widget"]


class TextAnswer(AnswerBox):
    hint = "Typ wat de cliënt zegt (in eigen woorden) en druk op Enter."

    def compose(self) -> ComposeResult:
        yield self.hint_widget()
        yield Input(placeholder="Antwoord", id="answer-text")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(TextTyped(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(event.value.strip()))


class DomainsAnswer(AnswerBox):
    hint = "Spatie zet een domein aan of uit; Tab en Enter op 'Verder'."

    def compose(self) -> ComposeResult:
        yield self.hint_widget()
        yield SelectionList[str](*domain_choices(), id="answer-domains")
        yield Button("Verder", id="answer-done", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        chosen = list(self.query_one(SelectionList).selected)
        self.post_message(AnswerSubmitted(chosen))


class ListAnswer(AnswerBox):
    hint = "Enter in het laatste veld voegt toe. Enter in een leeg eerste veld: klaar."

    def compose(self) -> ComposeResult:
        self.entries: list[dict[str, str]] = []
        yield self.hint_widget()
        yield Static("", id="answer-entries", classes="muted")
        for name in self.spec.fields:
            yield Input(placeholder=name, classes="answer-field", name=name)
        yield Button("Klaar", id="answer-done", compact=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        if event.input is inputs[0] and not event.value.strip():
            self._done()
        elif event.input is not inputs[-1]:
            inputs[inputs.index(event.input) + 1].focus()
        else:
            self.entries.append({str(i.name): i.value.strip() for i in inputs})
            for field_input in inputs:
                field_input.value = ""
            inputs[0].focus()
            lines = [" · ".join(v for v in e.values() if v) for e in self.entries]
            self.query_one("#answer-entries", Static).update("\n".join(f"+ {t}" for t in lines))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._done()

    def _done(self) -> None:
        self.post_message(AnswerSubmitted(list(self.entries)))


class NoAnswer(AnswerBox):
    hint = "Geen antwoord nodig."

    def compose(self) -> ComposeResult:
        yield self.hint_widget()
        yield Button("Verder  (Enter)", id="answer-done", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(None))


WIDGETS: dict[str, type[AnswerBox]] = {
    "text": TextAnswer,
    "choice": ChoiceAnswer,
    "yesno": YesNoAnswer,
    "score": ScoreAnswer,
    "domains": DomainsAnswer,
    "list": ListAnswer,
    "none": NoAnswer,
}


def answer_widget(spec: AnswerSpec) -> AnswerBox:
    """The widget for a step's answer kind."""
    return WIDGETS[spec.kind](spec)
