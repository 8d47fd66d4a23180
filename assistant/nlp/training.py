"""Train the learned layer on labelled sentences, and measure it honestly.

Two steps, both deterministic (zero start, no shuffling):

1. the word model: one logistic regression per domain over binary word features
   (:mod:`features`), fitted with full-batch Adam and L2 regularisation in numpy;
2. the :mod:`combiner`, fitted on the word model's probabilities (and the
   :mod:`neighbours` vote) for sentences they did not train on: the files are split into
   groups, and each group is scored by a word model and an index of the other groups.
   So the combiner learns how far to trust both on new sentences.

``cross_validate`` scores each group of files by a model (both steps) that never saw it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp.analyzer import Analyzer
from assistant.nlp.combiner import ANY_NEED, Combiner, inputs
from assistant.nlp.evaluation import EvaluationReport, LabelledItem, evaluate, read_labelled
from assistant.nlp.features import token_features
from assistant.nlp.fitting import DEFAULT_FIT, Fit, fit_combiner, fit_words
from assistant.nlp.model import NeedModel, Settings, probabilities
from assistant.nlp.neighbours import Neighbours, build
from assistant.nlp.term_trust import Sighting, TermTrust, found_by, learn

LOOKALIKE = 0.35
"""Word overlap (Jaccard) from which two sentences count as variants of each other.
Sentences written by different people still come out alike now and then; a model
scored on a file must not have trained on near-copies of its sentences."""


@dataclass(frozen=True)
class Example:
    features: list[str]
    domains: set[str]
    text: str = ""
    rules: dict[str, float] = field(default_factory=dict)
    """The domains the rules found, with their confidence."""
    urgent: frozenset[str] = frozenset()
    """The domains that are part of a danger signal."""
    signal: str | None = None
    """The labelled kind of danger, if the file gives it (see ``signal_known``)."""
    signal_known: bool = False
    signalled: frozenset[str] = frozenset()
    """The kinds of danger the lists signal in this sentence."""
    settled: frozenset[str] = frozenset()
    """The domains the rules found only before "things are fine now" (:mod:`settled`)."""
    terms: dict[str, list[str]] = field(default_factory=dict)
    """Per domain the rules found, the lexicon terms that found it (:mod:`term_trust`)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def without_lookalikes(data: Sequence[Example], judged: Sequence[str]) -> list[Example]:
    """The examples that are no variant of any of the judged sentences."""
    judged_words = [_words(text) for text in judged]

    def alike(words: frozenset[str]) -> bool:
        if not words:
            return False  # nothing to compare
        return any(len(words & other) >= LOOKALIKE * len(words | other) for other in judged_words)

    return [e for e in data if not alike(_words(e.text))]


def examples(analyzer: Analyzer, items: Sequence[LabelledItem]) -> list[Example]:
    """The features of each labelled sentence, as the analyzer sees it."""
    found = []
    for item in items:
        view = analyzer.rules(item.text)
        found.append(
            Example(
                features=list(token_features(view.doc, view.scope)),
                domains=set(item.domains),
                text=item.text,
                rules={need.domain: need.confidence for need in view.needs},
                urgent=frozenset(view.urgent),
                settled=view.settled,
                terms=found_by(view.needs),
                signal=item.signal,
                signal_known=item.signal_known,
                signalled=frozenset(s.kind for s in view.signals),
            )
        )
    return found


def fit(
    groups: Sequence[Sequence[Example]], settings: Settings | None = None, how: Fit = DEFAULT_FIT
) -> NeedModel:
    """A model (word model and combiner) fitted on these groups of examples: one group
    per labelled file, say. With fewer than three groups the examples are split evenly."""
    data = [example for group in groups for example in group]
    rows: list[list[float]] = []
    truth: list[float] = []
    for held, rest in folds(groups):
        bias, weights = _fit_words(rest, how)
        index = _index(rest)
        trust = _trust(rest)
        for example in held:
            p = probabilities(OUTPUTS, bias, weights, example.features)
            similar = dict(zip(OUTPUTS, index.votes(example.features), strict=True))
            rows += inputs(
                DOMAINS,
                example.rules,
                p,
                example.urgent,
                similar,
                settled=example.settled,
                trust=trust.shifts(example.terms),
            )
            truth += [float(domain in example.domains) for domain in DOMAINS]
    bias, weights = _fit_words(data, how)
    combiner = Combiner(fit_combiner(np.array(rows), np.array(truth)).tolist())
    return NeedModel(
        DOMAINS,
        bias,
        weights,
        settings or Settings(),
        combiner,
        _index(data),
        term_trust=_trust(data),
    )


def _trust(data: Sequence[Example]) -> TermTrust:
    return learn(Sighting(e.terms, e.domains) for e in data)


def _index(data: Sequence[Example]) -> Neighbours:
    """The sentences as a :mod:`neighbours` index: their domains, then "any need"."""
    labels = [
        [*(DOMAINS.index(d) for d in e.domains), len(DOMAINS)] if e.domains else [] for e in data
    ]
    return build([e.features for e in data], labels, len(OUTPUTS))


def folds(groups: Sequence[Sequence[Example]]) -> list[tuple[list[Example], list[Example]]]:
    """Each fold of groups (of files) with the other folds' examples, minus variants of
    the fold's sentences: to score every example by a model that did not train on it.
    With fewer than three groups the examples are split evenly."""
    data = [example for group in groups for example in group]
    if len(groups) < MIN_GROUPS:
        groups = [data[start::FOLDS] for start in range(FOLDS)]
    held_out = [
        [example for group in groups[start::FOLDS] for example in group]
        for start in range(min(FOLDS, len(groups)))
    ]
    return [
        (
            held,
            without_lookalikes(
                [e for o in held_out if o is not held for e in o], [e.text for e in held]
            ),
        )
        for held in held_out
    ]


DOMAINS = list(DOMAIN_SLUGS)
OUTPUTS = [*DOMAINS, ANY_NEED]
FOLDS = 6
"""Groups of files for the combiner's training (and for cross-validation)."""
MIN_GROUPS = 3


def _fit_words(data: Sequence[Example], how: Fit) -> tuple[list[float], dict[str, list[float]]]:
    """The word model: each example's domains, and "any need" when it has one."""
    targets = [[*e.domains, ANY_NEED] if e.domains else [] for e in data]
    return fit_words([e.features for e in data], targets, OUTPUTS, how)


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
    how: Fit = DEFAULT_FIT,
) -> dict[str, tuple[EvaluationReport, EvaluationReport]]:
    """Per file: the rules alone, and the rules plus a model trained on the other groups
    of files (without variants of the group's own sentences), in file order."""
    names = list(sets)
    groups = [names[start::FOLDS] for start in range(min(FOLDS, len(names)))]
    reports = {}
    for group in groups:
        judged = [item.text for name in group for item in sets[name].items]
        rest = [
            without_lookalikes(sets[name].examples, judged) for name in names if name not in group
        ]
        model = fit(rest, settings, how)
        for name in group:
            with using(analyzer, None):
                rules = evaluate(analyzer, sets[name].items)
            with using(analyzer, model):
                joined = evaluate(analyzer, sets[name].items)
            reports[name] = (rules, joined)
    return {name: reports[name] for name in names}
