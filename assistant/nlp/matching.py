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


def _group(pattern: list[dict[str, Any]]) -> tuple[str, str]:
    """Patterns are grouped by their rarest required word: a doc only runs the groups
    whose word it contains, which keeps matching fast with thousands of patterns
    (grouping by the first word ran "kinderen ... honger" for every "kinderen")."""
    word = _rarest(pattern)
    attr, value = next((k, v) for k, v in word.items() if k != "OP")
    return attr, str(value)


class LexiconMatcher:
    """Compiles entries once and finds them in a normalised doc.

    Phrases and patterns with gaps or choices are grouped by their rarest required word,
    and a group's spaCy PhraseMatcher or Matcher is compiled the first time a doc contains
    that word: compiling all ~5,000 patterns up front took half of the load time, and most
    groups are never used in a conversation.
    """

    def __init__(self, nlp: Language, key: Callable[[str], str], entries: list[Entry]) -> None:
        self.entries = entries
        self.phrase_groups: dict[str, list[tuple[str, list[str]]]] = {}
        self.phrases: dict[str, PhraseMatcher] = {}
        self.vocab = nlp.vocab
        self.by_first: dict[tuple[str, str], list[tuple[str, list[dict[str, Any]]]]] = {}
        self.compiled: dict[tuple[str, str], Matcher] = {}
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
                norms = [s.options[0] for s in slots if s.options]
                rarest = max(norms, key=lambda w: (w not in STOP_WORDS, len(w)))
                self.phrase_groups.setdefault(rarest, []).append((name, norms))
            else:
                punct = entry.family == "q"  # a worker's "Ja, maar" has a comma
                # Danger may be told in either order and across a comma ("ik kras weer,
                # op m'n bovenbenen"): over the labelled sentences this finds 11 more of
                # 359 signals for 3 more false alarms; for needs it only adds noise.
                danger = entry.family == "signal"
                shapes = [slots, *patterns.reordered(slots)] if danger else [slots]
                for shape in shapes:
                    wide = danger or punct  # a worker's "Ja, dat is zo, maar"
                    for pattern in patterns.matcher_patterns(shape, punct, across_commas=wide):
                        self.by_first.setdefault(_group(pattern), []).append((name, pattern))

    def _matcher(self, key: tuple[str, str]) -> Matcher:
        """The compiled group, built on first use (callers hold the analyzer's lock)."""
        matcher = self.compiled.get(key)
        if matcher is None:
            matcher = Matcher(self.vocab, validate=False)  # ours are well-formed
            for name, pattern in self.by_first[key]:
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
        return sorted(found.values(), key=lambda m: (m.start, m.end))
