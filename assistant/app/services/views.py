"""Plain records the screens show: what a step asks, domain states, signals.

They carry no behaviour and import no Textual, so the conversation service can build
them and the widgets can draw them without knowing about each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AnswerSpec:
    """What the current step asks for."""

    kind: str
    options: list[str] = field(default_factory=list)
    domain: str | None = None
    """The scored domain of a score step (already resolved from ``focus``)."""
    level_texts: list[str] = field(default_factory=list)
    """Per score 1-5 a one-line description for the scored domain."""
    fields: list[str] = field(default_factory=lambda: ["tekst"])
    optional: bool = False


@dataclass(frozen=True)
class SignalView:
    """What the banner needs to know about one signal."""

    kind: str
    route: str
    phones: list[str] = field(default_factory=list)
    quote: str = ""


@dataclass
class StepView:
    """What the conversation screen shows for the current step."""

    phase: str
    prompt: str
    phrasings: list[str]
    tip: str | None
    answer: AnswerSpec | None
    status: str


@dataclass
class DomainState:
    """Per domain: needs, scores, frame progress, focus; plus what typing recognised."""

    needs: set[str] = field(default_factory=set)
    scores: dict[str, int] = field(default_factory=dict)
    frames: dict[str, set[str]] = field(default_factory=dict)
    recognised: set[str] = field(default_factory=set)
    focus: str | None = None
