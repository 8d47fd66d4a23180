"""All lexicon patterns: single words by dictionary, phrases by one PhraseMatcher, and
patterns with gaps or choices by one Matcher (both on the NORM the normaliser set).

Each pattern becomes an :class:`Entry` that says what it counts for; a match is an
entry plus a token span. Scope rules and scoring happen later, on these matches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from assistant.nlp import patterns


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


def _rarest(pattern: list[dict[str, Any]]) -> dict[str, Any]:
    """The required word least likely to be in a sentence: not a stop word, then longest."""
    required = [t for t in pattern if "OP" not in t and ("NORM" in t or "LOWER" in t)]

    def rarity(token: dict[str, Any]) -> tuple[bool, int]:
        value = str(token.get("NORM", token.get("LOWER", "")))
        return (value not in STOP_WORDS, len(value))

    return max(required, key=rarity) if required else pattern[0]


class LexiconMatcher:
    """Compiles entries once and finds them in a normalised doc."""

    def __init__(self, nlp: Language, key: Callable[[str], str], entries: list[Entry]) -> None:
        self.entries = entries
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.vocab = nlp.vocab
        self.by_first: dict[tuple[str, str], Matcher] = {}
        self.single: dict[str, list[int]] = {}
        for index, entry in enumerate(entries):
            slots = patterns.parse(entry.term, key)
            if not slots:
                continue
            name = str(index)
            first = slots[0]
            if len(slots) == 1 and first.options and not first.exact:
                for option in first.options:
                    self.single.setdefault(option, []).append(index)
            elif patterns.is_phrase(slots) and entry.family != "q":
                doc = Doc(nlp.vocab, words=[s.options[0] for s in slots if s.options])
                for token, slot in zip(doc, slots, strict=True):
                    token.norm_ = slot.options[0] if slot.options else ""
                self.phrases.add(name, [doc])
            else:
                punct = entry.family == "q"  # a worker's "Ja, maar" has a comma
                for pattern in patterns.matcher_patterns(slots, punct):
                    self._matcher_for(_rarest(pattern)).add(name, [pattern])

    def _matcher_for(self, word: dict[str, Any]) -> Matcher:
        """Patterns are grouped by their rarest required word: a doc only runs the groups
        whose word it contains, which keeps matching fast with thousands of patterns
        (grouping by the first word ran "kinderen ... honger" for every "kinderen")."""
        attr, value = next((k, v) for k, v in word.items() if k != "OP")
        key = (attr, str(value))
        if key not in self.by_first:
            self.by_first[key] = Matcher(self.vocab, validate=False)  # ours are well-formed
        return self.by_first[key]

    def find(self, doc: Doc) -> list[Match]:
        """Every entry found, shortest span per entry and start, in text order."""
        found: dict[tuple[int, int], Match] = {}
        strings = doc.vocab.strings
        spans = [(int(strings[i]), start, end) for i, start, end in self.phrases(doc)]
        present = {("NORM", t.norm_) for t in doc} | {("LOWER", t.lower_) for t in doc}
        for key in present & self.by_first.keys():
            spans += [(int(strings[i]), start, end) for i, start, end in self.by_first[key](doc)]
        for position, token in enumerate(doc):
            spans += [(i, position, position + 1) for i in self.single.get(token.norm_, ())]
        for index, start, end in spans:
            old = found.get((index, start))
            if old is None or end < old.end:
                found[(index, start)] = Match(self.entries[index], start, end)
        return sorted(found.values(), key=lambda m: (m.start, m.end))
