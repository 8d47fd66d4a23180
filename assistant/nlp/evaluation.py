"""Scores of the need detector on a labelled file (the format of needs-dev.jsonl).

- per domain: precision, recall and F1 over items (a domain is predicted or not);
- macro_f1: the mean F1 over domains that occur in the labels or the predictions;
- micro_f1: F1 over all (item, domain) decisions together;
- primary_top2: share of items with a primary domain whose primary is among the two
  needs with the highest confidence;
- no_need_fpr: share of items without any need for which anything is predicted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import SCHEMA_MESSAGES, KeukentafelError, Problem, did_you_mean, field_path
from assistant.knowledge.vocabulary import DOMAIN_SLUGS

if TYPE_CHECKING:
    from assistant.nlp.analyzer import Analyzer
    from assistant.nlp.models import UtteranceAnalysis


class EvaluationError(KeukentafelError):
    """A labelled file that cannot be used for evaluation."""


class LabelledItem(BaseModel):
    id: str = ""
    text: str
    domains: list[str]
    primary: str | None = None
    signal: str | None = None
    """The kind of danger in the sentence; only known when the file gives the field
    (``"signal": null`` for none): see :attr:`signal_known`."""

    @property
    def signal_known(self) -> bool:
        return "signal" in self.model_fields_set


class DomainScore(BaseModel):
    domain: str
    precision: float
    recall: float
    f1: float
    support: int


class SignalScore(BaseModel):
    """Danger signals and hints on the sentences whose label says whether they tell of
    danger (a ``signal`` field)."""

    danger: int
    """Sentences labelled with a kind of danger."""
    found: int
    """Of those, with a signal of that kind from the lists."""
    hinted: int
    """Of the others, with a hint of that kind from the danger model."""
    calm: int
    """Sentences labelled without danger."""
    false_signals: int
    """Of those, with a signal anyway."""
    false_hints: int
    """Of those, with a hint (and no signal)."""


class EvaluationReport(BaseModel):
    items: int
    per_domain: list[DomainScore]
    macro_f1: float
    micro_f1: float
    primary_top2: float
    no_need_fpr: float
    signals: SignalScore | None = None
    """Only when the file labels danger (``signal``)."""


def numbered_lines(path: Path) -> list[tuple[int, str]]:
    """The non-empty lines of a labelled file with their line numbers; a Dutch error when
    the file cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"Het bestand {path} kan niet gelezen worden.") from exc
    return [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]


def read_labelled(path: Path) -> list[LabelledItem]:
    """Items of a JSONL file; every bad line is reported with its number."""
    items: list[LabelledItem] = []
    problems: list[Problem] = []
    for number, line in numbered_lines(path):
        item, wrong = _labelled_line(line)
        problems += [Problem(message, str(path), number, hint=hint) for message, hint in wrong]
        if item is not None:
            items.append(item)
    if problems:
        raise EvaluationError("Het bestand met voorbeelden klopt niet.", problems)
    return items


