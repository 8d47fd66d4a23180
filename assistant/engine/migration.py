"""Resuming a session that was saved with an older version of its dialog file.

Trainers improve dialogs while workers have conversations saved. The saved session
records the dialog's content hash (see :mod:`assistant.engine.persist`). On resume:

- same hash: the session restores exactly;
- changed, and the step the worker was at still exists and the old answers lead there
  again: the session resumes at that step, with a Dutch note that the dialog changed;
- otherwise the session keeps every old answer that still fits, and offers the nearest
  phase to continue from (the phase of the last step the worker reached that still
  exists). Old answers that no longer fit are listed in :attr:`Migration.unplaced`, so
  the app can show them: answers are never lost silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.engine.dialog import Dialog
from assistant.engine.session import Session
from assistant.engine.state import HistoryEntry, SessionState, Signal
from assistant.errors import KeukentafelError


@dataclass
class Migration:
    """A resumed session, and what the worker should be told about it."""

    session: Session
    changed: bool
    """The dialog file changed since the session was saved."""
    same_step: bool
    """The session is at the step where the worker left off."""
    phase: str | None = None
    """The nearest phase to continue from, offered when the step could not be reached."""
    unplaced: list[HistoryEntry] = field(default_factory=list)
    """Old answers that are not in the resumed session (shown to the worker)."""

    @property
    def message(self) -> str | None:
        """What to tell the worker, in Dutch; None when nothing changed."""
        if not self.changed:
            return None
        parts = ["De gespreksleidraad is aangepast sinds dit gesprek is bewaard."]
        if self.same_step:
            parts.append("U gaat verder bij dezelfde vraag.")
        elif self.phase is not None:
            parts.append(
                "De vraag waar u was, is er niet meer of is anders bereikbaar. "
                f"U kunt verder bij de fase '{self.phase.replace('_', ' ')}'."
            )
        if self.unplaced:
            count = len(self.unplaced)
            noun = "antwoord past" if count == 1 else "antwoorden passen"
            parts.append(
                f"{count} eerder {noun} niet meer in het gesprek; ze staan hieronder, "
                "zodat u ze kunt overnemen."
            )
        return " ".join(parts)

    def unplaced_lines(self) -> list[str]:
        """The unplaced answers as 'stap: antwoord' lines, for display."""
        lines = []
        for entry in self.unplaced:
            shown = "(overgeslagen: " + entry.reason + ")" if entry.skipped else _show(entry.answer)
            lines.append(f"{entry.step}: {shown}")
        return lines

    def continue_from_phase(self) -> None:
        """Accept the offer: go to the first step of :attr:`phase`."""
        if self.phase is not None:
            self.session.goto_phase(self.phase)
            self.same_step = False


def resume(data: dict[str, Any], dialog: Dialog) -> Migration:
    """Restore ``data`` (from ``Session.to_json``) over ``dialog``, old or new version."""
    saved_hash = data.get("dialog", {}).get("hash") if isinstance(data, dict) else None
    if saved_hash == dialog.content_hash:
        return Migration(Session.from_json(data, dialog), changed=False, same_step=True)
    Session.from_json(data, dialog, allow_changed=True)  # checks format and dialog id
    old = SessionState.model_validate(data.get("state", {}))
    session, unplaced = _replay(list(data.get("actions", [])), old, dialog)
    same = session.state.current == old.current and session.finished == old.finished
    migration = Migration(session, changed=True, same_step=same, unplaced=unplaced)
    if not same:
        migration.phase = nearest_phase(old, dialog)
    return migration


def _replay(
    actions: list[dict[str, Any]], old: SessionState, dialog: Dialog
) -> tuple[Session, list[HistoryEntry]]:
    """Replay old actions; an answer only goes to the step it was given for.

    Answers and skips line up one-to-one with the old history, which names their step.
    Once an answer no longer fits, later answers are kept aside until a phase jump
    brings the conversation back on the old path. Events from the app (needs, signals,
    skipped frames) are replayed throughout, and every old safety signal is kept.
    """
    session = Session(dialog)
    session.dialog_changed = True
    history = iter(old.history)
    unplaced: list[HistoryEntry] = []
    on_path = True
    for action in actions:
        op = action.get("op")
        if op in ("answer", "skip"):
            entry = next(history, None)
            if entry is None:
                continue
            on_path = on_path and _apply_step(session, entry, action)
            if not on_path and (not entry.skipped or entry.reason):
                unplaced.append(entry)
        elif op == "goto":
            on_path = _attempt(session.goto_phase, str(action.get("phase")))
        else:
            _apply_event(session, action)
    for signal in old.signals:
        _keep_signal(session, signal)
    return session, unplaced


def _keep_signal(session: Session, signal: Signal) -> None:
    """Raise ``signal`` again (logged, so it survives saving) unless it is already there."""
    if not any((s.kind, s.text) == (signal.kind, signal.text) for s in session.signals):
        session.raise_signal(signal.kind, signal.text, signal.source)


def _apply_step(session: Session, entry: HistoryEntry, action: dict[str, Any]) -> bool:
    if session.finished or session.current.id != entry.step:
        return False
    if action.get("op") == "answer":
        return _attempt(session.answer, action.get("value"))
    return _attempt(session.skip, str(action.get("reason", "")))


def _apply_event(session: Session, action: dict[str, Any]) -> None:
    op = action.get("op")
    if op == "need":
        source = action.get("source", "analyse")
        _attempt(session.add_need, action.get("domain"), action.get("text", ""), source)
    elif op == "signal":
        _keep_signal(session, Signal.model_validate({k: v for k, v in action.items() if k != "op"}))
    elif op == "skip_frame":
        args = (action.get("domain"), action.get("frame"), action.get("reason", ""))
        _attempt(session.skip_frame, *args)
    elif op == "focus":
        _attempt(session.set_focus, action.get("domain"))


def _attempt(method: Any, *args: Any) -> bool:
    """Call a session method; False when the changed dialog refuses it (state unchanged)."""
    try:
        method(*args)
    except KeukentafelError:
        return False
    return True


def nearest_phase(old: SessionState, dialog: Dialog) -> str | None:
    """The phase of the last step the worker reached that still exists."""
    for step_id in reversed([*old.visited, old.current]):
        if step_id in dialog.steps:
            return dialog.step(step_id).phase
    return dialog.start.phase


def _show(answer: Any) -> str:
    if isinstance(answer, bool):
        return "ja" if answer else "nee"
    if isinstance(answer, list):
        return ", ".join(_show(item) for item in answer)
    if isinstance(answer, dict):
        return "; ".join(str(value) for value in answer.values())
    return "" if answer is None else str(answer)
