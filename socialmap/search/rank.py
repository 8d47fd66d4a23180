"""Which docs can still reach the top, their scores, and the final order.

Split from the index so the scoring rules can be read in one place: a doc's score is the
sum over query words of its best weighted match, divided by the number of words; ties go
to the lower doc number, which the index made mean "lighter kind first, then id".
"""

from __future__ import annotations

import heapq
from itertools import repeat
from operator import add

Collected = tuple[dict[int, float], list[tuple[float, list[int]]]]
"""Per word: best value per doc, and (value, docs) posting lists best first."""


def candidates(
    collected: list[Collected],
    allowed: set[int] | None,
    limit: int,
    wanted: int,
) -> dict[int, float]:
    """Partial scores (sum over the scanned words) of every doc that can reach the top."""
    bests = [best for best, _ in collected]
    common = set(bests[0]) if allowed is None else bests[0].keys() & allowed
    for best in bests[1:]:
        common &= best.keys()
    scores = _sum_scores(bests, common)
    # Docs missing a word score at most len(bests) - 1: enough full matches win.
    if (
        len(bests) > 1
        and len(scores) >= wanted
        and heapq.nlargest(wanted, scores.values())[-1] >= len(bests) - 1 + 0.01
    ):
        return scores
    candidates: set[int] = set()
    for _, pairs in collected:
        candidates.update(_best_docs(pairs, wanted, allowed, 0.01 * len(bests)))
    for i, first in enumerate(bests):
        for second in bests[i + 1 :]:
            both = first.keys() & second.keys()
            candidates |= both if allowed is None else both & allowed
    return _sum_scores(bests, candidates - scores.keys()) | scores


def top(scores: dict[int, float], count: int, limit: int) -> list[tuple[int, float]]:
    if not scores:
        return []
    kth = heapq.nlargest(limit, scores.values())[-1] / count
    floor = (round(kth, 2) - 0.005 - 1e-9) * count
    pool = [(doc, round(v / count, 2)) for doc, v in scores.items() if v >= floor]
    pool.sort(key=lambda item: (-item[1], item[0]))
    return pool[:limit]


def _best_docs(
    pairs: list[tuple[float, list[int]]], wanted: int, allowed: set[int] | None, margin: float
) -> set[int]:
    """The ``wanted`` best docs of one word, ties included.

    Posting lists are sorted by doc number, which is also the tie-break, so from each list
    only its first ``wanted`` (allowed) docs can still make the top.
    """
    taken: set[int] = set()
    floor = -1.0
    for value, docs in pairs:
        if value < floor:
            break
        if allowed is None:
            taken.update(docs[:wanted])
        else:
            taken.update(sorted(allowed.intersection(docs))[:wanted])
        if floor < 0 and len(taken) >= wanted:
            floor = value - margin
    return taken


def _sum_scores(bests: list[dict[int, float]], docs: set[int]) -> dict[int, float]:
    """Per doc the sum of its best values over the words (C-level loops via ``map``)."""
    order = list(docs)
    totals = list(map(bests[0].get, order, repeat(0.0)))
    for best in bests[1:]:
        totals = list(map(add, totals, map(best.get, order, repeat(0.0))))
    return dict(zip(order, totals, strict=True))
