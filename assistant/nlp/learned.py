"""Join the learned layer to the rules' needs for one utterance.

The rules stay in charge of what they found (and of its evidence); the model's
probability is averaged into their confidence, which improves the ranking, and a domain
the rules missed is added when the model is sure (``Settings.add_threshold``). Its
evidence is the words that weighed most, marked ``source="model"``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from assistant.nlp.features import token_features
from assistant.nlp.model import NeedModel
from assistant.nlp.models import Evidence, NeedHit
from assistant.nlp.scope import Scope

ADDED_SHARE = 0.9
"""A domain only the model found ranks a little below one the rules are equally sure of."""


def with_learned(
    doc: Doc, scope: Scope, needs: list[NeedHit], model: NeedModel, urgent: set[str]
) -> list[NeedHit]:
    """The rules' needs with the model's view joined in, highest confidence first; the
    ``urgent`` domains (part of a danger signal) keep their lead."""
    found = token_features(doc, scope)
    names = list(found)
    probability = model.probabilities(names)
    joined = []
    for need in needs:
        if need.domain in urgent:
            joined.append(need)  # danger first, whatever the words around it
            continue
        confidence = round((need.confidence + probability[need.domain]) / 2, 3)
        joined.append(need.model_copy(update={"confidence": confidence}))
    have = {need.domain for need in needs}
    for domain, p in probability.items():
        if domain in have or p < model.settings.add_threshold:
            continue
        reasons = model.reasons(domain, names)
        if not reasons:
            continue
        evidence = [_evidence(doc, found[name][0], name, domain) for name, _ in reasons]
        evidence.sort(key=lambda e: e.start)
        joined.append(
            NeedHit(domain=domain, confidence=round(p * ADDED_SHARE, 3), evidence=evidence)
        )
    joined.sort(key=lambda need: (need.domain not in urgent, -need.confidence, need.domain))
    return joined


def _evidence(doc: Doc, position: int, feature: str, domain: str) -> Evidence:
    token = doc[position]
    return Evidence(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        term=feature.split(":", 1)[1],
        label=domain,
        source="model",
    )
