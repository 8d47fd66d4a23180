"""The method's bookkeeping per need: focus, frame coverage and the provisions rule.

Rule (zo licht als mogelijk): provisions (voorliggend, maatwerk) are proposed for a need
only after eigen kracht and netwerk were explored for it, or deliberately skipped with
a reason that is recorded.
"""

from __future__ import annotations

from assistant.engine.errors import SessionError
from assistant.engine.names import FRAME_NAMES, domain_name
from assistant.engine.state import Need, SessionState
from assistant.knowledge.vocabulary import DOMAIN_SLUGS, FRAME_SLUGS

FRAMES_BEFORE_PROVISIONS = ("eigen_kracht", "netwerk")
PROVISION_FRAMES = ("voorliggend", "maatwerk")


def find_need(state: SessionState, domain: str | None) -> Need | None:
    """The need on ``domain``, or None."""
    return next((need for need in state.needs if need.domain == domain), None)


def add_need(state: SessionState, domain: str, text: str, source: str) -> Need:
    """Record a need; a second mention of a domain adds its text to the same need."""
    if domain not in DOMAIN_SLUGS:
        raise SessionError(f"'{domain}' is geen levensdomein.")
    need = find_need(state, domain)
    if need is None:
        need = Need(domain=domain, source=source)
        state.needs.append(need)
    text = text.strip()
    if text and text not in need.texts:
        need.texts.append(text)
    return need


def is_open(need: Need) -> bool:
    """Still to be discussed: not finished and not every frame handled."""
    return not need.done and not all(need.handled(frame) for frame in FRAME_SLUGS)


def focus_next(state: SessionState) -> None:
    """Finish the need in focus and focus the first open need (or none)."""
    current = find_need(state, state.focus)
    if current is not None:
        current.done = True
    state.focus = next((need.domain for need in state.needs if is_open(need)), None)


def cover_frame(state: SessionState, frame: str | None) -> None:
    """Mark ``frame`` as explored, for the session and for the need in focus."""
    if frame is None:
        return
    if frame not in state.frames_seen:
        state.frames_seen.append(frame)  # type: ignore[arg-type]
    need = find_need(state, state.focus)
    if need is not None and frame not in need.covered:
        need.covered.append(frame)  # type: ignore[arg-type]


def skip_frame(state: SessionState, domain: str, frame: str, reason: str) -> None:
    """Record that ``frame`` is deliberately skipped for the need on ``domain``."""
    if frame not in FRAME_SLUGS:
        raise SessionError(f"'{frame}' is geen oplossingskader.")
    if not reason.strip():
        raise SessionError("Geef een reden waarom u dit kader overslaat.")
    need = find_need(state, domain)
    if need is None:
        raise SessionError(f"Er is geen behoefte op {domain_name(domain).lower()}.")
    need.skipped[frame] = reason.strip()  # type: ignore[index]


def missing_before_provisions(state: SessionState, domain: str | None) -> list[str]:
    """The frames still to explore (or skip) before provisions fit this need."""
    need = find_need(state, domain)
    if need is None:
        return []
    return [frame for frame in FRAMES_BEFORE_PROVISIONS if not need.handled(frame)]


def method_block(state: SessionState, frame: str | None) -> str | None:
    """Why a step with ``frame`` cannot be answered yet for the need in focus, or None."""
    if frame not in PROVISION_FRAMES:
        return None
    missing = missing_before_provisions(state, state.focus)
    if not missing:
        return None
    names = " en ".join(FRAME_NAMES[frame] for frame in missing)
    return (
        f"Voor {domain_name(state.focus or '').lower()} is {names} nog niet verkend. "
        "Bespreek dat eerst, of sla het over met een reden."
    )
