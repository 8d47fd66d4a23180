"""What a session has gathered so far, as plain records that serialise to JSON.

The session rebuilds this state by replaying its actions (for undo and restore), so the
records are simple and mutable; nothing outside the engine should change them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.knowledge.vocabulary import DomainSlug, FrameSlug, SignalKind


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class Need(_Record):
    """A need on one life domain; the session keeps one per domain."""

    domain: DomainSlug
    """The life domain."""
    texts: list[str] = []
    """What was said about it, in order (several mentions are kept)."""
    source: str = "dialoog"
    """Where it first came from: 'dialoog' or e.g. 'analyse' (language analysis)."""
    covered: list[FrameSlug] = []
    """Frames explored for this need, in the order they were covered."""
    skipped: dict[FrameSlug, str] = {}
    """Frames deliberately skipped for this need, with the worker's reason."""
    done: bool = False
    """The worker has finished this need (``focus_next`` moved past it)."""

    @property
    def text(self) -> str:
        """All texts as one line."""
        return "; ".join(self.texts)

    def handled(self, frame: str) -> bool:
        """Whether ``frame`` was covered or skipped with a reason."""
        return frame in self.covered or frame in self.skipped


class Strength(_Record):
    """Something the client can do or has done."""

    text: str
    domain: DomainSlug | None = None
    """The need in focus when it was noted."""


class NetworkMember(_Record):
    """Someone around the client."""

    relation: str
    can_do: str = ""
    domain: DomainSlug | None = None


class Agreement(_Record):
    """An agreement or action for the plan: who does what, when."""

    who: str
    what: str
    when: str = ""
    domain: DomainSlug | None = None


class Signal(_Record):
    """A safety signal; it stays in the session, also after ``back()``."""

    kind: SignalKind
    text: str = ""
    source: str = "dialoog"
    step: str | None = None
    """The step during which it was raised."""


class HistoryEntry(_Record):
    """One answered or skipped step."""

    step: str
    answer: Any = None
    skipped: bool = False
    reason: str = ""


class SessionState(_Record):
    """Everything a session knows; rebuilt from the action log on undo and restore."""

    current: str
    finished: bool = False
    visited: list[str] = []
    """Steps the session has been at, in order, including the current one."""
    history: list[HistoryEntry] = []
    slots: dict[str, Any] = {}
    scores: dict[DomainSlug, int] = {}
    needs: list[Need] = []
    focus: DomainSlug | None = None
    strengths: list[Strength] = []
    network: list[NetworkMember] = []
    agreements: list[Agreement] = []
    signals: list[Signal] = []
    frames_seen: list[FrameSlug] = Field(default_factory=list)
    """Frames of every step answered in this session (also without a need in focus)."""
