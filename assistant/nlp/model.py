"""The learned layer: a linear model over the words of an utterance, per life domain.

The lexicons know the words a trainer wrote down; clients describe their lives in many
more ("de lege flessen in de glasbak", "m'n laatste schone onderbroek"). This model is
trained on the labelled sentences in ``assistant/knowledge/learned/sentences`` (one
logistic regression per domain, see :mod:`training`). A small learned :mod:`combiner`
joins its probabilities with what the rules found. It never raises a safety signal and
never drops a domain that is part of one: those stay rule-based and explainable.

The weights are plain JSON, so a trainer can read which words count for which domain,
and retrain after adding sentences (``assistant needs --train``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import KeukentafelError, os_reason
from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp.combiner import ANY_NEED, Combiner
from assistant.nlp.neighbours import Neighbours, stored
from assistant.nlp.term_trust import TermTrust

MODEL_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "learned" / "needs-model.json"
FORMAT = 5
WORD = "w:"
"""Only whole kept words are shown as reasons (not the letter prefixes)."""


class ModelFileError(KeukentafelError):
    """A model file that cannot be read."""


@dataclass(frozen=True)
class Settings:
    """How the model explains itself."""

    evidence_words: int = 3
    """At most this many words are shown as the reason for an added domain."""


@dataclass
class NeedModel:
    """Weights per feature and a bias: one per domain (in ``domains`` order), then one
    for :data:`ANY_NEED`."""

    domains: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    settings: Settings
    combiner: Combiner
    """Joins these probabilities with the rules' needs (fitted with the model)."""
    neighbours: Neighbours | None = None
    """The labelled sentences it was trained on, to find the ones most like an utterance;
    without them the combiner gets "no opinion" from this view."""
    trained_on: dict[str, int] = field(default_factory=dict)
    """The labelled files it was trained on and their number of sentences."""
    term_trust: TermTrust = field(default_factory=TermTrust)
    """How often each lexicon term was right in those sentences (for the combiner)."""

    def trust(self, terms: Mapping[str, Sequence[str]]) -> dict[str, float]:
        """Per domain the rules found, with the lexicon terms that found it: how far to
        trust those terms above an average term (log-odds)."""
        return self.term_trust.shifts(terms)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """P(domain) per domain, and P(any need) under :data:`ANY_NEED`."""
        return probabilities(self.outputs, self.bias, self.weights, features)

    def similar(self, features: list[str]) -> dict[str, float]:
        """P(domain) and P(any need) as voted by the most similar labelled sentences."""
        if self.neighbours is None:
            return dict.fromkeys(self.outputs, 0.5)
        return dict(zip(self.outputs, self.neighbours.votes(features), strict=True))

    @property
    def outputs(self) -> list[str]:
        return [*self.domains, ANY_NEED]

    def reasons(self, domain: str, features: list[str]) -> list[tuple[str, float]]:
        """The features that pushed most towards this domain, strongest first."""
        column = self.domains.index(domain)
        pushes = [
            (name, self.weights[name][column])
            for name in features
            if name in self.weights and name.startswith(WORD)
        ]
        pushes = [p for p in pushes if p[1] > 0]
        pushes.sort(key=lambda p: -p[1])
        return pushes[: self.settings.evidence_words]

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "domains": self.domains,
            "outputs": self.outputs,
            "bias": [round(b, 4) for b in self.bias],
            "settings": self.settings.__dict__,
            "combiner": self.combiner.to_dict(self.domains),
            "trained_on": self.trained_on,
            "term_trust": self.term_trust.to_dict(),
            "neighbours": self.neighbours.to_dict() if self.neighbours else None,
            "weights": {k: [round(w, 4) for w in v] for k, v in sorted(self.weights.items())},
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def probabilities(
    outputs: list[str], bias: list[float], weights: dict[str, list[float]], features: list[str]
) -> dict[str, float]:
    """P(output) per output: a logistic regression over 0/1 features."""
    totals = list(bias)
    for name in features:
        row = weights.get(name)
        if row is not None:
            totals = [t + w for t, w in zip(totals, row, strict=True)]
    return {d: 1.0 / (1.0 + math.exp(-t)) for d, t in zip(outputs, totals, strict=True)}


def load_model(path: Path = MODEL_FILE) -> NeedModel:
    """The model in ``path``; a clear Dutch error when it is missing or broken."""
    return model_from_data(read_model_data(path), path)


def read_model_data(path: Path = MODEL_FILE) -> Any:
    """The parsed JSON of a model file (checked by :func:`model_from_data`)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelFileError(
            f"Het model {path} kan niet gelezen worden: {os_reason(exc)}."
        ) from exc
    except ValueError as exc:
        raise ModelFileError(f"Het model {path} is geen geldige JSON: {exc}.") from exc


def model_from_data(data: Any, path: Path = MODEL_FILE, checked: bool = False) -> NeedModel:
    """The model from parsed JSON, checked unless it was before (``checked``, as in the
    snapshot); ``path`` only names the file in errors."""
    refuse_older(data, FORMAT, f"Het model {path}", "--train")
    with model_errors(path):
        if data["format"] != FORMAT or set(data["domains"]) - set(DOMAIN_SLUGS):
            raise ValueError("onbekende versie of onbekende domeinen")
        width = len(data["domains"]) + 1  # the domains, then any need
        weights: dict[str, list[float]] = data["weights"]  # numbers, as JSON gives them
        if len(data["bias"]) != width or any(len(v) != width for v in weights.values()):
            raise ValueError("het aantal gewichten past niet bij het aantal domeinen")
        if not checked and not all(isinstance(w, int | float) for v in weights.values() for w in v):
            raise ValueError("een gewicht is geen getal")
        domains = list(data["domains"])
        return NeedModel(
            domains=domains,
            bias=[float(b) for b in data["bias"]],
            weights=weights,
            settings=Settings(**data.get("settings", {})),
            combiner=Combiner.from_dict(data["combiner"], domains),
            neighbours=stored(data.get("neighbours"), width, "domeinen"),
            trained_on={str(k): int(v) for k, v in data.get("trained_on", {}).items()},
            term_trust=TermTrust.from_dict(data["term_trust"]),
        )


def refuse_older(data: Any, current: int, named: str, option: str) -> None:
    """A file from an older version of Keukentafel cannot be read: say how to retrain it
    (``option`` of ``assistant needs``) rather than what is missing."""
    if isinstance(data, dict) and isinstance(data.get("format"), int) and data["format"] < current:
        raise ModelFileError(
            f"{named} is gemaakt door een oudere versie van Keukentafel. Train het opnieuw "
            f"met: assistant needs {option} (zie assistant/knowledge/learned/README.md)."
        )


@contextmanager
def model_errors(path: Path) -> Iterator[None]:
    """A missing part or a wrong value while reading a model file becomes a Dutch error
    that names the file."""
    try:
        yield
    except KeyError as exc:
        raise ModelFileError(
            f"Het model {path} klopt niet: het onderdeel {exc} ontbreekt."
        ) from exc
    except (TypeError, ValueError) as exc:
        raise ModelFileError(f"Het model {path} klopt niet: {exc}.") from exc
