"""Labelled worker utterances for measuring the question analysis.

The format and the labelling conventions are in ``tests/nlp/data/QUESTIONS.md``; trainers
write such files, so a bad line is reported in Dutch with its line number (all at once,
with a "did you mean" for a misspelt label) instead of a validation trace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel

from assistant.errors import Problem, did_you_mean
from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp.evaluation import EvaluationError, numbered_lines
from assistant.nlp.models import QuestionFrame, QuestionKind

KINDS: tuple[str, ...] = get_args(QuestionKind)
FRAMES: tuple[str, ...] = get_args(QuestionFrame)
FLAGS = ("yes_but", "no_because", "advice", "judging", "warned")
"""The yes/no features, by their name in a labelled file."""


class LabelledQuestion(BaseModel):
    """One labelled utterance of a worker or trainee."""

    id: str = ""
    text: str
    kind: str
    yes_but: bool = False
    no_because: bool = False
    advice: bool = False
    judging: bool = False
    warned: bool = False
    frames: list[str] = []
    domains: list[str] = []


def read_questions(path: Path) -> list[LabelledQuestion]:
    """The labelled utterances of a JSONL file; every bad line is reported, all at once."""
    items: list[LabelledQuestion] = []
    problems: list[Problem] = []
    for number, line in numbered_lines(path):
        try:
            raw = json.loads(line)
        except ValueError as exc:
            problems.append(Problem(f"geen geldige JSON: {exc}", str(path), number))
            continue
        found = _line_problems(raw)
        problems += [Problem(message, str(path), number, hint=hint) for message, hint in found]
        if not found:
            items.append(LabelledQuestion.model_validate(raw))
    if problems:
        raise EvaluationError("Het bestand met gelabelde vragen klopt niet.", problems)
    return items


def _line_problems(raw: Any) -> list[tuple[str, str | None]]:
    """What is wrong with one line, in Dutch, each with a 'did you mean' when close."""
    if not isinstance(raw, dict):
        return [('een regel moet een JSON-object zijn, zoals {"text": ...}', None)]
    found: list[tuple[str, str | None]] = []
    known = set(LabelledQuestion.model_fields)
    for key in raw:
        if key not in known:
            found.append((f"onbekend veld '{key}'", did_you_mean(key, known)))
    for key in ("text", "kind"):
        if not isinstance(raw.get(key), str):
            found.append((f"het veld '{key}' ontbreekt of is geen tekst", None))
    if isinstance(raw.get("kind"), str) and raw["kind"] not in KINDS:
        found.append((f"onbekende soort vraag '{raw['kind']}'", did_you_mean(raw["kind"], KINDS)))
    for key in FLAGS:
        if key in raw and not isinstance(raw[key], bool):
            found.append((f"het veld '{key}' moet true of false zijn", None))
    for key, allowed in (("frames", FRAMES), ("domains", DOMAIN_SLUGS)):
        value = raw.get(key, [])
        if not isinstance(value, list):
            found.append((f"het veld '{key}' moet een lijst zijn, zoals [\"{allowed[0]}\"]", None))
            continue
        for label in value:
            if label not in allowed:
                what = "oplossingskader" if key == "frames" else "domein"
                found.append((f"onbekend {what} '{label}'", did_you_mean(str(label), allowed)))
    return found
