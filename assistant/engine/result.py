"""What a session yields for the plan van aanpak, as one typed record.

``hulpvraag`` and ``vraag_achter_de_vraag`` are read from the slots with exactly those
names (a dialog that wants them in the plan declares them); everything else comes from
effects and the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from assistant.engine.names import domain_name
from assistant.engine.state import Agreement, NetworkMember, Signal, Strength
from assistant.knowledge.vocabulary import FRAME_SLUGS

if TYPE_CHECKING:
    from assistant.engine.session import Session


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class NeedResult(_Result):
    """One need with how far the method got for it."""

    domain: str
    """Domain slug."""
    name: str
    """Dutch name of the domain."""
    text: str
    """What was said, joined with '; '."""
    source: str
    """'dialoog' or where the app found it (e.g. 'analyse')."""
    frames: dict[str, bool]
    """Each of the four frames: covered (explored) for this need or not."""
    skipped_frames: dict[str, str]
    """Frames skipped on purpose, with the reason."""
    provisions_allowed: bool
    """Eigen kracht and netwerk are handled, so provisions may be proposed."""


class SkippedFrame(_Result):
    """A frame skipped for a need, with the reason."""

    domain: str
    frame: str
    reason: str


class SessionResult(_Result):
    """Everything the plan van aanpak needs from one conversation."""

    dialog_id: str
    finished: bool
    visited: list[str]
    """Step ids in the order they were visited."""
    hulpvraag: str | None
    """The slot 'hulpvraag', when the dialog has and filled it."""
    vraag_achter_de_vraag: str | None
    """The slot 'vraag_achter_de_vraag', when the dialog has and filled it."""
    needs: list[NeedResult]
    scores: dict[str, int]
    """ZRM score per domain slug."""
    strengths: list[Strength]
    network: list[NetworkMember]
    agreements: list[Agreement]
    frames: dict[str, bool]
    """Each frame: explored at some point in the conversation."""
    skipped_frames: list[SkippedFrame]
    signals: list[Signal]
    slots: dict[str, Any]


def build_result(session: Session) -> SessionResult:
    """The result of ``session`` as it stands now."""
    state = session.state
    need_results = [
        NeedResult(
            domain=need.domain,
            name=domain_name(need.domain),
            text=need.text,
            source=need.source,
            frames={frame: frame in need.covered for frame in FRAME_SLUGS},
            skipped_frames=dict(need.skipped),
            provisions_allowed=session.provisions_allowed(need.domain),
        )
        for need in state.needs
    ]
    seen = set(state.frames_seen)
    for need in state.needs:
        seen.update(need.covered)
    slots = state.slots
    return SessionResult(
        dialog_id=session.dialog.id,
        finished=state.finished,
        visited=list(state.visited),
        hulpvraag=_text(slots.get("hulpvraag")),
        vraag_achter_de_vraag=_text(slots.get("vraag_achter_de_vraag")),
        needs=need_results,
        scores=dict(state.scores),
        strengths=list(state.strengths),
        network=list(state.network),
        agreements=list(state.agreements),
        frames={frame: frame in seen for frame in FRAME_SLUGS},
        skipped_frames=[
            SkippedFrame(domain=need.domain, frame=frame, reason=reason)
            for need in state.needs
            for frame, reason in need.skipped.items()
        ],
        signals=list(state.signals),
        slots=dict(slots),
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
