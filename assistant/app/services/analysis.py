"""What the app records in the session from language analysis, and banner texts.

Needs found in a given answer become needs in the session (source 'analyse'); safety
signals are raised at once, but each kind only once per step, so a sentence that grows
while the worker types does not stack the same warning.
"""

from __future__ import annotations

from typing import Any

from assistant.app.services.views import SignalView
from assistant.engine import Session
from assistant.plan.names import SIGNALS


def signal_view(kind: str, text: str) -> SignalView:
    """A banner view of a signal raised by the dialog, with the team's fixed route."""
    _name, route = SIGNALS.get(kind, ("", "Volg de crisisprocedure van het team."))
    return SignalView(kind=kind, route=route, quote=text)


def record_signals(
    session: Session, acknowledged: int, analysis: Any, text: str
) -> list[SignalView]:
    """Raise the analysis' signals not yet raised in this step (or still on screen)."""
    shown = []
    step = session.state.current
    for found in analysis.signals:
        recent = session.signals[acknowledged:]
        if any(s.kind == found.kind and (s.step == step or s in recent) for s in session.signals):
            continue
        quote = found.evidence[0].text if found.evidence else ""
        session.raise_signal(found.kind, text=quote or text, source="analyse")
        shown.append(SignalView(found.kind, found.route, list(found.phones), quote))
    return shown


def record_needs(session: Session, analysis: Any, text: str) -> list[str]:
    """Add a need per recognised domain, with the client's words; returns new domains."""
    known = {need.domain for need in session.needs}
    for hit in analysis.needs:
        session.add_need(hit.domain, text, source="analyse")
    return [hit.domain for hit in analysis.needs if hit.domain not in known]
