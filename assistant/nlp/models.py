"""Result records of the language analysis, shared with practice and the app.

Frozen pydantic models: they are passed between threads and serialised to JSON
(``model_dump()``) by the CLI, so they must not change after they are made.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.knowledge.vocabulary import DomainSlug, SignalKind

QuestionKind = Literal["open", "closed", "suggestive", "multiple", "none"]
QuestionFrame = Literal[
    "vraag_achter_de_vraag", "eigen_kracht", "netwerk", "voorliggend", "maatwerk"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Evidence(_Frozen):
    """A matched span of the utterance: character offsets, the text and the lexicon term."""

    start: int
    end: int
    text: str
    term: str
    label: str
    """What the span counts for: a domain slug, a signal kind or a question feature."""
    source: Literal["lexicon", "model"] = "lexicon"
    """Found by a lexicon term, or a word the learned layer weighed (``term`` is its lemma)."""


class NeedHit(_Frozen):
    """A life domain the utterance points at, with how sure we are and why."""

    domain: DomainSlug
    confidence: float
    evidence: list[Evidence]


class SafetySignal(_Frozen):
    """A sign of danger that overrides the normal flow, with the route to show."""

    kind: SignalKind
    route: str
    phones: list[str]
    evidence: list[Evidence]


class DangerHint(_Frozen):
    """A guess of the learned danger model where the lists found no signal: the words
    are like those of danger told indirectly. Not a signal: no route, nothing recorded;
    the worker is asked to explore safety."""

    kind: SignalKind
    probability: float
    """How strongly the model leans to this kind of danger, 0 to 1 (from its threshold
    up): the word model's probability joined with the share of similar labelled
    sentences that told of it."""
    evidence: list[Evidence]
    """The words that weighed most (``source="model"``)."""


class UtteranceAnalysis(_Frozen):
    """Everything found in one thing the client said."""

    needs: list[NeedHit]
    signals: list[SafetySignal]
    hints: list[DangerHint] = []
    """Possible danger the lists did not find (see :class:`DangerHint`)."""


class QuestionAnalysis(_Frozen):
    """The style of one utterance of a worker or trainee."""

    kind: QuestionKind
    yes_but: bool
    no_because: bool
    advice: bool
    judging: bool
    warned_phrase: bool
    frames: list[QuestionFrame]
    domains: list[DomainSlug]
    evidence: list[Evidence]