def _labelled_line(line: str) -> tuple[LabelledItem | None, list[tuple[str, str | None]]]:
    """One line of a labelled file: the item, and what is wrong with it (message, hint)."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, [(f"geen geldige JSON (teken {exc.pos + 1})", None)]
    try:
        item = LabelledItem.model_validate(raw)
    except ValidationError as exc:
        return None, [(_schema_message(e), None) for e in exc.errors()]
    wrong = [
        (f"onbekend domein '{domain}'", did_you_mean(domain, DOMAIN_SLUGS))
        for domain in item.domains
        if domain not in DOMAIN_SLUGS
    ]
    return (None if wrong else item), wrong


def _schema_message(error: Any) -> str:
    where = field_path(error["loc"]) or "regel"
    return f"{where}: {SCHEMA_MESSAGES.get(error['type'], 'waarde klopt niet')}"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives, false positives and misses."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(analyzer: Analyzer, items: Iterable[LabelledItem]) -> EvaluationReport:
    """The detector's needs (highest confidence first) scored against the labels, and its
    signals and hints where the labels say whether there is danger."""
    labelled = list(items)
    found = [analyzer.analyze(item.text) for item in labelled]
    report = score(labelled, [[need.domain for need in f.needs] for f in found])
    known = [(item, f) for item, f in zip(labelled, found, strict=True) if item.signal_known]
    if known:
        report.signals = score_signals(known)
    return report


def score_signals(pairs: Sequence[tuple[LabelledItem, UtteranceAnalysis]]) -> SignalScore:
    """Signals and hints against the labelled kind of danger (None: no danger)."""
    score = SignalScore(danger=0, found=0, hinted=0, calm=0, false_signals=0, false_hints=0)
    for item, analysis in pairs:
        signalled = {signal.kind for signal in analysis.signals}
        hinted = {hint.kind for hint in analysis.hints}
        if item.signal is None:
            score.calm += 1
            score.false_signals += bool(signalled)
            score.false_hints += bool(hinted) and not signalled
        else:
            score.danger += 1
            score.found += item.signal in signalled
            score.hinted += item.signal not in signalled and item.signal in hinted
    return score


def agreement(
    first: list[LabelledItem], second: list[LabelledItem], second_path: Path
) -> EvaluationReport:
    """A second annotator's labels scored against the first's, as if they were
    predictions (the primary domain first): how far two people agree is the most a
    detector can be expected to reach. Items are paired by id, or by text without ids."""
    ranked = []
    for other in paired(first, second, second_path):
        rest = [d for d in other.domains if d != other.primary]
        ranked.append([other.primary, *rest] if other.primary else rest)
    return score(first, ranked)


class _Labelled(Protocol):
    id: str
    text: str


Item = TypeVar("Item", bound=_Labelled)


def paired(first: Sequence[_Labelled], second: Sequence[Item], second_path: Path) -> list[Item]:
    """The second annotator's item for each of the first's, in the first's order (by id,
    or by text without ids); a Dutch error naming the ones the second file lacks."""

    def key(item: _Labelled) -> str:
        return item.id or item.text

    theirs = {key(item): item for item in second}
    missing = [key(item) for item in first if key(item) not in theirs]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise EvaluationError(
            f"{second_path} mist {len(missing)} van de zinnen uit het eerste bestand: {shown}"
        )
    return [theirs[key(item)] for item in first]


def score(items: list[LabelledItem], predictions: list[list[str]]) -> EvaluationReport:
    """Per-domain and overall scores of ranked predictions, one list per item."""
    counts = {d: [0, 0, 0] for d in DOMAIN_SLUGS}  # tp, fp, fn
    n = with_primary = top2 = no_need = no_need_fp = 0
    for item, predicted in zip(items, predictions, strict=True):
        n += 1
        gold = set(item.domains)
        for domain in DOMAIN_SLUGS:
            slot = (
                0 if (domain in gold and domain in predicted) else 1 if domain in predicted else 2
            )
            if domain in gold or domain in predicted:
                counts[domain][slot] += 1
        if item.primary:
            with_primary += 1
            top2 += item.primary in predicted[:2]
        if not gold:
            no_need += 1
            no_need_fp += bool(predicted)
    scores = []
    for domain, (tp, fp, fn) in counts.items():
        if tp + fp + fn:
            p, r, f = prf(tp, fp, fn)
            scores.append(DomainScore(domain=domain, precision=p, recall=r, f1=f, support=tp + fn))
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return EvaluationReport(
        items=n,
        per_domain=scores,
        macro_f1=sum(s.f1 for s in scores) / len(scores) if scores else 0.0,
        micro_f1=prf(*total)[2],
        primary_top2=top2 / with_primary if with_primary else 0.0,
        no_need_fpr=no_need_fp / no_need if no_need else 0.0,
    )
