"""Join the learned layer to the rules' needs for one utterance.

The :mod:`combiner` scores every domain from both views. A domain counts from
``Combiner.keep_from``; the rules' evidence stays with what they found, and a domain
only the model found gets the words that weighed most, marked ``source="model"``. A
domain that is part of a danger signal is always kept, first, with the rules'
confidence: danger never depends on the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from assistant.nlp.model import NeedModel
from assistant.nlp.models import Evidence, NeedHit
from assistant.nlp.term_trust import found_by

if TYPE_CHECKING:
    from assistant.nlp.analyzer import RuleView


def with_learned(view: RuleView, found: dict[str, list[int]], model: NeedModel) -> list[NeedHit]:
    """The needs both views agree on, highest score first; the urgent domains (part of a
    danger signal) are always there and keep their lead. ``found`` are the word features
    of the doc (:func:`assistant.nlp.features.token_features`)."""
    doc, needs, urgent = view.doc, view.needs, view.urgent
    names = list(found)
    probability = model.probabilities(names)
    rules: dict[str, float] = {need.domain: need.confidence for need in needs}
    similar = model.similar(names)
    scores = model.combiner.scores(
        model.domains,
        rules,
        probability,
        urgent,
        similar,
        settled=view.settled,
        trust=model.trust(found_by(needs)),
    )
    keep_from = model.combiner.keep_from
    joined = [
        need
        if need.domain in urgent
        else need.model_copy(update={"confidence": _rounded(scores, need.domain)})
        for need in needs
        if need.domain in urgent or scores[need.domain] >= keep_from
    ]
    for domain in model.domains:
        if domain in rules or scores[domain] < keep_from:
            continue
        reasons = model.reasons(domain, names)
        if not reasons:
            continue  # nothing to show as the reason
        evidence = [model_evidence(doc, found[name][0], name, domain) for name, _ in reasons]
        evidence.sort(key=lambda e: e.start)
        joined.append(
            NeedHit(domain=domain, confidence=_rounded(scores, domain), evidence=evidence)
        )
    joined.sort(key=lambda need: (need.domain not in urgent, -need.confidence, need.domain))
    return joined


def _rounded(scores: dict[str, float], domain: str) -> float:
    return round(scores[domain], 3)


def model_evidence(doc: Doc, position: int, feature: str, label: str) -> Evidence:
    """The token a weighed feature came from, as evidence ``source="model"``."""
    token = doc[position]
    return Evidence(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        term=feature.split(":", 1)[1],
        label=label,
        source="model",
    )
