"""Answers picked from a list: choice, yes/no and ZRM score (number keys pick directly)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.app.texts import level_name
from assistant.app.widgets.conversation.answer_base import AnswerBox, AnswerSubmitted


class _OptionAnswer(AnswerBox):
    """Options with number keys: 1-9 pick directly, Enter picks the highlighted one."""

    hint = "Kies met de pijltjes en Enter, of met het cijfer."

    def options(self) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        options = self.options()
        if self.spec.optional:
            options.append(("[dim]geen antwoord (overslaan)[/]", None))
        self._values = [value for _, value in options]
        yield self.hint_widget()
        labels = [f"{n}  {label}" for n, (label, _) in enumerate(options, start=1)]
        yield OptionList(*(Option(label) for label in labels), id="answer-options")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(self._values[event.option_index]))

    def on_key(self, event: Any) -> None:
        if event.character and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(self._values):
                event.stop()
                self.post_message(AnswerSubmitted(self._values[index]))


class ChoiceAnswer(_OptionAnswer):
    def options(self) -> list[tuple[str, Any]]:
        return [(option, option) for option in self.spec.options]


class YesNoAnswer(_OptionAnswer):
    hint = "Kies 1 (ja) of 2 (nee), of gebruik de pijltjes en Enter."

    def options(self) -> list[tuple[str, Any]]:
        return [("Ja", True), ("Nee", False)]


class ScoreAnswer(_OptionAnswer):
    hint = "ZRM-score: kies 1 tot en met 5."

    def options(self) -> list[tuple[str, Any]]:
        texts = self.spec.level_texts
        return [
            (f"{level_name(s)}" + (f" — {texts[s - 1]}" if len(texts) == 5 else ""), s)
            for s in range(1, 6)
        ]
