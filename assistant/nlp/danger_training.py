"""Train the danger model (:mod:`assistant.nlp.danger`) and choose its threshold.

Only sentences whose file says whether they tell of danger (a ``signal`` field, null for
none) are used. Every sentence is first scored by a model (word model and index of
similar sentences) trained on the other groups of files; from those honest scores the
threshold is the lowest at which at most :data:`MAX_FALSE_HINTS` of the sentences without
danger would get a hint. Then one model is trained on all sentences. Deterministic, like
the needs model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.nlp.danger import KINDS, DangerModel
from assistant.nlp.fitting import DEFAULT_FIT, Fit, fit_words
from assistant.nlp.neighbours import Neighbours, build
from assistant.nlp.training import Example, folds

MAX_FALSE_HINTS = 0.01
"""At most 1 in 100 sentences without danger may get a hint: a worker who sees hints
that are mostly wrong stops reading them."""
THRESHOLDS = [round(0.1 + 0.01 * step, 2) for step in range(81)]
"""The thresholds tried, 0.10 to 0.90: fine steps, so the chosen one uses the 1 in 100
that is allowed (the score joins two views and spreads less than one probability)."""


@dataclass(frozen=True)
class Scored:
    """A sentence scored by a model that did not train on it."""

    example: Example
    p: dict[str, float]

    def hinted(self, threshold: float) -> bool:
        """A hint of any kind the lists did not signal."""
        return any(
            p >= threshold for kind, p in self.p.items() if kind not in self.example.signalled
        )


def fit_danger(groups: Sequence[Sequence[Example]], how: Fit = DEFAULT_FIT) -> DangerModel:
    """The danger model on these groups of examples (one group per file, say)."""
    known = [[e for e in group if e.signal_known] for group in groups]
    scored = []
    for held, rest in folds(known):
        bias, weights = _fit(rest, how)  # once per fold
        fold = DangerModel(KINDS, bias, weights, 0.5, _index(rest))  # only scores: any threshold
        scored += [Scored(e, fold.probabilities(e.features)) for e in held]
    threshold = choose_threshold(scored)
    data = [e for group in known for e in group]
    bias, weights = _fit(data, how)
    return DangerModel(KINDS, bias, weights, threshold, _index(data), measured(scored, threshold))


def _index(data: Sequence[Example]) -> Neighbours:
    labels = [[KINDS.index(e.signal)] if e.signal in KINDS else [] for e in data]
    return build([e.features for e in data], labels, len(KINDS))


def _fit(data: Sequence[Example], how: Fit) -> tuple[list[float], dict[str, list[float]]]:
    targets = [[e.signal] if e.signal in KINDS else [] for e in data]
    return fit_words([e.features for e in data], targets, KINDS, how)


def choose_threshold(scored: Sequence[Scored]) -> float:
    """The lowest threshold with at most MAX_FALSE_HINTS hints on sentences without
    danger (the highest tried when none is that careful)."""
    calm = [s for s in scored if s.example.signal is None]
    for threshold in THRESHOLDS:
        if sum(s.hinted(threshold) for s in calm) <= MAX_FALSE_HINTS * len(calm):
            return threshold
    return THRESHOLDS[-1]


def measured(scored: Sequence[Scored], threshold: float) -> dict[str, int]:
    """What the lists and the hints find on sentences the model did not train on."""
    danger = [s for s in scored if s.example.signal in KINDS]
    missed = [s for s in danger if s.example.signal not in s.example.signalled]
    calm = [s for s in scored if s.example.signal is None]
    return {
        "danger": len(danger),
        "found_by_lists": len(danger) - len(missed),
        "hinted_of_the_rest": sum(s.p.get(str(s.example.signal), 0.0) >= threshold for s in missed),
        "calm": len(calm),
        "false_hints": sum(s.hinted(threshold) for s in calm),
    }
