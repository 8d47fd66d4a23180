"""The learned danger model: a hint where the lists find no danger signal.

Danger told indirectly ("ik heb alles al geregeld voor als ik er niet meer ben", "hij
kijkt op m'n telefoon wie ik bel") is found by the lists only when someone wrote that
wording down: on a new writer's indirect sentences about 4 in 10 times. This model
weighs the words of the utterance (the same features as the needs model, so denial and
other people's problems keep their meaning), asks how many of the most similar labelled
sentences told of danger (:mod:`assistant.nlp.neighbours`), and gives a *hint* when both
lean that way, never a signal: no route, nothing recorded, only an invitation to explore
safety. Both together find more than either alone: on sentences the model did not train
on, at the same number of false hints, 61 instead of 52 of the 214 the lists miss. Its
threshold is chosen at training, from sentences it did not train on, so that at most 1
in 100 sentences without danger gets a hint (:mod:`assistant.nlp.danger_training`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from assistant.nlp.features import KEPT, PREFIX
from assistant.nlp.learned import model_evidence
from assistant.nlp.model import model_errors, probabilities, read_model_data, refuse_older
from assistant.nlp.models import DangerHint
from assistant.nlp.neighbours import Neighbours, stored

DANGER_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "learned" / "danger-model.json"
FORMAT = 2
KINDS = ["suicide_risk", "violence"]
EVIDENCE_WORDS = 3


@dataclass
class DangerModel:
    """One logistic regression per kind of danger over the words of an utterance, and
    the labelled sentences most like it."""

    kinds: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float
    """A hint from this score up."""
    neighbours: Neighbours | None = None
    """The labelled sentences it was trained on, by word; without them the score is the
    word model's probability alone."""
    measured: dict[str, int] = field(default_factory=dict)
    """Figures on sentences the model did not train on (see danger_training.py)."""
    trained_on: dict[str, int] = field(default_factory=dict)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """The score per kind: the word model's probability, joined with the share of
        similar sentences that told of that danger (see :func:`joined`)."""
        p = probabilities(self.kinds, self.bias, self.weights, features)
        if self.neighbours is None:
            return p
        return joined(p, dict(zip(self.kinds, self.neighbours.votes(features), strict=True)))

    def hints(
        self, doc: Doc, found: dict[str, list[int]], signalled: AbstractSet[str]
    ) -> list[DangerHint]:
        """A hint per kind the lists did not signal and the model thinks likely enough,
        with the words that weighed most as evidence (a word counts once, by its
        strongest feature: the whole word or its first letters)."""
        hints: list[DangerHint] = []
        if signalled >= set(self.kinds):
            return hints  # nothing left to hint at: skip the search for similar sentences
        for kind, p in self.probabilities(list(found)).items():
            if kind in signalled or p < self.threshold:
                continue
            column = self.kinds.index(kind)
            strongest: dict[int, tuple[float, str]] = {}  # token position -> weight, feature
            for name, positions in found.items():
                weight = self.weights.get(name, [0.0] * len(self.kinds))[column]
                best = strongest.get(positions[0], (0.0, ""))[0]  # 0.0: only pushes towards
                if name.startswith((KEPT, PREFIX)) and weight > best:
                    strongest[positions[0]] = (weight, name)
            ranked = sorted(strongest.items(), key=lambda item: -item[1][0])[:EVIDENCE_WORDS]
            evidence = [model_evidence(doc, at, name, kind) for at, (_, name) in ranked]
            evidence.sort(key=lambda e: e.start)
            hints.append(DangerHint(kind=kind, probability=round(p, 3), evidence=evidence))
        return hints

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "kinds": self.kinds,
            "threshold": self.threshold,
            "measured": self.measured,
            "trained_on": self.trained_on,
            "neighbours": self.neighbours.to_dict() if self.neighbours else None,
            "bias": [round(b, 4) for b in self.bias],
            "weights": {k: [round(w, 4) for w in v] for k, v in sorted(self.weights.items())},
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def danger_from_data(data: Any, path: Path = DANGER_FILE, checked: bool = False) -> DangerModel:
    """The danger model from parsed JSON, checked unless it was before (the snapshot)."""
    refuse_older(data, FORMAT, f"Het gevaarmodel {path}", "--train-danger")
    with model_errors(path):
        if data["format"] != FORMAT or set(data["kinds"]) - set(KINDS):
            raise ValueError("onbekende versie of onbekende soorten signalen")
        width = len(data["kinds"])
        weights: dict[str, list[float]] = data["weights"]
        if len(data["bias"]) != width or any(len(v) != width for v in weights.values()):
            raise ValueError("het aantal gewichten past niet bij het aantal soorten")
        if not checked and not all(isinstance(w, int | float) for v in weights.values() for w in v):
            raise ValueError("een gewicht is geen getal")
        threshold = float(data["threshold"])
        if not 0.0 < threshold < 1.0:
            raise ValueError("de drempel ligt niet tussen 0 en 1")
        return DangerModel(
            kinds=list(data["kinds"]),
            bias=[float(b) for b in data["bias"]],
            weights=weights,
            threshold=threshold,
            neighbours=stored(data.get("neighbours"), width, "soorten"),
            measured={str(k): int(v) for k, v in data.get("measured", {}).items()},
            trained_on={str(k): int(v) for k, v in data.get("trained_on", {}).items()},
        )


def joined(probability: dict[str, float], similar: dict[str, float]) -> dict[str, float]:
    """The geometric mean of both views per kind: high only when both lean to danger.
    Measured against their mean and their maximum (leaving groups of files out), it found
    the most at the same number of false hints."""
    return {kind: math.sqrt(p * similar[kind]) for kind, p in probability.items()}


def load_danger(path: Path = DANGER_FILE) -> DangerModel:
    """The danger model in ``path``; a clear Dutch error when it is missing or broken."""
    return danger_from_data(read_model_data(path), path)
