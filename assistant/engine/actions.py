"""Applies one logged action to a session's state: the only place state changes.

Actions are plain JSON-able dicts, so the log doubles as the saved session:
``answer``/``skip``/``goto`` move through the dialog; ``need``, ``signal``,
``skip_frame`` and ``focus`` come from the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.engine import needs
from assistant.engine.effects import apply_effects
from assistant.engine.errors import SessionError
from assistant.engine.state import Signal

if TYPE_CHECKING:
    from assistant.engine.session import Session


def apply_action(session: Session, action: dict[str, Any]) -> None:
    """Change ``session.state`` as ``action`` says; SessionError if it cannot apply."""
    op = action.get("op")
    state = session.state
    if op == "answer":
        _answer(session, action.get("value"))
    elif op == "skip":
        _skip(session, str(action.get("reason", "")))
    elif op == "goto":
        step = session.dialog.phase_start(str(action.get("phase")))
        if step is None:
            raise SessionError(f"Geen stappen in de fase '{action.get('phase')}'.")
        state.finished = False
        state.current = step.id
        state.visited.append(step.id)
    elif op == "need":
        needs.add_need(state, action["domain"], action.get("text", ""), action["source"])
    elif op == "signal":
        session.add_signal(Signal.model_validate({k: v for k, v in action.items() if k != "op"}))
    elif op == "skip_frame":
        needs.skip_frame(state, action["domain"], action["frame"], action["reason"])
    elif op == "focus":
        domain = action.get("domain")
        if domain is not None and needs.find_need(state, domain) is None:
            raise SessionError("Er is geen behoefte op dat levensdomein.")
        state.focus = domain
    else:
        raise SessionError(f"Onbekende actie in de sessie: {op!r}.")


def _answer(session: Session, value: Any) -> None:
    step = session.current
    state = session.state
    if step.slot is not None and value is not None:
        if step.answer == "list":
            state.slots[step.slot] = [*state.slots.get(step.slot, []), *value]
        else:
            state.slots[step.slot] = value
    if step.answer == "score" and step.domain is not None:
        domain = state.focus if step.domain == "focus" else step.domain
        if domain is not None:
            state.scores[domain] = value
    needs.cover_frame(state, step.effective_frame)
    session.record(step, value, skipped=False, reason="")
    session._answer = value
    try:
        apply_effects(session, step, value)
        session.follow(step)
    finally:
        session._answer = None


def _skip(session: Session, reason: str) -> None:
    step = session.current
    frame = step.effective_frame
    need = needs.find_need(session.state, session.state.focus)
    if reason and frame is not None and need is not None and not need.handled(frame):
        need.skipped[frame] = reason
    session.record(step, None, skipped=True, reason=reason)
    session.follow(step)
