"""Train the learned layer on labelled sentences, and measure it honestly.

One logistic regression per domain over binary word features (:mod:`features`), fitted
with full-batch Adam and L2 regularisation in numpy: ~6,000 sentences train in half a
minute, deterministically (zero start, no shuffling). ``cross_validate`` leaves one
file out at a time, so each file is scored by a model that never saw it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp.analyzer import Analyzer
from assistant.nlp.evaluation import EvaluationReport, LabelledItem, evaluate, read_labelled
from assistant.nlp.features import token_features
from assistant.nlp.model import NeedModel, Settings

MIN_WEIGHT = 0.01
"""Weights smaller than this (for every domain) are left out of the model file."""


LOOKALIKE = 0.35
"""Word overlap (Jaccard) from which two sentences count as variants of each other.
Sentences written by different people still come out alike now and then; a model
scored on a file must not have trained on near-copies of its sentences."""


@dataclass(frozen=True)
class Example:
    features: list[str]
    domains: set[str]
    text: str = ""


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def without_lookalikes(data: Sequence[Example], judged: Sequence[str]) -> list[Example]:
    """The examples that are no variant of any of the judged sentences."""
    judged_words = [_words(text) for text in judged]

    def alike(words: frozenset[str]) -> bool:
        return any(len(words & other) >= LOOKALIKE * len(words | other) for other in judged_words)

    return [e for e in data if not alike(_words(e.text))]


@dataclass(frozen=True)
class Fit:
    """How to fit: regularisation strength (higher is freer) and the number of steps."""

    strength: float = 3.0
    steps: int = 300
    rate: float = 0.1


def examples(analyzer: Analyzer, items: Sequence[LabelledItem]) -> list[Example]:
    """The features of each labelled sentence, as the analyzer sees it."""
    found = []
    for item in items:
        doc, matches = analyzer.parse(item.text)
        scope = analyzer.scope(doc, matches)
        found.append(Example(list(token_features(doc, scope)), set(item.domains), item.text))
    return found


def fit(data: Sequence[Example], settings: Settings | None = None, how: Fit = Fit()) -> NeedModel:
    """A model fitted on these examples."""
    domains = list(DOMAIN_SLUGS)
    names = sorted({name for example in data for name in example.features})
    column = {name: i for i, name in enumerate(names)}
    rows = [row for row, example in enumerate(data) for _ in example.features]
    cols = [column[name] for example in data for name in example.features]
    y = np.zeros((len(data), len(domains)))
    for row, example in enumerate(data):
        y[row, [domains.index(d) for d in example.domains]] = 1.0
    w, b = _adam(_Sparse(np.array(rows), np.array(cols), len(names)), y, how)
    keep = np.abs(w).max(axis=1) >= MIN_WEIGHT
    weights = {name: w[i].tolist() for i, name in enumerate(names) if keep[i]}
    return NeedModel(domains, b.tolist(), weights, settings or Settings())


@dataclass(frozen=True)
class _Sparse:
    """A 0/1 matrix by the positions of its ones: sentences have ~15 of ~5,000 words."""

    rows: np.ndarray
    cols: np.ndarray
    width: int

    def times(self, w: np.ndarray, height: int) -> np.ndarray:
        out = np.zeros((height, w.shape[1]))
        np.add.at(out, self.rows, w[self.cols])
        return out

    def transposed_times(self, e: np.ndarray) -> np.ndarray:
        out = np.zeros((self.width, e.shape[1]))
        np.add.at(out, self.cols, e[self.rows])
        return out


def _adam(x: _Sparse, y: np.ndarray, how: Fit) -> tuple[np.ndarray, np.ndarray]:
    n = max(len(y), 1)
    params = [np.zeros((x.width, y.shape[1])), np.zeros(y.shape[1])]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    for step in range(1, how.steps + 1):
        error = 1.0 / (1.0 + np.exp(-(x.times(params[0], n) + params[1]))) - y
        grads = [x.transposed_times(error) / n + params[0] / (how.strength * n), error.mean(0)]
        for p, g, m, s in zip(params, grads, moments, squares, strict=True):
            m *= 0.9
            m += 0.1 * g
            s *= 0.999
            s += 0.001 * g * g
            p -= how.rate * (m / (1 - 0.9**step)) / (np.sqrt(s / (1 - 0.999**step)) + 1e-8)
    return params[0], params[1]


@contextmanager
def using(analyzer: Analyzer, model: NeedModel | None) -> Iterator[Analyzer]:
    """The analyzer with another model for a while (single-threaded use: training)."""
    saved = analyzer.model
    analyzer.model = model
    try:
        yield analyzer
    finally:
        analyzer.model = saved


def read_sets(analyzer: Analyzer, files: Sequence[Path]) -> dict[str, LabelledSet]:
    """Each labelled file with the features of its sentences, by file name."""
    found = {}
    for path in files:
        items = read_labelled(path)
        found[path.name] = LabelledSet(items, examples(analyzer, items))
    return found


@dataclass(frozen=True)
class LabelledSet:
    items: list[LabelledItem]
    examples: list[Example]


def cross_validate(
    analyzer: Analyzer,
    sets: dict[str, LabelledSet],
    settings: Settings | None = None,
    how: Fit = Fit(),
) -> dict[str, tuple[EvaluationReport, EvaluationReport]]:
    """Per file: the rules alone, and rules plus a model trained on the other files
    (without variants of the file's own sentences)."""
    reports = {}
    for name, judged in sets.items():
        rest = [e for other, found in sets.items() if other != name for e in found.examples]
        rest = without_lookalikes(rest, [item.text for item in judged.items])
        with using(analyzer, None):
            rules = evaluate(analyzer, judged.items)
        with using(analyzer, fit(rest, settings, how)):
            joined = evaluate(analyzer, judged.items)
        reports[name] = (rules, joined)
    return reports
