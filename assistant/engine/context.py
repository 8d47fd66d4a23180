"""What a session shows and what its conditions see: slots, answer, focus, needs, texts.

The base of :class:`~assistant.engine.session.Session`, kept apart so the session
module stays about changing state. Implements the condition language's ``Context``.
"""

from __future__ import annotations

from typing import Any

from assistant.engine import needs
from assistant.engine.dialog import Dialog
from assistant.engine.format import SLOT_FOR_ANSWER, Step
from assistant.engine.names import domain_name
from assistant.engine.state import SessionState
from assistant.engine.templates import render
from assistant.engine.values import as_text, default


class SessionContext:
    """Read-only views on a session's state."""

    def __init__(self, dialog: Dialog) -> None:
        self.dialog = dialog
        self.state = SessionState(current=dialog.start.id, visited=[dialog.start.id])
        self._answer: Any = None
        """The answer being applied, while its effects and transitions run."""

    @property
    def current(self) -> Step:
        """The step to ask now (after the end: the end step)."""
        return self.dialog.step(self.state.current)

    def render(self, text: str, answer: Any = None) -> str:
        """``text`` with ``{answer}``, ``{answer.veld}``, ``{slot}`` and ``{focus}`` filled in."""

        def lookup(name: str) -> str:
            head, _, field = name.partition(".")
            if head == "answer":
                if field:
                    return str(answer.get(field, "")) if isinstance(answer, dict) else ""
                return as_text(answer) if answer is not None else ""
            if head == "focus":
                return domain_name(self.state.focus).lower() if self.state.focus else ""
            return as_text(self.slot_value(head))

        return render(text, lookup)

    @property
    def prompt(self) -> str:
        """The current step's prompt, filled in."""
        return self.render(self.current.prompt)

    @property
    def phrasings(self) -> list[str]:
        """The current step's suggested phrasings, filled in."""
        return [self.render(text) for text in self.current.phrasings]

    # -- what conditions see (assistant.engine.condition.Context) ----------------------
    def has_slot(self, name: str) -> bool:
        return name in self.dialog.slots

    def slot_value(self, name: str) -> Any:
        spec = self.dialog.slots.get(name)
        return self.state.slots.get(name, default(spec.type if spec else "text"))

    def slot_answered(self, name: str) -> bool:
        return name in self.state.slots

    def answer_value(self) -> Any:
        return self._answer if self._answer is not None else default(self._answer_type())

    def _answer_type(self) -> str:
        return SLOT_FOR_ANSWER.get(self.current.answer, "text")

    def focus_domain(self) -> str | None:
        return self.state.focus

    def score_of(self, domain: str) -> int:
        return self.state.scores.get(domain, 0)  # type: ignore[call-overload]

    def need_exists(self, domain: str) -> bool:
        return needs.find_need(self.state, domain) is not None

    def needs_total(self) -> int:
        return len(self.state.needs)

    def needs_open(self) -> int:
        return sum(1 for need in self.state.needs if needs.is_open(need))

    def signal_exists(self, kind: str | None) -> bool:
        return any(kind is None or signal.kind == kind for signal in self.state.signals)

    def frame_covered(self, frame: str) -> bool:
        need = needs.find_need(self.state, self.state.focus)
        return need is not None and frame in need.covered
