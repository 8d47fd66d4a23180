"""The text report of ``assistant vraag --eval``: scores first, then every difference.

The differences are what a trainer acts on (a word list to extend, a label to fix), so
they are listed in file order with the id, what the label says and what was found.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.labels import DOMAIN_NAMES, FRAME_NAMES, QUESTION_KIND_NAMES
from assistant.nlp.question_evaluation import LabelScore, QuestionReport

FLAG_NAMES = {
    "yes_but": "'Ja, maar'",
    "no_because": "'Nee, want'",
    "advice": "Advies of snelle oplossing",
    "judging": "Oordeel",
    "warned": "Formulering om te vermijden",
}
PART_NAMES = {"kind": "soort", "frames": "kaders", "domains": "domeinen", **FLAG_NAMES}
VALUE_NAMES = {**QUESTION_KIND_NAMES, "true": "ja", "false": "nee", "-": "geen"}
NAMES = {**FRAME_NAMES, **{slug: name.lower() for slug, name in DOMAIN_NAMES.items()}}


def report_text(report: QuestionReport) -> str:
    """The whole report as Dutch text."""
    lines = [
        f"Gelabelde uitspraken: {report.items}",
        f"Soort vraag goed: {report.kind_accuracy:.1%}    Macro-F1: {report.kind_macro_f1:.3f}",
        "",
        *_table("Soort", report.per_kind, QUESTION_KIND_NAMES),
        "",
        *_table("Kenmerk", report.flags, FLAG_NAMES),
        "",
        f"Oplossingskaders: macro-F1 {report.frames_macro_f1:.3f}, "
        f"micro-F1 {report.frames_micro_f1:.3f}",
        *_table("Kader", report.per_frame, FRAME_NAMES),
        "",
        f"Levensdomeinen: macro-F1 {report.domains_macro_f1:.3f}, "
        f"micro-F1 {report.domains_micro_f1:.3f}",
        *_table("Domein", report.per_domain, DOMAIN_NAMES),
        "",
        f"Verschillen met de labels: {len(report.differences)}",
    ]
    for d in report.differences:
        expected, found = _value(d.expected), _value(d.found)
        lines.append(
            f"  {d.id or '-'} {PART_NAMES.get(d.part, d.part)}: label {expected}, "
            f"gevonden {found} — {d.text}"
        )
    return "\n".join(lines)


def _value(value: str) -> str:
    """A label value in Dutch: a kind, ja/nee, or a list of frames or domains."""
    if value in VALUE_NAMES:
        return VALUE_NAMES[value]
    return ", ".join(NAMES.get(part, part) for part in value.split(", "))


def _table(title: str, scores: Sequence[LabelScore], names: dict[str, str]) -> list[str]:
    lines = [f"{title:40} {'Precisie':>8} {'Recall':>8} {'F1':>6} {'Aantal':>7}"]
    for s in scores:
        name = names.get(s.label, s.label)
        lines.append(f"{name:40} {s.precision:8.2f} {s.recall:8.2f} {s.f1:6.2f} {s.support:7d}")
    return lines
