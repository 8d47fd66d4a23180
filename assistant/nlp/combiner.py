"""One score per life domain from two views: the rules' and the learned model's.

The rules are precise on the words a trainer wrote down; the model knows many more
words but is less sure of each. How far to trust either is itself learned: a small
logistic regression over both views per domain (did the rules find it and how sure were
they, the model's log-odds and rank, how many domains the rules found, and the model's
log-odds that the utterance holds any need at all, and the same two from the vote of
the most similar labelled sentences, :mod:`neighbours`; and how often the terms the
rules found by were right in the labelled sentences, :mod:`term_trust`). It is fitted on
the model's probabilities for sentences the model did not train on (see
:func:`assistant.nlp.training.fit_with_combiner`), so it learns how the model behaves on
new sentences, not on sentences it already knows.

Measured by leaving groups of files out, against averaging the two views and adding a
model-only domain from 0.8: +0.02 macro-F1, +1 point primary-in-top-2 and 2 points fewer
false alarms on sentences without a need.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

INPUTS = (
    "bias",
    "rules_found",
    "rules_confidence",
    "model_logodds",
    "model_logodds_when_rules_found",
    "model_first",
    "model_second",
    "rules_found_only_this",
    "rules_found_three_or_more",
    "model_best_other_logodds",
    "danger",
    "need_logodds",
    "need_logodds_when_rules_found",
    "similar_logodds",
    "similar_logodds_when_rules_found",
    "similar_need_logodds",
    "rules_found_then_settled",
    "rules_term_trust",
)
"""The named inputs, in weight order; then one weight per domain, and one per domain
for when the rules found it."""

KEEP_FROM = 0.4
"""A domain counts as a need from this combined score on. Chosen by leaving groups of
files out: 0.5 loses more primary domains than it saves false alarms."""

CLIP = 1e-4
ANY_NEED = "any_need"
"""The last output of the word model: does the utterance hold any need at all? A
sentence without a need is told apart better by one output that learned exactly that
than by eleven outputs that each learned one domain (leaving groups of files out: 3
points fewer false alarms on sentences without a need)."""


def logodds(p: float) -> float:
    p = min(max(p, CLIP), 1 - CLIP)
    return math.log(p / (1 - p))


def inputs(
    domains: Sequence[str],
    rules: dict[str, float],
    probability: dict[str, float],
    urgent: set[str] | frozenset[str],
    similar: dict[str, float],
    *,
    settled: frozenset[str],
    trust: Mapping[str, float],
) -> list[list[float]]:
    """One row of inputs per domain (in ``domains`` order), as :data:`INPUTS` names them,
    followed by the domain's own indicators. ``probability`` has the word model's
    outputs: the domains and ``any_need``; ``similar`` the same outputs as voted by the
    most similar labelled sentences; ``settled`` the domains the rules found only before
    a clause that says things are fine now (:mod:`assistant.nlp.settled`); ``trust`` per
    domain the rules found, how far its terms are to be trusted above an average term
    (:meth:`assistant.nlp.term_trust.TermTrust.shift`)."""
    odds = [logodds(probability[d]) for d in domains]
    need = logodds(probability[ANY_NEED])
    similar_need = logodds(similar[ANY_NEED])
    ranked = sorted(range(len(domains)), key=lambda k: (-odds[k], k))
    place = {k: i for i, k in enumerate(ranked)}
    found = len(rules)
    rows = []
    for k, domain in enumerate(domains):
        fired = 1.0 if domain in rules else 0.0
        row = [
            1.0,
            fired,
            rules.get(domain, 0.0),
            odds[k],
            fired * odds[k],
            float(place[k] == 0),
            float(place[k] == 1),
            fired * (found == 1),
            fired * (found >= 3),
            max((o for j, o in enumerate(odds) if j != k), default=0.0),
            float(domain in urgent),
            need,
            fired * need,
            logodds(similar[domain]),
            fired * logodds(similar[domain]),
            similar_need,
            fired * (domain in settled),
            fired * trust.get(domain, 0.0),
        ]
        row += [float(j == k) for j in range(len(domains))]
        row += [float(j == k) * fired for j in range(len(domains))]
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Combiner:
    """The fitted weights: :data:`INPUTS`, then per domain, then per domain when found."""

    weights: list[float]
    keep_from: float = KEEP_FROM

    def scores(
        self,
        domains: Sequence[str],
        rules: dict[str, float],
        probability: dict[str, float],
        urgent: set[str] | frozenset[str],
        similar: dict[str, float],
        *,
        settled: frozenset[str],
        trust: Mapping[str, float],
    ) -> dict[str, float]:
        """The combined score (0-1) per domain."""
        found = {}
        rows = inputs(domains, rules, probability, urgent, similar, settled=settled, trust=trust)
        for domain, row in zip(domains, rows, strict=True):
            total = sum(w * x for w, x in zip(self.weights, row, strict=True))
            found[domain] = 1.0 / (1.0 + math.exp(-total))
        return found

    def to_dict(self, domains: Sequence[str]) -> dict[str, object]:
        """Named weights, so a trainer can read what counts."""
        own = len(INPUTS)
        width = len(domains)
        return {
            "keep_from": self.keep_from,
            "inputs": dict(zip(INPUTS, _rounded(self.weights[:own]), strict=True)),
            "domain": dict(zip(domains, _rounded(self.weights[own : own + width]), strict=True)),
            "domain_found": dict(zip(domains, _rounded(self.weights[own + width :]), strict=True)),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], domains: Sequence[str]) -> Combiner:
        """The combiner of a model file; a ``KeyError`` or ``ValueError`` when it is broken."""
        weights = [float(data["inputs"][name]) for name in INPUTS]
        weights += [float(data["domain"][d]) for d in domains]
        weights += [float(data["domain_found"][d]) for d in domains]
        keep_from = float(data.get("keep_from", KEEP_FROM))
        if not 0.0 < keep_from < 1.0:
            raise ValueError("keep_from moet tussen 0 en 1 liggen")
        return cls(weights, keep_from)


def _rounded(values: Sequence[float]) -> list[float]:
    return [round(v, 4) for v in values]
