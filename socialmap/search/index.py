"""The inverted index: term -> provisions per field, built once at load time.

Provisions are numbered in the order (kind rank, id), so "lower number first" is exactly
the tie-break the method wants (voorliggend before maatwerk, then id) and sorting needs no
extra key. Each provision lists a term only under its most important field (name >
keywords > domain names > organisation > description), which keeps posting lists short.

A query word expands into weighted terms (see :mod:`socialmap.search.vocab`); its posting
lists are merged at C speed with ``dict.update``. Very common words (thousands of
postings) are not scanned but checked only on the best candidates of the other words.
"""

from __future__ import annotations

import gc
import heapq
from array import array
from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter

from socialmap.model import DOMAIN_NAMES, Provision
from socialmap.search.normalize import LETTERS, STOPWORDS, index_tokens
from socialmap.search.rank import candidates, top
from socialmap.search.vocab import FORM, Vocabulary

FIELDS = ("name", "keywords", "domains", "organisation", "description")
WEIGHTS = (1.0, 0.9, 0.75, 0.75, 0.6)
DESCRIPTION = FIELDS.index("description")
WHOLE_WORDS_ONLY = frozenset({FIELDS.index("domains"), DESCRIPTION})
"""Fields where a short word start (up to SHORT letters) only counts as a whole word."""
SHIFT, MASK = 3, 7
"""A doc code packs ``term id << SHIFT | field number`` into one int."""
DRIVER_LIMIT = 30_000
"""A word with more postings than this is only checked on candidates (see module doc)."""
RERANK = 400
SHORT = 4
"""A word start this short matches descriptions only as a whole word (see _collect)."""


_DOMAIN_TEXTS: dict[tuple[str, ...], str] = {}


def field_texts(provision: Provision) -> tuple[str, ...]:
    """The searchable text of each field, in :data:`FIELDS` order."""
    domains = tuple(provision.domains)
    domain_text = _DOMAIN_TEXTS.get(domains)
    if domain_text is None:
        domain_text = _DOMAIN_TEXTS[domains] = " ; ".join(DOMAIN_NAMES[d] for d in domains)
    return (
        provision.name,
        " ; ".join(provision.keywords),
        domain_text,
        provision.organisation or "",
        provision.description,
    )


def _doc_words(texts: tuple[str, ...], cache: dict[str, list[str]]) -> dict[str, int]:
    """Each distinct word of a provision with the most important field it occurs in.

    Fields are merged least important first, so a more important field overwrites
    (C-level ``dict.update``). Stopwords are not indexed in descriptions, single letters nowhere.
    """
    words: dict[str, int] = {}
    for field in range(DESCRIPTION, -1, -1):
        text = texts[field]
        if not text:
            continue
        tokens = cache.get(text)
        if tokens is None:
            tokens = index_tokens(text)
            if 0 < field < DESCRIPTION:
                cache[text] = tokens
        words.update(dict.fromkeys(tokens, field))
    for stopword in STOPWORDS.intersection(words):
        if words[stopword] == DESCRIPTION:
            del words[stopword]
    for letter in LETTERS.intersection(words):
        del words[letter]
    return words


