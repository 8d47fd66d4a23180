"""All lexicon patterns: single words by dictionary, phrases by one PhraseMatcher, and
patterns with gaps or choices by one Matcher (both on the NORM the normaliser set).

Each pattern becomes an :class:`Entry` that says what it counts for; a match is an
entry plus a token span. Scope rules and scoring happen later, on these matches.
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

if TYPE_CHECKING:
    from assistant.nlp.matcher_plan import MatcherPlan


@dataclass(frozen=True)
class Entry:
    """One lexicon pattern: its family (need, cue, signal, ...), label and weight."""

    family: str
    label: str
    term: str
    weight: float = 1.0
    kind: str = "problem"


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int


class LexiconMatcher:
    """Finds the planned entries in a normalised doc.

    Phrases and patterns with gaps or choices are grouped by their rarest required word,
    and a group's spaCy PhraseMatcher or Matcher is compiled the first time a doc contains
    that word: compiling all ~5,000 patterns up front took half of the load time, and most
    groups are never used in a conversation.
    """

    def __init__(self, nlp: Language, entries: list[Entry], plan: MatcherPlan) -> None:
        self.entries = entries
        self.vocab = nlp.vocab
        self.single = plan.single
        self.phrase_groups = plan.phrase_groups
        self.by_first = plan.by_first
        self.phrases: dict[str, PhraseMatcher] = {}
        self.compiled: dict[tuple[str, str], Matcher] = {}

    def _matcher(self, key: tuple[str, str]) -> Matcher:
        """The compiled group, built on first use (callers hold the analyzer's lock)."""
        matcher = self.compiled.get(key)
        if matcher is None:
            matcher = Matcher(self.vocab, validate=False)  # ours are well-formed
            for name, pattern in marshal.loads(self.by_first[key]):
                matcher.add(name, [pattern])
            self.compiled[key] = matcher
        return matcher

    def _phrases(self, word: str) -> PhraseMatcher:
        """The phrases whose rarest word this is, compiled on first use."""
        matcher = self.phrases.get(word)
        if matcher is None:
            matcher = PhraseMatcher(self.vocab, attr="NORM")
            for name, norms in self.phrase_groups[word]:
                # Placeholder words: only NORM is matched, and new words would each cost a
                # vocabulary entry.
                doc = Doc(self.vocab, words=["_"] * len(norms))
                for token, norm in zip(doc, norms, strict=True):
                    token.norm_ = norm
                matcher.add(name, [doc])
            self.phrases[word] = matcher
        return matcher

    def find(self, doc: Doc) -> list[Match]:
        """Every entry found, shortest span per entry and start, in text order."""
        found: dict[tuple[int, int], Match] = {}
        strings = doc.vocab.strings
        norms = {t.norm_ for t in doc}
        spans = [
            (int(strings[i]), start, end)
            for word in norms & self.phrase_groups.keys()
            for i, start, end in self._phrases(word)(doc)
        ]
        present = {("NORM", n) for n in norms} | {("LOWER", t.lower_) for t in doc}
        for key in present & self.by_first.keys():
            spans += [(int(strings[i]), start, end) for i, start, end in self._matcher(key)(doc)]
        for position, token in enumerate(doc):
            spans += [(i, position, position + 1) for i in self.single.get(token.norm_, ())]
        for index, start, end in spans:
            old = found.get((index, start))
            if old is None or end < old.end:
                found[(index, start)] = Match(self.entries[index], start, end)
        # text order; at the same span the lexicon's own order, so evidence never depends
        # on the order of a set (which changes from run to run)
        ordered = sorted(found, key=lambda k: (found[k].start, found[k].end, k[0]))
        return [found[k] for k in ordered]
