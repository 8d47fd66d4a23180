"""Possible danger the word lists did not find: a gentle toast, never a signal.

A hint is a guess of the learned danger model. It must not raise a signal (no route,
nothing recorded in the session: client data stays minimal); it only invites the worker
to explore safety in line with the method: an open question, no judging, no alarm. So
the texts here have no phone numbers, and each kind shows at most once per step and not
at all when a real signal of that kind is already open or raised in the step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.engine import Session

if TYPE_CHECKING:
    from assistant.nlp.models import DangerHint

HINT_TITLE = "Misschien een signaal"
"""Title of the toast: a possibility, not a conclusion."""

HINT_TEXTS: dict[str, tuple[str, str]] = {
    "violence": (
        "lijkt op hoe mensen soms over geweld of onveiligheid vertellen.",
        "Hoe veilig voelt u zich thuis?",
    ),
    "suicide_risk": (
        "lijkt op hoe mensen soms vertellen dat ze niet meer willen leven.",
        "Denkt u weleens aan de dood?",
    ),
    "acute_crisis": (
        "lijkt op hoe mensen soms vertellen dat het nu even niet meer gaat.",
        "Hoe gaat het op dit moment met u?",
    ),
}
"""Per signal kind: what the words are like, and an open question to ask next."""

_GENERIC = (
    "lijkt op hoe mensen soms vertellen dat ze niet veilig zijn.",
    "Hoe gaat het op dit moment met u?",
)

MAX_WORDS = 3
"""Quote at most this many of the words that weighed most, to keep the toast short."""


def hint_message(hint: DangerHint) -> tuple[str, str]:
    """The toast for ``hint``: (title, message) with the client's words and a question."""
    like, question = HINT_TEXTS.get(hint.kind, _GENERIC)
    words = list(dict.fromkeys(e.text.strip() for e in hint.evidence if e.text.strip()))
    quoted = f' ("{", ".join(words[:MAX_WORDS])}")' if words else ""
    message = f'Wat de cliënt zegt{quoted} {like} Vraag rustig door, bijvoorbeeld: "{question}"'
    return HINT_TITLE, message


def new_hints(
    session: Session, acknowledged: int, shown: set[tuple[str, str]], analysis: Any
) -> list[DangerHint]:
    """Hints of ``analysis`` to show now; adds them to ``shown`` (step id, kind).

    Skipped: a kind already shown in this step, and a kind with a real signal in the
    analysis, still open on screen, or raised in this step or the step just answered.
    """
    step = session.state.current
    history = session.state.history
    steps = {step, history[-1].step} if history else {step}
    open_signals = session.signals[acknowledged:]
    signalled = {s.kind for s in analysis.signals}
    signalled |= {s.kind for s in session.signals if s.step in steps or s in open_signals}
    fresh = []
    for hint in getattr(analysis, "hints", []):
        key = (step, hint.kind)
        if key in shown or hint.kind in signalled:
            continue
        shown.add(key)
        fresh.append(hint)
    return fresh