class SearchIndex:
    """Inverted index over a fixed, ordered list of provisions."""

    def __init__(self, provisions: Sequence[Provision]) -> None:
        # Building allocates millions of small containers but no reference cycles: the
        # cyclic garbage collector would only rescan them again and again.
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(provisions)
        finally:
            if enabled:
                gc.enable()

    def _build(self, provisions: Sequence[Provision]) -> None:
        self.provisions = provisions
        terms: dict[str, int] = {}
        postings: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in FIELDS]
        codes: list[array[int]] = []
        cache: dict[str, list[str]] = {}  # organisation, keyword and domain texts repeat
        find, shift = terms.get, SHIFT
        for doc, provision in enumerate(provisions):
            doc_codes: list[int] = []
            add_code = doc_codes.append
            for token, field in _doc_words(field_texts(provision), cache).items():
                tid = find(token)
                if tid is None:
                    tid = terms[token] = len(terms)
                postings[field][tid].append(doc)
                add_code(tid << shift | field)
            codes.append(array("I", doc_codes))
        self.codes = codes
        self.postings = [dict(p) for p in postings]
        self.df = [0] * len(terms)
        for per_field in self.postings:
            for tid, docs in per_field.items():
                self.df[tid] += len(docs)
        self.fields_of: list[tuple[int, ...]] = [()] * len(terms)
        """Per term the fields it has postings in: most terms live in one field only."""
        for field, per_field in enumerate(self.postings):
            for tid in per_field:
                self.fields_of[tid] += (field,)
        self.df_whole = [0] * len(terms)
        """Per term its postings in the WHOLE_WORDS_ONLY fields."""
        for field in WHOLE_WORDS_ONLY:
            for tid, docs in self.postings[field].items():
                self.df_whole[tid] += len(docs)
        self.vocab = Vocabulary(list(terms))

    def expansions(self, words: Sequence[str]) -> list[dict[int, float]]:
        """Per query word: ``{term id: quality}``; the last word may still be typed."""
        last = len(words) - 1
        return [self.vocab.expand(word, i == last) for i, word in enumerate(words)]

    def _collect(
        self, expansion: dict[int, float], fields: Sequence[int], short: bool
    ) -> tuple[dict[int, float], list[tuple[float, list[int]]]]:
        """Best weighted quality per doc, and the (value, docs) lists best first.

        For a short word start (up to 4 letters) only whole words count in descriptions and
        domain names: "gezi" should find the Gezinscoach, not every text that mentions
        gezinnen, and "dag" not every provision for daily living.
        """
        pairs = []
        postings, fields_of = self.postings, self.fields_of
        everywhere = len(fields) == len(FIELDS)
        for tid, quality in expansion.items():
            for field in fields_of[tid]:
                if (short and quality < FORM and field in WHOLE_WORDS_ONLY) or not (
                    everywhere or field in fields
                ):
                    continue
                pairs.append((quality * WEIGHTS[field], postings[field][tid]))
        pairs.sort(key=itemgetter(0))
        best: dict[int, float] = {}
        for value, docs in pairs:
            best.update(dict.fromkeys(docs, value))
        pairs.reverse()
        return best, pairs

    def _size(self, expansion: dict[int, float], short: bool) -> int:
        """How many postings :meth:`_collect` would scan for this word."""
        if not short:
            return sum(self.df[tid] for tid in expansion)
        return sum(
            self.df[tid] - (self.df_whole[tid] if quality < FORM else 0)
            for tid, quality in expansion.items()
        )

    def best_match(
        self, doc: int, expansion: dict[int, float], short: bool = False
    ) -> tuple[float, int]:
        """(weighted quality, code) of the best term of ``doc`` in ``expansion``."""
        best, best_code = 0.0, -1
        for code in self.codes[doc]:
            quality = expansion.get(code >> SHIFT)
            if quality is None or (short and quality < FORM and code & MASK in WHOLE_WORDS_ONLY):
                continue
            if quality * WEIGHTS[code & MASK] > best:
                best, best_code = quality * WEIGHTS[code & MASK], code
        return best, best_code

    def score(
        self,
        expansions: list[dict[int, float]],
        lengths: list[int],
        allowed: set[int] | None,
        limit: int,
    ) -> list[tuple[int, float]]:
        """The best ``limit`` (doc, score 0..1 rounded to 2 decimals), best first.

        Only docs that can still reach the top are scored: docs matched by two or more
        query words (found with C-level set intersections), plus per word its best
        single-word matches. A doc matched by one word only cannot beat ``limit`` docs
        that match that word at least as well.
        """
        count = len(expansions)
        if limit <= 0:
            return []
        shorts = [length <= SHORT for length in lengths]
        sizes = [self._size(exp, short) for exp, short in zip(expansions, shorts, strict=True)]
        order = sorted(range(count), key=sizes.__getitem__)
        drivers = [i for i in order if sizes[i] <= DRIVER_LIMIT]
        fields: Sequence[int] = range(len(FIELDS))
        if not drivers:
            drivers, fields = order[:1], range(DESCRIPTION)
        others = [i for i in order if i not in drivers]
        collected = [self._collect(expansions[i], fields, shorts[i]) for i in drivers]
        scores = candidates(collected, allowed, limit, wanted=RERANK if others else limit)
        if others and scores:
            pool = heapq.nlargest(RERANK, scores.items(), key=itemgetter(1))
            scores = {
                doc: value + sum(self.best_match(doc, expansions[i], shorts[i])[0] for i in others)
                for doc, value in pool
            }
        return top(scores, count, limit)
