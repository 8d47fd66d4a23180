"""A simple, documented readability rule for prompts: is this text at language level B1?

About 60% of Dutch adults read comfortably at B1, so what a worker says or reads aloud
should be written at that level. Full readability formulas need word frequencies we
cannot ship, so this rule checks the three things B1 writing guides name first:

1. **Short sentences.** A sentence has at most :data:`MAX_SENTENCE_WORDS` words.
2. **No long words.** A word has at most :data:`MAX_WORD_LETTERS` letters, unless it is
   a method word (``vakwoorden.txt`` and the knowledge base: domain, frame and phase
   names, provisions).
3. **No rare or formal words.** A word from ``moeilijke-woorden.txt`` (formal words with
   a plainer alternative, e.g. *indien* -> *als*), or a word the offline Dutch lexicon
   does not know, not even as a compound of known words.

Names (a capital letter in mid-sentence) and template fields such as ``{focus}`` are
left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from assistant.authoring.words import is_known, is_method_word, words_of

MAX_SENTENCE_WORDS = 20
"""B1 guides advise 15 words on average and never much more than 20."""
MAX_WORD_LETTERS = 15
"""Longer compounds are split up by B1 readers letter by letter."""
HARD_WORDS_FILE = Path(__file__).with_name("moeilijke-woorden.txt")

_TEMPLATE = re.compile(r"\{[^{}]*\}")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")

IssueKind = Literal["lange-zin", "lang-woord", "moeilijk-woord"]


@dataclass(frozen=True)
class ReadabilityIssue:
    """One place where a text is above B1."""

    kind: IssueKind
    text: str
    """The sentence or word concerned."""
    message: str
    """What is wrong, in Dutch."""
    hint: str | None = None
    """What to write instead, when we know."""


@cache
def hard_words() -> dict[str, str]:
    """Formal word -> plainer alternative, from ``moeilijke-woorden.txt``."""
    table: dict[str, str] = {}
    for line in HARD_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        word, sep, plain = line.partition("=")
        if sep and word.strip():
            table[word.strip().lower()] = plain.strip()
    return table


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? : ; and at line breaks."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def check_text(text: str) -> list[ReadabilityIssue]:
    """Every B1 problem in ``text``, in reading order; each word reported once."""
    issues: list[ReadabilityIssue] = []
    seen: set[str] = set()
    plain = _TEMPLATE.sub("iets", text)
    for sentence in sentences(plain):
        words = words_of(sentence)
        if len(words) > MAX_SENTENCE_WORDS:
            issues.append(
                ReadabilityIssue(
                    "lange-zin",
                    sentence,
                    f"zin van {len(words)} woorden (B1: hooguit {MAX_SENTENCE_WORDS})",
                    "maak er twee zinnen van",
                )
            )
        for position, word in enumerate(words):
            key = word.lower()
            if key in seen or (position > 0 and word[:1].isupper()):
                continue
            seen.add(key)
            issue = _word_issue(word)
            if issue is not None:
                issues.append(issue)
    return issues


def _word_issue(word: str) -> ReadabilityIssue | None:
    key = word.lower()
    if key in hard_words():
        plain = hard_words()[key]
        return ReadabilityIssue(
            "moeilijk-woord", word, f"formeel woord '{word}'", f"schrijf liever '{plain}'"
        )
    letters = sum(1 for char in word if char.isalpha())
    if letters > MAX_WORD_LETTERS and not is_method_word(key):
        return ReadabilityIssue(
            "lang-woord",
            word,
            f"lang woord '{word}' ({letters} letters, B1: hooguit {MAX_WORD_LETTERS})",
            "splits het woord of zeg het anders",
        )
    if not is_known(key):
        return ReadabilityIssue(
            "moeilijk-woord",
            word,
            f"onbekend of zeldzaam woord '{word}'",
            "gebruik een gewoon woord, of zet het in vakwoorden.txt als het een vakwoord is",
        )
    return None
