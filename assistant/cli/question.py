"""``assistant vraag``: what kind of question a worker or trainee asks, and about what."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.errors import KeukentafelError
from assistant.nlp import QuestionAnalysis, get_analyzer
from assistant.nlp.labels import DOMAIN_NAMES, FRAME_NAMES, QUESTION_KIND_NAMES


class QuestionCommandError(KeukentafelError):
    """Wrong use of ``assistant vraag``."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "vraag",
        help="bekijk de stijl van een vraag van een medewerker",
        description="Bekijk wat voor vraag een medewerker stelt: open of gesloten, advies, "
        "oordeel, welk oplossingskader en welk levensdomein.",
    )
    parser.add_argument("tekst", nargs="?", help="de vraag of uitspraak van de medewerker")
    parser.add_argument(
        "--eval",
        metavar="BESTAND",
        help="meet de kwaliteit op een JSONL-bestand met gelabelde vragen "
        "(zie tests/nlp/data/QUESTIONS.md)",
    )
    parser.add_argument(
        "--against",
        metavar="BESTAND",
        help="met --eval: meet de labels van een tweede annotator (zelfde uitspraken) tegen "
        "die van --eval, zonder taalanalyse: zo ziet u hoe goed het kan",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if (args.tekst is None) == (args.eval is None):
        raise QuestionCommandError("Geef één tekst, of --eval BESTAND.")
    if args.against and not args.eval:
        raise QuestionCommandError("--against werkt alleen samen met --eval BESTAND.")
    if args.eval:
        from assistant.cli.question_report import report_text
        from assistant.nlp.question_evaluation import agreement_questions, evaluate_questions
        from assistant.nlp.question_labels import read_questions

        labelled = read_questions(Path(args.eval))
        if args.against:
            second = Path(args.against)
            report = agreement_questions(labelled, read_questions(second), second)
        else:
            report = evaluate_questions(get_analyzer(), labelled)  # loads spaCy
        print(report.model_dump_json(indent=2) if args.json else report_text(report))
        return 0
    result = get_analyzer().question(args.tekst)
    if args.json:
        print(json.dumps(result.model_dump(), ensure_ascii=False))
    else:
        print(_text(result))
    return 0


def _yes(value: bool) -> str:
    return "ja" if value else "nee"


def _text(q: QuestionAnalysis) -> str:
    frames = ", ".join(FRAME_NAMES[f] for f in q.frames) or "geen"
    domains = ", ".join(DOMAIN_NAMES[d] for d in q.domains) or "geen"
    lines = [
        f"Soort: {QUESTION_KIND_NAMES[q.kind]}",
        f"'Ja, maar' / 'nee, want': {_yes(q.yes_but or q.no_because)}",
        f"Advies of snelle oplossing: {_yes(q.advice)}",
        f"Oordeel: {_yes(q.judging)}",
        f"Formulering om te vermijden: {_yes(q.warned_phrase)}",
        f"Oplossingskaders: {frames}",
        f"Levensdomeinen: {domains}",
    ]
    if q.evidence:
        lines.append(f"Waarom: {_reasons(q)}")
    tips = _tips(q)
    if tips:
        lines += ["", *tips]
    return "\n".join(lines)


EVIDENCE_NAMES = {
    "open": "open vraag",
    "open_invite": "uitnodiging om te vertellen",
    "suggestive": "suggestief",
    "yes_but": "'ja, maar'",
    "no_because": "'nee, want'",
    "advice": "advies",
    "judging": "oordeel",
    "warned": "te vermijden",
    **FRAME_NAMES,
    **DOMAIN_NAMES,
}


def _reasons(q: QuestionAnalysis) -> str:
    """The words that counted, each with what it counted for."""
    return ", ".join(f'"{e.text}" ({EVIDENCE_NAMES.get(e.label, e.label)})' for e in q.evidence)


def _tips(q: QuestionAnalysis) -> list[str]:
    tips = []
    if q.kind in ("closed", "suggestive", "multiple"):
        tips.append("Tip: stel één open vraag, bijvoorbeeld met 'wat' of 'hoe'.")
    if q.yes_but or q.no_because:
        tips.append("Tip: probeer 'ja, en...' in plaats van 'ja, maar...' of 'nee, want...'.")
    if q.advice:
        tips.append("Tip: wacht nog met oplossingen; verken eerst samen de situatie.")
    if q.judging:
        tips.append("Tip: laat uw eigen norm niet leiden; vraag door zonder oordeel.")
    if q.warned_phrase:
        tips.append("Tip: vraag naar wat al lukt of al geprobeerd is, niet naar 'alles'.")
    return tips
