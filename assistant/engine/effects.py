"""Applies a step's effects to the session state, in file order.

Each effect may carry a condition; texts are templates filled from the answer, slots
and the focus. A list step with several entries applies its effects once per entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.engine import needs
from assistant.engine.condition import holds
from assistant.engine.format import Effect, Step
from assistant.engine.state import Agreement, NetworkMember, Signal, Strength

if TYPE_CHECKING:
    from assistant.engine.session import Session


def apply_effects(session: Session, step: Step, answer: Any) -> None:
    """Apply every effect of ``step`` whose condition holds."""
    entries = answer if step.answer == "list" and isinstance(answer, list) else [answer]
    for index, effect in enumerate(step.effects):
        condition = session.dialog.conditions.get((step.id, "effect", index))
        if not holds(condition, session):
            continue
        for entry in entries:
            _apply(session, step, effect, entry)


def _apply(session: Session, step: Step, effect: Effect, entry: Any) -> None:
    state = session.state

    def fill(text: str) -> str:
        return session.render(text, entry).strip()

    if effect.type == "need":
        if effect.text is not None:
            text = fill(effect.text)
        else:
            text = str(entry) if step.answer == "text" else ""
        if effect.domain == "answer":
            domains = list(entry or [])
        elif effect.domain == "focus":
            domains = [state.focus] if state.focus else []
        else:
            domains = [effect.domain]
        for domain in domains:
            needs.add_need(state, domain, text, "dialoog")
    elif effect.type == "strength":
        if text := fill(effect.text):
            state.strengths.append(Strength(text=text, domain=state.focus))
    elif effect.type == "network":
        if relation := fill(effect.relation):
            member = NetworkMember(
                relation=relation, can_do=fill(effect.can_do), domain=state.focus
            )
            state.network.append(member)
    elif effect.type == "agreement":
        if what := fill(effect.what):
            when = fill(effect.when or "")
            agreement = Agreement(who=fill(effect.who), what=what, when=when, domain=state.focus)
            state.agreements.append(agreement)
    elif effect.type == "signal":
        signal = Signal(kind=effect.kind, text=fill(effect.text), source="dialoog", step=step.id)
        session.add_signal(signal)
    elif effect.type == "focus_next":
        needs.focus_next(state)
    elif effect.type == "set":
        value = fill(effect.value) if isinstance(effect.value, str) else effect.value
        state.slots[effect.slot] = value
    elif effect.type == "skip_frame":
        domain = state.focus if effect.domain == "focus" else effect.domain
        if domain is not None and needs.find_need(state, domain) is not None:
            needs.skip_frame(state, domain, effect.frame, fill(effect.reason) or "-")
