"""A conversation in progress over one dialog: where we are, what was said, what follows.

Every change is an *action* (answer, skip, goto, or an event from the app) kept in a
log. The state is what replaying the log gives, so ``back()`` is exact (replay without
the last step) and a saved session restores exactly. Safety signals survive ``back()``.
"""

from __future__ import annotations

from typing import Any

from assistant.engine import needs
from assistant.engine.answers import is_empty, normalize
from assistant.engine.condition import holds
from assistant.engine.context import SessionContext
from assistant.engine.dialog import Dialog
from assistant.engine.errors import AnswerError, SessionError
from assistant.engine.format import Step
from assistant.engine.result import SessionResult
from assistant.engine.state import HistoryEntry, Need, SessionState, Signal
from assistant.knowledge.vocabulary import PHASE_SLUGS, SIGNAL_KINDS

STEP_ACTIONS = frozenset({"answer", "skip", "goto"})


class Session(SessionContext):
    """One walk through a dialog. Import-safe without Textual; never prints."""

    def __init__(self, dialog: Dialog) -> None:
        super().__init__(dialog)
        self.actions: list[dict[str, Any]] = []
        self.dialog_changed = False
        """True when restored over a dialog file that changed since saving."""
        self.restore_note: str | None = None
        """After restoring over a changed dialog: where replaying stopped, if it did."""

    # -- reading ---------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """The end step has been answered."""
        return self.state.finished

    @property
    def focus(self) -> str | None:
        """The domain of the need being discussed, or None."""
        return self.state.focus

    @property
    def needs(self) -> list[Need]:
        """The needs found so far, one per domain."""
        return list(self.state.needs)

    @property
    def signals(self) -> list[Signal]:
        """Safety signals raised so far; they never disappear."""
        return list(self.state.signals)

    @property
    def options(self) -> list[str]:
        """The choices of the current step (empty unless it is a choice step)."""
        return self.dialog.options(self.current) if self.current.answer == "choice" else []

    @property
    def can_skip(self) -> bool:
        """Whether ``skip()`` is allowed on the current step."""
        step = self.current
        return step.optional or step.answer == "none" or step.effective_frame is not None

    @property
    def can_back(self) -> bool:
        """Whether there is a step to undo."""
        return any(action["op"] in STEP_ACTIONS for action in self.actions)

    @property
    def method_block(self) -> str | None:
        """Why the current step cannot be answered yet (method rule), or None."""
        return needs.method_block(self.state, self.current.effective_frame)

    def provisions_allowed(self, domain: str) -> bool:
        """Whether provisions may be proposed for the need on ``domain`` (method rule)."""
        return not needs.missing_before_provisions(self.state, domain)

    def missing_before_provisions(self, domain: str) -> list[str]:
        """The frames (eigen_kracht, netwerk) still to explore or skip for ``domain``."""
        return needs.missing_before_provisions(self.state, domain)

    # -- acting ----------------------------------------------------------------------
    def answer(self, value: Any = None) -> None:
        """Answer the current step; AnswerError (state unchanged) when it does not fit."""
        step = self._open_step()
        if step.answer == "none":
            self._do({"op": "answer", "value": None})
            return
        if is_empty(value) and not (step.answer == "domains" and value == []):
            if not step.optional:
                raise AnswerError("Deze vraag heeft een antwoord nodig.")
            self._do({"op": "skip", "reason": ""})
            return
        normalized = normalize(step, self.dialog.options(step), value)
        block = self.method_block
        if block:
            raise AnswerError(block)
        self._do({"op": "answer", "value": normalized})

    def skip(self, reason: str = "") -> None:
        """Skip the current step. A step with a frame needs a reason (it is recorded)."""
        step = self._open_step()
        if not self.can_skip:
            raise AnswerError("Deze stap kunt u niet overslaan.")
        needs_reason = not step.optional and step.answer != "none"
        if needs_reason and not reason.strip():
            raise AnswerError("Geef een reden waarom u deze stap overslaat.")
        self._do({"op": "skip", "reason": reason.strip()})

    def goto_phase(self, phase: str) -> None:
        """Jump to the first step of ``phase``; ``back()`` returns from there."""
        if phase not in PHASE_SLUGS:
            raise SessionError(f"'{phase}' is geen fase van het gesprek.")
        if self.dialog.phase_start(phase) is None:
            raise SessionError(f"Dit gesprek heeft geen stappen in de fase '{phase}'.")
        self._do({"op": "goto", "phase": phase})

    def back(self) -> None:
        """Undo the last answer, skip or jump exactly; signals raised stay."""
        last = max((i for i, a in enumerate(self.actions) if a["op"] in STEP_ACTIONS), default=-1)
        if last < 0:
            raise SessionError("Er is nog niets om terug te draaien.")
        signals = list(self.state.signals)
        self._replay(self.actions[:last] + self.actions[last + 1 :])
        for signal in signals:
            if signal not in self.state.signals:
                self._do({"op": "signal", **signal.model_dump()})

    def add_need(self, domain: str, text: str = "", source: str = "analyse") -> Need:
        """Record a need found outside the dialog (e.g. by language analysis)."""
        self._do({"op": "need", "domain": domain, "text": text, "source": source})
        need = needs.find_need(self.state, domain)
        assert need is not None
        return need

    def raise_signal(self, kind: str, text: str = "", source: str = "analyse") -> None:
        """Raise a safety signal at once; it stays visible for the rest of the session."""
        if kind not in SIGNAL_KINDS:
            raise SessionError(f"'{kind}' is geen soort veiligheidssignaal.")
        step = self.state.current
        self._do({"op": "signal", "kind": kind, "text": text, "source": source, "step": step})

    def skip_frame(self, domain: str, frame: str, reason: str) -> None:
        """Skip a frame for a need, with a reason that goes into the result."""
        self._do({"op": "skip_frame", "domain": domain, "frame": frame, "reason": reason})

    def set_focus(self, domain: str | None) -> None:
        """Put the need on ``domain`` in focus (None: no focus)."""
        self._do({"op": "focus", "domain": domain})

    # -- saving and results ----------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The session as JSON-ready data (see :mod:`assistant.engine.persist`)."""
        from assistant.engine.persist import to_json

        return to_json(self)

    @classmethod
    def from_json(
        cls, data: dict[str, Any], dialog: Dialog, *, allow_changed: bool = False
    ) -> Session:
        """Restore a saved session; SessionError when the dialog changed (unless allowed)."""
        from assistant.engine.persist import from_json

        return from_json(data, dialog, allow_changed=allow_changed)

    @property
    def result(self) -> SessionResult:
        """What the conversation yielded, for the plan van aanpak."""
        from assistant.engine.result import build_result

        return build_result(self)

    # -- machinery -------------------------------------------------------------------
    def _open_step(self) -> Step:
        if self.state.finished:
            raise AnswerError("Het gesprek is al afgelopen.")
        return self.current

    def _do(self, action: dict[str, Any]) -> None:
        from assistant.engine.actions import apply_action

        apply_action(self, action)
        self.actions.append(action)

    def _replay(self, actions: list[dict[str, Any]]) -> None:
        from assistant.engine.actions import apply_action

        self.state = SessionState(current=self.dialog.start.id, visited=[self.dialog.start.id])
        self.actions = []
        for action in actions:
            apply_action(self, action)
            self.actions.append(action)

    def add_signal(self, signal: Signal) -> None:
        """Keep ``signal`` unless the same one is already there."""
        if signal not in self.state.signals:
            self.state.signals.append(signal)

    def follow(self, step: Step) -> None:
        """Move on from ``step``: end, ``next`` or the first transition that holds."""
        if step.end:
            self.state.finished = True
            return
        target = step.next
        for index, transition in enumerate(step.transitions):
            if holds(self.dialog.conditions.get((step.id, "transition", index)), self):
                target = transition.to
                break
        assert target is not None, "validated dialogs always have a way on"
        self.state.current = target
        self.state.visited.append(target)

    def record(self, step: Step, answer: Any, skipped: bool, reason: str) -> None:
        """Add a history entry."""
        entry = HistoryEntry(step=step.id, answer=answer, skipped=skipped, reason=reason)
        self.state.history.append(entry)
