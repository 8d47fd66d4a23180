"""Which lexicon entry is matched how: the part of matching that only depends on the
lexicons, so it can be kept in the snapshot (:mod:`assistant.nlp.snapshot`).

Parsing ~7,000 patterns and sorting them into groups took a third of our load time on
every start. A plan is plain data (strings, numbers, lists, dicts), so it is stored as is.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.lang.nl.stop_words import STOP_WORDS

from assistant.nlp import patterns
from assistant.nlp.matching import Entry

Pattern = list[dict[str, Any]]


@dataclass(frozen=True)
class MatcherPlan:
    """Entries by how they are found; names are entry indexes as strings (spaCy's)."""

    single: dict[str, list[int]]
    """Key of one word -> the entries that are just that word."""
    phrase_groups: dict[str, list[tuple[str, list[str]]]]
    """Rarest word -> plain phrases (name, keys), for one PhraseMatcher per group."""
    by_first: dict[tuple[str, str], bytes]
    """(attribute, rarest required word) -> Matcher patterns with gaps or choices, as
    (name, pattern) pairs packed with ``marshal``: a group is unpacked only when a doc
    first needs it, so a start does not build ~12,000 small dicts it may never use."""

    def to_data(self) -> tuple[Any, ...]:
        return (self.single, self.phrase_groups, self.by_first)

    @classmethod
    def from_data(cls, data: tuple[Any, ...]) -> MatcherPlan:
        single, phrase_groups, by_first = data
        return cls(single, phrase_groups, by_first)


def _rarest(pattern: Pattern) -> dict[str, Any]:
    """The required word least likely to be in a sentence: not a stop word, then longest."""
    required = [t for t in pattern if "OP" not in t and ("NORM" in t or "LOWER" in t)]

    def rarity(token: dict[str, Any]) -> tuple[bool, int]:
        value = str(token.get("NORM", token.get("LOWER", "")))
        return (value not in STOP_WORDS, len(value))

    return max(required, key=rarity) if required else pattern[0]


def _group(pattern: Pattern) -> tuple[str, str]:
    """Patterns are grouped by their rarest required word: a doc only runs the groups
    whose word it contains, which keeps matching fast with thousands of patterns
    (grouping by the first word ran "kinderen ... honger" for every "kinderen")."""
    word = _rarest(pattern)
    attr, value = next((k, v) for k, v in word.items() if k != "OP")
    return attr, str(value)


def plan_matching(entries: list[Entry], key: Callable[[str], str]) -> MatcherPlan:
    """Single words by dictionary, plain phrases by PhraseMatcher, the rest by Matcher."""
    plan = MatcherPlan({}, {}, {})
    groups: dict[tuple[str, str], list[tuple[str, Pattern]]] = {}
    for index, entry in enumerate(entries):
        slots = patterns.parse(entry.term, key)
        if not slots:
            continue
        name = str(index)
        first = slots[0]
        if len(slots) == 1 and first.options and not first.exact:
            for option in first.options:
                plan.single.setdefault(option, []).append(index)
        elif patterns.is_phrase(slots) and entry.family != "q":
            norms = [s.options[0] for s in slots if s.options]
            rarest = max(norms, key=lambda w: (w not in STOP_WORDS, len(w)))
            plan.phrase_groups.setdefault(rarest, []).append((name, norms))
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
                    groups.setdefault(_group(pattern), []).append((name, pattern))
    plan.by_first.update((key, marshal.dumps(group)) for key, group in groups.items())
    return plan
