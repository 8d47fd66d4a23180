"""The learned danger model: a hint where the lists find no danger signal.

Danger told indirectly ("ik heb alles al geregeld voor als ik er niet meer ben", "hij
kijkt op m'n telefoon wie ik bel") is found by the lists only when someone wrote that
wording down: on a new writer's indirect sentences about 4 in 10 times. This model
weighs the words of the utterance (the same features as the needs model, so denial and
other people's problems keep their meaning) and gives a *hint*, never a signal: no
route, nothing recorded, only an invitation to explore safety. Its threshold is chosen
at training, from sentences it did not train on, so that at most 1 in 100 sentences
without danger gets a hint (:mod:`assistant.nlp.danger_training`).
"""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from assistant.nlp.features import KEPT, PREFIX
from assistant.nlp.learned import model_evidence
from assistant.nlp.model import model_errors, probabilities, read_model_data
from assistant.nlp.models import DangerHint

DANGER_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "learned" / "danger-model.json"
FORMAT = 1
KINDS = ["suicide_risk", "violence"]
EVIDENCE_WORDS = 3


@dataclass
class DangerModel:
    """One logistic regression per kind of danger over the words of an utterance."""

    kinds: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float
    """A hint from this probability up."""
    measured: dict[str, int] = field(default_factory=dict)
    """Figures on sentences the model did not train on (see danger_training.py)."""
    trained_on: dict[str, int] = field(default_factory=dict)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        return probabilities(self.kinds, self.bias, self.weights, features)

    def hints(
        self, doc: Doc, found: dict[str, list[int]], signalled: AbstractSet[str]
    ) -> list[DangerHint]:
        """A hint per kind the lists did not signal and the model thinks likely enough,
        with the words that weighed most as evidence (a word counts once, by its
        strongest feature: the whole word or its first letters)."""
        hints = []
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
            "bias": [round(b, 4) for b in self.bias],
            "weights": {k: [round(w, 4) for w in v] for k, v in sorted(self.weights.items())},
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def danger_from_data(data: Any, path: Path = DANGER_FILE, checked: bool = False) -> DangerModel:
    """The danger model from parsed JSON, checked unless it was before (the snapshot)."""
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
            measured={str(k): int(v) for k, v in data.get("measured", {}).items()},
            trained_on={str(k): int(v) for k, v in data.get("trained_on", {}).items()},
        )


def load_danger(path: Path = DANGER_FILE) -> DangerModel:
    """The danger model in ``path``; a clear Dutch error when it is missing or broken."""
    return danger_from_data(read_model_data(path), path)
