"""Does a trainee's line touch a persona topic? Domains, frames and persona keywords.

Keywords match as word beginnings ("dochter" finds "dochters"), across spaces for
phrases, and with a little typo tolerance for longer words, so different wordings of
the same question still reach the client's story.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from assistant.practice.analysis import QuestionLike
from assistant.practice.models import Topic

_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Lower case without accents, so 'financiën' and 'financien' are the same."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _pattern(keyword: str) -> re.Pattern[str]:
    words = _WORD.findall(normalize(keyword))
    tail = r"\w*" if words and len(words[-1]) >= 4 else r"\b"
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + tail)


def _close(word: str, token: str) -> bool:
    """A small typo: the token (or its beginning) is almost the word.

    Same first letter and at most one letter longer or shorter, so "vinden" is not
    taken for "vrienden".
    """
    part = token[: len(word) + 1]
    if len(token) < 5 or token[0] != word[0] or abs(len(part) - len(word)) > 1:
        return False
    return fuzz.ratio(word, part) >= 85


def keyword_hits(text: str, keywords: Iterable[str]) -> list[str]:
    """The keywords found in ``text`` (phrases, word beginnings, small typos)."""
    plain = normalize(text)
    tokens = _WORD.findall(plain)
    hits = []
    for keyword in keywords:
        if _pattern(keyword).search(plain):
            hits.append(keyword)
            continue
        word = normalize(keyword)
        if " " not in word and len(word) >= 6 and any(_close(word, t) for t in tokens):
            hits.append(keyword)
    return hits


def strength(topic: Topic, text: str, question: QuestionLike) -> int:
    """How strongly the line is about ``topic`` (0 = not at all).

    The persona's own keywords are the most specific sign, then frames, then domains:
    "what went well with money before?" is about eigen kracht first, then about money.
    """
    frames = len(set(topic.frames) & set(question.frames))
    domains = len(set(topic.domains) & set(question.domains))
    return 4 * len(keyword_hits(text, topic.keywords)) + 2 * frames + domains


def matches(topic: Topic, text: str, question: QuestionLike) -> bool:
    """Whether the line is about ``topic``."""
    return strength(topic, text, question) > 0
