"""Lint rules on the wording of prompts and phrasings: question style and B1 level.

Question style comes from the shared question analysis (``assistant.nlp``); this
module only decides which findings matter where (see :mod:`.texts`). Readability uses
:mod:`assistant.authoring.readability`.
"""

from __future__ import annotations

from assistant.authoring.lint.base import QuestionAnalyzer, QuestionStyle, quote, warning
from assistant.authoring.lint.texts import StepText
from assistant.authoring.readability import check_text, sentences
from assistant.errors import Problem

RANK = {"open": 0, "none": 0, "multiple": 1, "closed": 2, "suggestive": 3}
PREPOSITIONS = frozenset(
    [
        "aan",
        "bij",
        "door",
        "in",
        "met",
        "naar",
        "om",
        "op",
        "over",
        "sinds",
        "tegen",
        "tot",
        "uit",
        "van",
        "voor",
        "vanaf",
    ]
)
"""A question may start with one of these before its question word: 'Met wie ...?'."""


def _starts(part: str) -> list[str]:
    """Where the question in ``part`` may begin: the whole, after the lead-in, after a
    preposition ("Als het zo blijft, hoe ...?", "Met wie ...?")."""
    starts = [part]
    if "," in part:
        starts.append(part.rsplit(",", 1)[1].strip())
    for start in list(starts):
        first, _, rest = start.partition(" ")
        if first.lower() in PREPOSITIONS and rest:
            starts.append(rest)
    return starts


def question_kind(text: str, analyzer: QuestionAnalyzer) -> str:
    """The worst kind among the questions in ``text``.

    A prompt often wraps its question: "Stel dat het beter gaat: wat is er dan anders?"
    or "Als alles blijft zoals het is, hoe is het dan over een jaar?". Each question
    sentence is analysed on its own, and a closed one once more from its last comma and
    after a leading preposition, so the analysis sees the question itself and not the
    lead-in.
    """
    asked = [part for part in sentences(text) if part.endswith("?")]
    if not asked:
        return analyzer.question(text).kind
    worst = "open"
    for part in asked:
        kind = analyzer.question(part).kind
        if kind == "closed":
            kinds = [analyzer.question(start).kind for start in _starts(part)]
            kind = min(kinds, key=RANK.__getitem__)
        worst = max(worst, kind, key=RANK.__getitem__)
    return worst


class _Memo:
    """Analyses each distinct text once (prompts and phrasings repeat)."""

    def __init__(self, analyzer: QuestionAnalyzer) -> None:
        self.analyzer = analyzer
        self.seen: dict[str, QuestionStyle] = {}

    def question(self, text: str) -> QuestionStyle:
        if text not in self.seen:
            self.seen[text] = self.analyzer.question(text)
        return self.seen[text]


def check_questions(path: str, texts: list[StepText], analyzer: QuestionAnalyzer) -> list[Problem]:
    """Closed or suggestive where open is meant; warned phrasings; 'ja, maar'."""
    analyzer = _Memo(analyzer)
    problems: list[Problem] = []
    for item in texts:
        style = analyzer.question(item.text)
        shown = quote(item.text)
        where = item.step.id
        if style.warned_phrase:
            problems.append(
                warning(
                    "afgeraden-vraag",
                    f"{shown} lijkt op een vraag die afstand en weerstand geeft",
                    path,
                    item.line,
                    where,
                    "vraag naar wat wél lukt of wie belangrijk is, bijvoorbeeld "
                    "'Wat heeft u eerder geholpen in een moeilijke tijd?'",
                )
            )
        if style.yes_but or style.no_because:
            problems.append(
                warning(
                    "ja-maar",
                    f"{shown} begint met 'ja, maar' of 'nee, want'",
                    path,
                    item.line,
                    where,
                    "sluit aan met 'ja, en ...'",
                )
            )
        kind = question_kind(item.text, analyzer)
        if kind == "suggestive" or (kind == "closed" and item.meant_open):
            kind = "suggestieve" if kind == "suggestive" else "gesloten"
            problems.append(
                warning(
                    "open-vraag",
                    f"{kind} vraag waar een open vraag bedoeld is: {shown}",
                    path,
                    item.line,
                    where,
                    "begin met wat, hoe, wie of waar, en laat het antwoord open",
                )
            )
    return problems


def check_readability(path: str, texts: list[StepText]) -> list[Problem]:
    """Sentences and words above B1 in prompts and phrasings."""
    problems: list[Problem] = []
    for item in texts:
        for issue in check_text(item.text):
            problems.append(
                warning(issue.kind, issue.message, path, item.line, item.step.id, issue.hint)
            )
    return problems
