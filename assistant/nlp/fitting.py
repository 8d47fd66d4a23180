"""Logistic regressions in plain numpy, deterministic (zero start, full batch, no
shuffling): the word model (many sparse 0/1 features) and the combiner (~35 dense inputs).

Full-batch Adam with L2 regularisation; ~6,000 sentences with ~10,000 features fit in
about fifteen seconds on one core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MIN_WEIGHT = 0.01
"""Weights smaller than this (for every domain) are left out of the model file."""


@dataclass(frozen=True)
class Fit:
    """How to fit: regularisation strength (higher is freer) and the number of steps."""

    strength: float = 3.0
    steps: int = 300
    rate: float = 0.1


DEFAULT_FIT = Fit()


def fit_words(
    features: Sequence[list[str]], targets: Sequence[list[str]], outputs: list[str], how: Fit
) -> tuple[list[float], dict[str, list[float]]]:
    """Bias and weights per feature (one per output; small weights left out) of one
    logistic regression per output, over 0/1 features."""
    if not features:
        return [0.0] * len(outputs), {}
    names = sorted({name for found in features for name in found})
    column = {name: i for i, name in enumerate(names)}
    rows = [row for row, found in enumerate(features) for _ in found]
    cols = [column[name] for found in features for name in found]
    y = np.zeros((len(features), len(outputs)))
    for row, wanted in enumerate(targets):
        y[row, [outputs.index(o) for o in wanted]] = 1.0
    w, b = _adam(_Sparse(np.array(rows, dtype=int), np.array(cols, dtype=int), len(names)), y, how)
    keep = np.abs(w).max(axis=1) >= MIN_WEIGHT
    return b.tolist(), {name: w[i].tolist() for i, name in enumerate(names) if keep[i]}


COMBINER_FIT = Fit(strength=1.0, steps=500, rate=0.05)
"""The combiner has 35 weights and ~60,000 rows: mild regularisation is plenty."""


def fit_combiner(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The weights of one logistic regression over dense inputs ``x`` (one row per
    sentence and domain) for the 0/1 truth ``y``."""
    n = max(len(y), 1)
    w = np.zeros(x.shape[1])
    moment, square = np.zeros_like(w), np.zeros_like(w)
    how = COMBINER_FIT
    for step in range(1, how.steps + 1):
        error = 1.0 / (1.0 + np.exp(-(x @ w))) - y
        grad = x.T @ error / n + w / (how.strength * n)
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad * grad
        w -= how.rate * (moment / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    return w


@dataclass(frozen=True)
class _Sparse:
    """A 0/1 matrix by the positions of its ones: sentences have ~15 of ~5,000 words."""

    rows: np.ndarray
    cols: np.ndarray
    width: int

    def times(self, w: np.ndarray, height: int) -> np.ndarray:
        return _sums(self.rows, w[self.cols], height)

    def transposed_times(self, e: np.ndarray) -> np.ndarray:
        return _sums(self.cols, e[self.rows], self.width)


def _sums(at: np.ndarray, values: np.ndarray, length: int) -> np.ndarray:
    """Per column of ``values``, the sums by position ``at`` (bincount: far faster than
    ``np.add.at``)."""
    columns = [
        np.bincount(at, weights=values[:, k], minlength=length) for k in range(values.shape[1])
    ]
    return np.stack(columns, axis=1) if columns else np.zeros((length, 0))


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
