"""The vocabulary of the index and how one query word expands into matching terms.

Typo and prefix work happens on the vocabulary (tens of thousands of distinct words), not
on the provisions (possibly hundreds of thousands): that keeps every query cheap. A query
word expands into ``{term id: quality}`` with quality 1.0 for the exact word and less for a
word form, a prefix, a part of a compound or a look-alike with one or two typos.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from socialmap.search.normalize import stem

MAX_PREFIX_TERMS = 4000
MAX_INFIX_TERMS = 400
FUZZY_PREFIX_LENGTHS = range(5, 13)
FEW_KNOWN_STARTS = 3
"""Below this many known words for a query word, its look-alikes are searched too."""

EXACT, FORM, PREFIX, INFIX, FUZZY = 1.0, 0.95, 0.8, 0.65, 0.85
_STEMMED_ENDINGS = ("en", "s", "heid")
_AFTER_ALL = "{"
"""Sorts after every index character (terms hold only a-z and 0-9)."""


def allowed_typos(length: int) -> int:
    """Typos forgiven in a word of this length: none below 4 letters, two from 7."""
    return 0 if length < 4 else 1 if length < 7 else 2


class Vocabulary:
    """All distinct index terms with the look-up structures expansion needs."""

    def __init__(self, terms: list[str]) -> None:
        self.terms = terms
        self.sorted = sorted(terms)
        self.ids = {term: tid for tid, term in enumerate(terms)}
        self.stems: dict[str, list[int]] = defaultdict(list)
        """Stem -> terms whose stem differs from themselves ("schulden" under "schuld")."""
        for term in terms:
            if term.endswith(_STEMMED_ENDINGS):
                root = stem(term)
                if root != term:
                    self.stems[root].append(self.ids[term])
        self._prefixes: dict[int, list[str]] = {}
        for size in range(FUZZY_PREFIX_LENGTHS.start - 1, FUZZY_PREFIX_LENGTHS.stop + 1):
            self.prefixes(size)  # built now, so no search waits for them
        self.reversed = sorted(term[::-1] for term in terms)
        self._cache: dict[tuple[str, bool], dict[int, float]] = {}

    def prefixes(self, size: int) -> list[str]:
        """The distinct beginnings of ``size`` letters of longer terms (built when needed)."""
        found = self._prefixes.get(size)
        if found is None:
            found = sorted({term[:size] for term in self.terms if len(term) > size})
            self._prefixes[size] = found
        return found

    def with_prefix(self, prefix: str, cap: int = MAX_PREFIX_TERMS) -> list[str]:
        """Terms that start with ``prefix`` (alphabetical, at most ``cap``)."""
        start = bisect_left(self.sorted, prefix)
        end = bisect_left(self.sorted, prefix + _AFTER_ALL, start)
        return self.sorted[start : min(end, start + cap)]

    def ending_with(self, part: str) -> list[str]:
        """Longer terms that end with ``part``: the last part of a compound ("schuldhulp")."""
        tail = part[::-1]
        start = bisect_left(self.reversed, tail)
        end = bisect_left(self.reversed, tail + _AFTER_ALL, start)
        return [r[::-1] for r in self.reversed[start : min(end, start + MAX_INFIX_TERMS)]]

    def join_compounds(self, words: list[str]) -> list[str]:
        """Join words typed apart that the map writes as one ("taal cafe" -> "taalcafe").

        Joined greedily from the left when the joined form is a term, or the beginning of
        one (at least 6 letters): Dutch writes compounds as one word, people often don't.
        """
        joined: list[str] = []
        for word in words:
            if joined and len(joined[-1]) >= 2 and len(word) >= 2:
                candidate = joined[-1] + word
                if candidate in self.ids or (
                    len(candidate) >= 6 and self.with_prefix(candidate, cap=1)
                ):
                    joined[-1] = candidate
                    continue
            joined.append(word)
        return joined

    def expand(self, word: str, last: bool) -> dict[int, float]:
        """``{term id: quality}`` for every term this query word may mean."""
        key = (word, last)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > 4096:
                self._cache.clear()
            cached = self._cache[key] = self._expand(word, last)
        return cached

    def _expand(self, word: str, last: bool) -> dict[int, float]:
        found: dict[int, float] = {}
        ids = self.ids
        length = len(word)

        def add(term: str, quality: float) -> None:
            tid = ids[term]
            if found.get(tid, 0.0) < quality:
                found[tid] = quality

        if word in ids:
            found[ids[word]] = EXACT
        root = stem(word)
        for tid in self.stems.get(root, ()):
            found.setdefault(tid, FORM)
        if root != word and root in ids:
            found.setdefault(ids[root], FORM)
        if length >= 3 or last:
            for term in self.with_prefix(word):
                add(term, PREFIX + 0.15 * length / len(term))
        if length >= 4:
            for term in self.ending_with(word):
                add(term, INFIX + 0.1 * length / len(term))
        if self._few_prefix_or_form(found):
            # Typo tolerance for a word (start) the map hardly knows: a common start is
            # what the worker is typing, and fuzzy look-ups are the costly part. A rare
            # start ("eenzam" only begins "eenzame") may still be a typo ("eenzaam").
            typos = allowed_typos(length)
            if typos:
                self._fuzzy(word, typos, add)
                if last and not found and length >= FUZZY_PREFIX_LENGTHS.start:
                    self._fuzzy_prefix(word, add)  # no whole word fits: still typing
        return found

    @staticmethod
    def _few_prefix_or_form(found: dict[int, float]) -> bool:
        return sum(quality >= PREFIX for quality in found.values()) < FEW_KNOWN_STARTS

    def _near(self, word: str, choices: list[str], typos: int) -> list[tuple[str, int]]:
        """(choice, typos) for the sorted ``choices`` within ``typos`` of ``word``.

        Only choices that start with the word's first or second letter are compared
        (people rarely mistype the first letter; a swap of the first two is covered):
        that cuts the comparisons twentyfold. Levenshtein has rapidfuzz's fast path; the
        few survivors are checked again with OSA, where a swap of two letters is one typo.
        """
        found = []
        for first in dict.fromkeys(word[:2]):
            start = bisect_left(choices, first)
            end = bisect_left(choices, first + _AFTER_ALL, start)
            for choice, _, _ in process.extract(
                word,
                choices[start:end],
                scorer=Levenshtein.distance,
                score_cutoff=2 * typos,  # a swap is two Levenshtein edits
                limit=None,
            ):
                distance = OSA.distance(word, choice, score_cutoff=typos)
                if 0 < distance <= typos:
                    found.append((choice, distance))
        return found

    def _fuzzy(self, word: str, typos: int, add: Callable[[str, float], None]) -> None:
        length = len(word)
        for term, distance in self._near(word, self.sorted, typos):
            add(term, FUZZY * (1 - distance / max(length, len(term))))

    def _fuzzy_prefix(self, word: str, add: Callable[[str, float], None]) -> None:
        """A typo in a word that is still being typed: compare with term beginnings."""
        length = len(word)
        for size in (length - 1, length, length + 1):
            for prefix, _ in self._near(word, self.prefixes(size), 1):
                for term in self.with_prefix(prefix, cap=200):
                    add(term, 0.5 + 0.2 * length / len(term))
