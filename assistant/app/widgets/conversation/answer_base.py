"""The base of every answer widget and the messages they post to the conversation."""

from __future__ import annotations

from typing import Any

from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from assistant.app.services.views import AnswerSpec


class AnswerSubmitted(Message):
    """The worker gave an answer (``value``) for the current step."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value


class TextTyped(Message):
    """The worker typed in a free-text answer; used for live analysis."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class AnswerBox(Vertical):
    """Base: a hint line and the input; ``input_widget`` is where the cursor goes."""

    hint = ""

    def __init__(self, spec: AnswerSpec) -> None:
        super().__init__(classes="answer-box")
        self.spec = spec

    def hint_widget(self) -> Static:
        return Static(self.hint, classes="answer-hint muted")

    def input_widget(self) -> Widget:
        """The field the cursor goes to when the step is shown."""
        return self.query("Input, OptionList, SelectionList, Button").first()
