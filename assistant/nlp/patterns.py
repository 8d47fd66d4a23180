"""The small pattern notation of the lexicons, turned into spaCy matcher patterns.

Trainers write plain words; we match them on a normalised form (the lemma, or the
lexicon word a typo or compound was traced back to) that the pipeline puts in each
token's NORM. ``=word`` matches the exact form, ``a|b`` either word, ``...`` a short
gap within the clause, ``*tail`` / ``head*`` a compound word. See scope.toml for the
trainer's version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

GAP_MAX = 4
SENTENCE_ENDS = [".", "!", "?", ";", ":"]
WIDE_GAP_MAX = 6
"""A gap across commas may be a little longer: danger is told haltingly."""
_PLAIN = re.compile(r"[^\s|=*.]+")


@dataclass(frozen=True)
class Slot:
    """One position of a pattern: the words allowed there (None for a gap)."""

    options: tuple[str, ...] | None
    exact: bool = False


def parse(pattern: str, key: Callable[[str], str]) -> list[Slot]:
    """Split a lexicon pattern into slots, normalising each word with ``key``."""
    if _PLAIN.fullmatch(pattern):
        return [Slot((key(pattern.lower()),))]  # most terms are one plain word
    slots: list[Slot] = []
    for part in pattern.lower().split():
        if part == "...":
            slots.append(Slot(None))
            continue
        alternatives = [alt for alt in part.split("|") if alt]
        exact = any(alt.startswith("=") for alt in alternatives)
        if exact:
            options = tuple(alt.lstrip("=") for alt in alternatives)
        else:
            options = tuple(o for alt in alternatives for o in _options(alt, key))
        slots.append(Slot(options, exact))
    return slots


def _options(word: str, key: Callable[[str], str]) -> tuple[str, ...]:
    """A compound wildcard also matches the bare word ("zelfmoord*" finds "zelfmoord")."""
    if "*" not in word:
        return (key(word),)
    return (word, key(word.strip("*")))


def is_phrase(slots: list[Slot]) -> bool:
    """True when a PhraseMatcher can match it: plain words, no gaps or choices."""
    return all(s.options is not None and len(s.options) == 1 and not s.exact for s in slots)


def words(pattern: str) -> list[str]:
    """Every plain word in a pattern (for lemma tables and typo tolerance)."""
    found: list[str] = []
    for part in pattern.lower().split():
        if part != "...":
            found.extend(alt.lstrip("=") for alt in part.split("|") if alt and "*" not in alt)
    return found


def wildcards(pattern: str) -> list[str]:
    """The compound wildcards (``*tail``, ``head*``) in a pattern."""
    return [part for part in pattern.lower().split() if "*" in part and part != "..."]


def matcher_patterns(
    slots: list[Slot], punct: bool = False, across_commas: bool = False
) -> list[list[dict[str, Any]]]:
    """spaCy Matcher patterns, one per combination of choices.

    Every token test is a plain attribute comparison (no ``IN`` sets, which spaCy
    checks slowly), and a gap skips words but never punctuation, so it stays inside
    one clause. With ``punct``, a comma between two words is allowed ("ja, maar"); with
    ``across_commas`` a gap may cross a comma too (and be up to ``WIDE_GAP_MAX`` words), but
    never the end of a sentence.
    """
    variants: list[list[dict[str, Any]]] = [[]]
    for slot in slots:
        if slot.options is None:
            gap: dict[str, Any] = {"IS_PUNCT": False, "OP": f"{{0,{GAP_MAX}}}"}
            if across_commas:
                gap = {"ORTH": {"NOT_IN": SENTENCE_ENDS}, "OP": f"{{0,{WIDE_GAP_MAX}}}"}
            variants = [[*v, gap] for v in variants]
            continue
        attr = "LOWER" if slot.exact else "NORM"
        skip = [{"IS_PUNCT": True, "OP": "?"}] if punct and variants[0] else []
        variants = [[*v, *skip, {attr: option}] for v in variants for option in slot.options]
    return variants


def reordered(slots: list[Slot]) -> list[list[Slot]]:
    """Dutch puts the verb last in a subordinate clause ("hij breekt m'n knieën", "dat hij
    m'n knieën breekt"): a two-part pattern with a gap also matches the other way round."""
    if len(slots) != 3:
        return []
    first, gap, last = slots
    if gap.options is None and first.options and last.options:
        return [[last, gap, first]]
    return []
