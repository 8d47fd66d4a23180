"""``assistant needs --train``: retrain the learned layer and show what it adds.

First every file is scored twice, by the rules alone and by the rules plus a model
trained on the other files (the files are split into six groups; a group's files are
scored by a model trained on the other groups), so the figures are honest; then one
model is trained on all files and written (by default over the shipped one).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import KeukentafelError, os_reason
from assistant.knowledge.lexicons import extra_dirs_from_env
from assistant.nlp.evaluation import EvaluationReport, read_labelled
from assistant.nlp.model import MODEL_FILE
from assistant.nlp.term_trust import Sighting, doubtful

if TYPE_CHECKING:
    from assistant.nlp.training import Example


def train(
    files: list[Path], out: Path | None, apart: list[Path] | None = None, measure: bool = True
) -> str:
    """Cross-validate, train on everything, write the model; the report as text. Sentences
    like those in the ``apart`` files are left out, so those files stay a fair test."""
    from assistant.nlp.analyzer import Analyzer  # loads spaCy
    from assistant.nlp.training import cross_validate, fit, read_sets, without_lookalikes

    analyzer = Analyzer(extra_dirs_from_env(), use_model=False)
    sets = read_sets(analyzer, files)
    lines = []
    if measure:
        lines += [f"{'Bestand':28} {'alleen regels':>22}   {'regels + model':>22}", _header()]
        for name, (rules, joined) in cross_validate(analyzer, sets).items():
            lines.append(f"{name[:28]:28} {_figures(rules)}   {_figures(joined)}")
    kept_apart = [item.text for path in apart or [] for item in read_labelled(path)]
    used = {name: without_lookalikes(found.examples, kept_apart) for name, found in sets.items()}
    data = [example for found in used.values() for example in found]
    skipped = sum(len(found.examples) for found in sets.values()) - len(data)
    model = fit(list(used.values()))
    model.trained_on = {name: len(found) for name, found in sorted(used.items())}
    target = out or MODEL_FILE
    write_model(target, model.to_json() + "\n")
    lines += [
        "",
        f"Model getraind op {len(data)} zinnen, {len(model.weights)} woorden: {target}",
        *(
            [f"Weggelaten omdat ze lijken op {', '.join(p.name for p in apart)}: {skipped}"]
            if apart
            else []
        ),
    ]
    lines += _doubts(data)
    if measure:
        lines += [
            "Per bestand: macro-F1, hoofddomein bij de eerste twee, vals alarm bij geen hulpvraag.",
            "Elk bestand is gemeten met een model dat het bestand niet kende.",
        ]
    return "\n".join(lines)


class ModelWriteError(KeukentafelError):
    """The trained model could not be written."""


def write_model(target: Path, text: str) -> None:
    """Write via a temporary file: a failed write never leaves half a model behind."""
    partial = target.with_name(target.name + ".tmp")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = os_reason(exc)
        raise ModelWriteError(f"Het model kan niet bewaard worden in {target}: {reason}.") from exc


def _doubts(data: list[Example]) -> list[str]:
    """The lexicon terms that were wrong most often in these sentences: worth a look."""
    doubts = doubtful(Sighting(e.terms, e.domains) for e in data)
    if not doubts:
        return []
    lines = [
        "",
        "Woorden uit de lijsten die in de voorbeeldzinnen vaak ernaast zaten",
        "(het model vertrouwt ze minder; kijk of ze in de lijst horen):",
    ]
    lines += [f'  {d.domain}: "{d.term}" {d.right} van de {d.found} keer terecht' for d in doubts]
    return lines


def _header() -> str:
    return f"{'':28} {'F1':>6} {'top2':>7} {'alarm':>7}   {'F1':>6} {'top2':>7} {'alarm':>7}"


def _figures(report: EvaluationReport) -> str:
    return f"{report.macro_f1:6.3f} {report.primary_top2:7.1%} {report.no_need_fpr:7.1%}"
