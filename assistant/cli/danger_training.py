"""``assistant needs --train-danger``: retrain the danger model and show what it adds.

The figures come from sentences the model did not train on (six groups of files, each
scored by a model trained on the others), so they are what a new sentence may expect.
"""

from __future__ import annotations

from pathlib import Path

from assistant.cli.needs_training import write_model
from assistant.errors import KeukentafelError
from assistant.knowledge.lexicons import extra_dirs_from_env
from assistant.nlp.evaluation import read_labelled


class DangerTrainingError(KeukentafelError):
    """The files cannot train a danger model."""


def train_danger(files: list[Path], out: Path | None, apart: list[Path] | None = None) -> str:
    """Train on the files (without sentences like those in ``apart``), write the model;
    the report as Dutch text."""
    from assistant.nlp.analyzer import Analyzer  # loads spaCy
    from assistant.nlp.danger import DANGER_FILE
    from assistant.nlp.danger_training import MAX_FALSE_HINTS, fit_danger
    from assistant.nlp.training import read_sets, without_lookalikes

    analyzer = Analyzer(extra_dirs_from_env(), use_model=False)
    sets = read_sets(analyzer, files)
    kept_apart = [item.text for path in apart or [] for item in read_labelled(path)]
    used = {name: without_lookalikes(found.examples, kept_apart) for name, found in sets.items()}
    labels = [e.signal for found in used.values() for e in found if e.signal_known]
    if not any(labels) or all(labels):
        raise DangerTrainingError(
            "Om het gevaarmodel te trainen zijn zinnen nodig mét en zinnen zonder gevaar: "
            'een veld "signal" met "suicide_risk" of "violence", en met null. '
            f"In {', '.join(str(p) for p in files)} staan ze niet allebei. "
            "Het model is niet veranderd."
        )
    model = fit_danger(list(used.values()))
    counts = {name: sum(e.signal_known for e in found) for name, found in sorted(used.items())}
    model.trained_on = {name: count for name, count in counts.items() if count}
    target = out or DANGER_FILE
    write_model(target, model.to_json() + "\n")
    m = model.measured
    missed = m["danger"] - m["found_by_lists"]
    return "\n".join(
        [
            f"Gevaarmodel getraind op {sum(model.trained_on.values())} zinnen met een label "
            f"voor gevaar: {target}",
            f"Drempel: {model.threshold:.2f} (hoogstens {MAX_FALSE_HINTS:.0%} vermoedens bij "
            "zinnen zonder gevaar).",
            "Gemeten op zinnen die het model niet kende:",
            f"  zinnen over gevaar: {m['danger']}; de lijsten geven een signaal bij "
            f"{m['found_by_lists']}",
            f"  van de {missed} die de lijsten missen, geeft het model een vermoeden bij "
            f"{m['hinted_of_the_rest']}",
            f"  zinnen zonder gevaar: {m['calm']}; een vermoeden bij {m['false_hints']} "
            f"({m['false_hints'] / max(m['calm'], 1):.1%})",
        ]
    )
