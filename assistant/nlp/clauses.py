"""Cut a doc into clauses and sentences, the unit the scope rules work in.

Punctuation and words like "maar" and "want" end a clause. A clause that only repeats an
earlier one ("Koken, dat lukt me niet") or is a bare list item is read together with its
neighbour, so a cue in it reaches the words it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from assistant.knowledge.lexicons import ScopeLexicon

CLAUSE_PUNCT = {",", ";", ":", "-", "–", "—", "(", ")", '"'}
SENTENCE_PUNCT = {".", "!", "?", "…", "..."}


@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    cues: set[str]


def split_clauses(doc: Doc, lex: ScopeLexicon) -> list[Clause]:
    raw: list[Clause] = []
    start, sentence = 0, 0
    breaks = set(lex.clause_breaks)
    for i, token in enumerate(doc):
        if token.lower_ in breaks and i > start:
            raw.append(Clause(start, i, sentence, set()))
            start = i
        if token.text in CLAUSE_PUNCT or token.text in SENTENCE_PUNCT:
            raw.append(Clause(start, i + 1, sentence, set()))
            start = i + 1
            if token.text in SENTENCE_PUNCT:
                sentence += 1
    if start < len(doc):
        raw.append(Clause(start, len(doc), sentence, set()))
    return _merge(doc, [c for c in raw if c.end > c.start], set(lex.resumptive))


def _merge(doc: Doc, clauses: list[Clause], resumptive: set[str]) -> list[Clause]:
    """Join a clause that refers back, and bare list items, to their neighbour."""
    merged: list[Clause] = []
    pending: Clause | None = None
    for clause in clauses:
        if pending is not None and pending.sentence == clause.sentence:
            clause = Clause(pending.start, clause.end, clause.sentence, set())
        pending = None
        words = [t for t in doc[clause.start : clause.end] if not t.is_punct]
        if not words:
            if merged and merged[-1].sentence == clause.sentence:
                merged[-1].end = clause.end
            else:
                merged.append(clause)
            continue
        last = merged[-1] if merged else None
        if last and last.sentence == clause.sentence and words[0].lower_ in resumptive:
            last.end = clause.end
            continue
        ends_sentence = doc[clause.end - 1].text in SENTENCE_PUNCT
        if len(words) <= 2 and not ends_sentence:
            pending = clause
            continue
        merged.append(clause)
    if pending is not None:
        merged.append(pending)
    return merged


ECHO_MAX_WORDS = 3


def echo_denied(doc: Doc, clauses: list[Clause], denials: list[str]) -> set[int]:
    """Sentences that echo a word as a question and are then denied: "Schulden? Nee joh, ik
    betaal alles contant", "Eenzaam? Ik? Welnee"."""
    spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        start, end = spans.get(clause.sentence, (clause.start, clause.end))
        spans[clause.sentence] = (min(start, clause.start), max(end, clause.end))
    order = sorted(spans)
    echoes: list[int] = []
    found: set[int] = set()
    for number in order:
        start, end = spans[number]
        words = [t for t in doc[start:end] if not t.is_punct]
        if doc[end - 1].text == "?" and len(words) <= ECHO_MAX_WORDS:
            echoes.append(number)
            continue
        text = " ".join(t.lower_ for t in doc[start:end])
        if echoes and any(text == d or text.startswith(d + " ") for d in denials):
            found.update(echoes)
        echoes = []
    return found
