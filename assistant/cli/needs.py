"""``assistant needs``: life domains and safety signals in what a client says.

One text, a file with one utterance per line (plain text or JSONL with "text"), or an
evaluation over a labelled JSONL file. ``--json`` gives machine-readable output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import KeukentafelError
from assistant.nlp import NeedHit, UtteranceAnalysis, get_analyzer
from assistant.nlp.labels import DOMAIN_NAMES, SIGNAL_NAMES

if TYPE_CHECKING:
    from assistant.nlp.evaluation import EvaluationReport


class NeedsCommandError(KeukentafelError):
    """Wrong use of ``assistant needs``."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "needs",
        help="vind levensdomeinen en signalen in wat een cliënt zegt",
        description="Vind levensdomeinen (ZRM) en veiligheidssignalen in wat een cliënt zegt.",
    )
    parser.add_argument("tekst", nargs="?", help="wat de cliënt zegt")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--file", metavar="BESTAND", help="één uitspraak per regel (tekst of JSONL)"
    )
    source.add_argument("--eval", metavar="BESTAND", help="meet de kwaliteit op een JSONL-bestand")
    source.add_argument(
        "--train",
        metavar="BESTAND",
        nargs="+",
        help="train het geleerde model opnieuw op JSONL-bestanden met gelabelde zinnen",
    )
    source.add_argument(
        "--train-danger",
        metavar="BESTAND",
        nargs="+",
        help="train het gevaarmodel (vermoedens waar de lijsten geen signaal geven) opnieuw "
        "op JSONL-bestanden met een veld 'signal'",
    )
    parser.add_argument(
        "--no-cv",
        action="store_true",
        help="met --train: sla het meten per bestand over (sneller)",
    )
    parser.add_argument(
        "--out",
        metavar="PAD",
        help="met --train of --train-danger: schrijf het model hierheen (anders het eigen)",
    )
    parser.add_argument(
        "--keep-apart",
        metavar="BESTAND",
        nargs="+",
        action="extend",
        default=[],
        help="met --train of --train-danger: laat zinnen weg die lijken op de zinnen in dit "
        "bestand, "
        "zodat u er later eerlijk op kunt meten",
    )
    parser.add_argument(
        "--against",
        metavar="BESTAND",
        help="met --eval: meet de labels van een tweede annotator (zelfde zinnen) tegen die "
        "van --eval, zonder taalanalyse: zo ziet u hoe goed het kan",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    given = (args.tekst, args.file, args.eval, args.train, args.train_danger)
    if sum(x is not None for x in given) != 1:
        raise NeedsCommandError(
            "Geef één tekst, of --file BESTAND, of --eval BESTAND, of --train BESTAND..., "
            "of --train-danger BESTAND..."
        )
    if args.train_danger:
        from assistant.cli.danger_training import train_danger

        out = Path(args.out) if args.out else None
        apart = [Path(f) for f in args.keep_apart]
        print(train_danger([Path(f) for f in args.train_danger], out, apart))
        return 0
    if args.train:
        from assistant.cli.needs_training import train

        out = Path(args.out) if args.out else None
        apart = [Path(f) for f in args.keep_apart]
        print(train([Path(f) for f in args.train], out, apart, measure=not args.no_cv))
        return 0
    if args.against and not args.eval:
        raise NeedsCommandError("--against werkt alleen samen met --eval BESTAND.")
    if args.eval:
        from assistant.nlp.evaluation import agreement, evaluate, read_labelled

        labelled = read_labelled(Path(args.eval))
        if args.against:
            second = Path(args.against)
            report = agreement(labelled, read_labelled(second), second)
        else:
            report = evaluate(get_analyzer(), labelled)  # loads spaCy
        print(report.model_dump_json(indent=2) if args.json else _report_text(report))
        return 0
    texts = _read_texts(Path(args.file)) if args.file else [args.tekst]
    analyzer = get_analyzer()
    for text in texts:
        result = analyzer.analyze(text)
        if args.json:
            print(json.dumps(_result_json(result), ensure_ascii=False))
        else:
            print(_result_text(result))
    return 0


def _read_texts(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise NeedsCommandError(f"Het bestand {path} kan niet gelezen worden.") from exc
    texts = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                texts.append(str(json.loads(line)["text"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise NeedsCommandError(f"{path}:{number}: geen JSON met een veld 'text'.") from exc
        else:
            texts.append(line.strip())
    return texts


def _result_json(result: UtteranceAnalysis) -> dict[str, Any]:
    """``{"needs": [...], "signals": [...]}``, plus ``"hints"`` only when there is one:
    the shape of the issue stays as it was for everyone who reads only those two."""
    data = result.model_dump()
    if not data["hints"]:
        del data["hints"]
    return data


def _result_text(result: UtteranceAnalysis) -> str:
    lines = []
    for signal in result.signals:
        words = ", ".join(f'"{e.text}"' for e in signal.evidence)
        lines.append(f"LET OP — {SIGNAL_NAMES[signal.kind]} ({words})")
        lines.append(f"  {signal.route}")
        lines.append(f"  Bellen: {', '.join(signal.phones)}")
    for hint in result.hints:
        words = ", ".join(f'"{e.text}"' for e in hint.evidence)
        lines.append(
            f"Misschien een signaal ({SIGNAL_NAMES[hint.kind].lower()}, geleerd uit "
            f"voorbeeldzinnen: {words}). Vraag rustig door naar veiligheid."
        )
    if result.needs:
        lines.append("Levensdomeinen:")
        for need in result.needs:
            lines.append(f"  {DOMAIN_NAMES[need.domain]} ({need.confidence:.2f}): {_words(need)}")
    else:
        lines.append("Geen levensdomeinen gevonden.")
    return "\n".join(lines)


def _words(need: NeedHit) -> str:
    """The words that counted; those the learned model weighed are marked as such."""
    listed = {"lexicon": "", "model": ""}
    for source in listed:
        found = [f'"{e.text}"' for e in need.evidence if e.source == source]
        listed[source] = ", ".join(dict.fromkeys(found))
    if not listed["model"]:
        return listed["lexicon"]
    learned = f"geleerd uit voorbeeldzinnen: {listed['model']}"
    return f"{listed['lexicon']} · {learned}" if listed["lexicon"] else learned


def _report_text(report: EvaluationReport) -> str:
    lines = [f"{'Domein':40} {'Precisie':>8} {'Recall':>8} {'F1':>6} {'Aantal':>7}"]
    for s in report.per_domain:
        name = DOMAIN_NAMES.get(s.domain, s.domain)
        lines.append(f"{name:40} {s.precision:8.2f} {s.recall:8.2f} {s.f1:6.2f} {s.support:7d}")
    lines += [
        "",
        f"Voorbeelden: {report.items}",
        f"Macro-F1: {report.macro_f1:.3f}    Micro-F1: {report.micro_f1:.3f}",
        f"Hoofddomein bij de eerste twee: {report.primary_top2:.1%}",
        f"Vals alarm bij 'geen hulpvraag': {report.no_need_fpr:.1%}",
    ]
    signals = report.signals
    if signals is not None:
        missed = signals.danger - signals.found
        lines += [
            "",
            f"Zinnen over gevaar: {signals.danger}. Signaal van de lijsten: {signals.found}. "
            f"Van de {missed} andere een vermoeden van het model: {signals.hinted}.",
            f"Zinnen zonder gevaar: {signals.calm}. Toch een signaal: {signals.false_signals}. "
            f"Toch een vermoeden: {signals.false_hints}.",
        ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Gebruik: assistant needs ...")
