"""Scores of the question analysis on labelled worker utterances.

Trainees get their feedback from this analysis, and the dialog checks use it to warn
about closed questions in a tree, so a trainer must be able to see how often it is right
and where it goes wrong. The files are read by :mod:`question_labels`. Scores:

- kind: accuracy, and precision/recall/F1 per kind (macro-F1 over the kinds);
- each yes/no feature (yes_but, no_because, advice, judging, warned): precision, recall
  and F1 of "yes";
- frames and domains: precision/recall/F1 per label, macro and micro;
- every difference between the labels and the analysis, so a trainer can find which
  word lists to extend.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp.evaluation import paired, prf
from assistant.nlp.models import QuestionAnalysis
from assistant.nlp.question_labels import FLAGS, FRAMES, KINDS, LabelledQuestion

if TYPE_CHECKING:
    from assistant.nlp.analyzer import Analyzer

ANALYSIS_FIELD = {"warned": "warned_phrase"}
"""Where a label's name differs from the field of :class:`QuestionAnalysis`."""


class LabelScore(BaseModel):
    """Precision, recall and F1 of one label; support is how often the labels have it."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


class Difference(BaseModel):
    """One place where the analysis differs from the labels."""

    id: str
    text: str
    part: str
    """kind, a flag name, frames or domains."""
    expected: str
    found: str


class QuestionReport(BaseModel):
    """The scores of the question analysis on one labelled file."""

    items: int
    kind_accuracy: float
    kind_macro_f1: float
    per_kind: list[LabelScore]
    flags: list[LabelScore]
    frames_macro_f1: float
    frames_micro_f1: float
    per_frame: list[LabelScore]
    domains_macro_f1: float
    domains_micro_f1: float
    per_domain: list[LabelScore]
    differences: list[Difference]


def evaluate_questions(analyzer: Analyzer, items: Sequence[LabelledQuestion]) -> QuestionReport:
    """The question analysis of each utterance scored against its labels."""
    return score_questions(items, [analyzer.question(item.text) for item in items])


def agreement_questions(
    first: Sequence[LabelledQuestion], second: Sequence[LabelledQuestion], second_path: Path
) -> QuestionReport:
    """A second annotator's labels scored against the first's, as if they were the
    analysis: how far two people agree is the most the analysis can be expected to reach."""
    return score_questions(first, [_as_analysis(q) for q in paired(first, second, second_path)])


def _as_analysis(item: LabelledQuestion) -> QuestionAnalysis:
    flags = {ANALYSIS_FIELD.get(flag, flag): getattr(item, flag) for flag in FLAGS}
    return QuestionAnalysis.model_validate(
        {**flags, "kind": item.kind, "frames": item.frames, "domains": item.domains, "evidence": []}
    )


def score_questions(
    items: Sequence[LabelledQuestion], found: Sequence[QuestionAnalysis]
) -> QuestionReport:
    """The scores of these analyses (one per item, in order) against the labels."""
    pairs = list(zip(items, found, strict=True))
    kinds = _label_scores(KINDS, [({i.kind}, {a.kind}) for i, a in pairs])
    flags = _label_scores(FLAGS, [(_labelled_flags(i), _found_flags(a)) for i, a in pairs])
    frames = _label_scores(FRAMES, [(set(i.frames), set(a.frames)) for i, a in pairs])
    domains = _label_scores(DOMAIN_SLUGS, [(set(i.domains), set(a.domains)) for i, a in pairs])
    right = sum(i.kind == a.kind for i, a in pairs)
    return QuestionReport(
        items=len(pairs),
        kind_accuracy=right / len(pairs) if pairs else 0.0,
        kind_macro_f1=_macro(kinds),
        per_kind=kinds,
        flags=flags,
        frames_macro_f1=_macro(frames),
        frames_micro_f1=_micro([(set(i.frames), set(a.frames)) for i, a in pairs]),
        per_frame=frames,
        domains_macro_f1=_macro(domains),
        domains_micro_f1=_micro([(set(i.domains), set(a.domains)) for i, a in pairs]),
        per_domain=domains,
        differences=[d for i, a in pairs for d in _differences(i, a)],
    )


def _labelled_flags(item: LabelledQuestion) -> set[str]:
    """The yes/no features the labels say yes to."""
    return {flag for flag in FLAGS if getattr(item, flag)}


def _found_flags(analysis: QuestionAnalysis) -> set[str]:
    """The yes/no features the analysis says yes to, by their label names."""
    return {flag for flag in FLAGS if getattr(analysis, ANALYSIS_FIELD.get(flag, flag))}


def _label_scores(
    labels: Sequence[str], pairs: Sequence[tuple[set[str], set[str]]]
) -> list[LabelScore]:
    """Scores of the labels that occur in the labels or the analyses (gold, found pairs)."""
    scores = []
    for label in labels:
        tp = sum(label in gold and label in got for gold, got in pairs)
        fp = sum(label not in gold and label in got for gold, got in pairs)
        fn = sum(label in gold and label not in got for gold, got in pairs)
        if tp + fp + fn:
            p, r, f = prf(tp, fp, fn)
            scores.append(LabelScore(label=label, precision=p, recall=r, f1=f, support=tp + fn))
    return scores


def _macro(scores: Sequence[LabelScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def _micro(pairs: Sequence[tuple[set[str], set[str]]]) -> float:
    tp = sum(len(gold & got) for gold, got in pairs)
    fp = sum(len(got - gold) for gold, got in pairs)
    fn = sum(len(gold - got) for gold, got in pairs)
    return prf(tp, fp, fn)[2]


def _differences(item: LabelledQuestion, analysis: QuestionAnalysis) -> list[Difference]:
    found = []

    def differ(part: str, expected: str, got: str) -> None:
        if expected != got:
            found.append(
                Difference(id=item.id, text=item.text, part=part, expected=expected, found=got)
            )

    differ("kind", item.kind, analysis.kind)
    labelled, found_flags = _labelled_flags(item), _found_flags(analysis)
    for flag in FLAGS:
        differ(flag, str(flag in labelled).lower(), str(flag in found_flags).lower())
    differ("frames", _listed(item.frames), _listed(analysis.frames))
    differ("domains", _listed(item.domains), _listed(analysis.domains))
    return found


def _listed(labels: Iterable[str]) -> str:
    return ", ".join(sorted(labels)) or "-"
