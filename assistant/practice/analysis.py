"""What practice needs from the language analysis, and the record of one trainee turn.

Practice never classifies questions itself: style, frames and domains come from
``assistant.nlp``. The protocols below name only the fields practice reads, so tests and
the app can pass the shared analyzer (or a stand-in) explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

QUESTION_KINDS = ("open", "closed", "suggestive", "multiple")
"""Kinds that count as a question; ``none`` is a statement, reflection or summary."""


class QuestionLike(Protocol):
    """The part of ``assistant.nlp.QuestionAnalysis`` that practice uses."""

    @property
    def kind(self) -> str: ...
    @property
    def yes_but(self) -> bool: ...
    @property
    def no_because(self) -> bool: ...
    @property
    def advice(self) -> bool: ...
    @property
    def judging(self) -> bool: ...
    @property
    def warned_phrase(self) -> bool: ...
    @property
    def frames(self) -> Sequence[str]: ...
    @property
    def domains(self) -> Sequence[str]: ...


class NeedLike(Protocol):
    """The part of ``assistant.nlp.NeedHit`` that practice uses."""

    @property
    def domain(self) -> str: ...
    @property
    def confidence(self) -> float: ...


class Analyzer(Protocol):
    """Anything with the two analyzer methods practice calls."""

    def question(self, text: str) -> QuestionLike: ...
    def needs(self, text: str) -> Sequence[NeedLike]: ...


def default_analyzer() -> Analyzer:
    """The shared, lazily loaded analyzer from ``assistant.nlp``."""
    from assistant.nlp import get_analyzer

    analyzer: Analyzer = get_analyzer()
    return analyzer


@dataclass(frozen=True)
class Turn:
    """One trainee utterance, how it was analysed and how the client reacted."""

    index: int
    """1-based number of the trainee's line."""
    text: str
    kind: str
    yes_but: bool
    no_because: bool
    advice: bool
    judging: bool
    warned_phrase: bool
    frames: tuple[str, ...]
    """Frames the line explored: from the analysis, plus those of facts it brought out."""
    domains: tuple[str, ...]
    """Domains the line explored: from the analysis, plus those of facts it brought out."""
    reply: str
    told: tuple[str, ...] = ()
    """Facts the client told (more of) in this reply."""
    dropped: tuple[str, ...] = ()
    """Openings (hints) the client dropped in this reply."""
    followed: tuple[str, ...] = ()
    """Openings this line followed up."""
    resistance: str | None = None
    """What made the client close up at this line, if anything."""
    closed: bool = False
    """The client was still closed up and told nothing new."""

    @property
    def is_question(self) -> bool:
        """Whether the line counts as a question for the open-question share."""
        return self.kind in QUESTION_KINDS
