"""Why a provision matched: per query word the field and the word it matched.

Only computed for the hits shown, so it may take its time to find the word as the
provision writes it ("Financiën", not the folded "financien").
"""

from __future__ import annotations

import re

from socialmap.search.hit import Reason
from socialmap.search.index import FIELDS, MASK, SHIFT, SHORT, SearchIndex, field_texts
from socialmap.search.normalize import fold
from socialmap.search.vocab import EXACT, FORM

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _as_written(text: str, term: str, field: str) -> str:
    """The word (or for keywords the whole keyword) of ``text`` that folds to ``term``."""
    if field in ("keywords", "domains"):
        for keyword in text.split(" ; "):
            if term in {w for w in re.findall(r"[a-z0-9]+", fold(keyword))} | {
                fold(keyword).replace("-", "").replace(" ", "")
            }:
                return keyword
    for match in _WORD.finditer(text):
        word = match.group()
        folded = fold(word)
        if folded.replace("-", "") == term or term in re.findall(r"[a-z0-9]+", folded):
            return word
    return term


def _how(word: str, term: str, quality: float) -> str:
    if quality >= EXACT or word == term:
        return "exact"
    if quality == FORM:
        return "vorm"
    if term.startswith(word):
        return "begin"
    if word in term:
        return "deel"
    return "lijkt"


def reasons(
    index: SearchIndex, doc: int, words: list[str], expansions: list[dict[int, float]]
) -> tuple[Reason, ...]:
    """One :class:`Reason` per query word that matched ``doc`` (best field first)."""
    texts = field_texts(index.provisions[doc])
    found: list[Reason] = []
    for word, expansion in zip(words, expansions, strict=True):
        _, code = index.best_match(doc, expansion, len(word) <= SHORT)
        if code < 0:
            continue
        tid, field_no = code >> SHIFT, code & MASK
        term = index.vocab.terms[tid]
        field = FIELDS[field_no]
        written = _as_written(texts[field_no], term, field)
        reason = Reason(field, written, word, _how(word, term, expansion[tid]))
        if all((r.field, r.word) != (field, written) for r in found):
            found.append(reason)
    found.sort(key=lambda r: FIELDS.index(r.field))
    return tuple(found)
