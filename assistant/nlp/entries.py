"""From the lexicons to matcher entries, and the word sets the normaliser needs.

Every term of every lexicon becomes an :class:`Entry` with its family (need, scope cue,
signal, idiom, question feature), label and weight; the normaliser gets the words a typo
may be traced back to and the long words that also end compounds.
"""

from __future__ import annotations

from assistant.knowledge.lexicons import Lexicons
from assistant.nlp import patterns
from assistant.nlp.matching import Entry


def lexicon_entries(lex: Lexicons) -> list[Entry]:
    """Every pattern of every lexicon, as an entry that says what it counts for."""
    entries: list[Entry] = []
    for domain in lex.domains:
        for group in domain.groups:
            entries += [
                Entry("need", domain.domain, t, group.weight, group.kind) for t in group.terms
            ]
    scope = lex.scope
    for label in (
        "denial",
        "denial_back",
        "past",
        "past_back",
        "lack",
        "others",
        "hypothetical",
        "ongoing",
        "settled",
    ):
        entries += [Entry("cue", label, t) for t in getattr(scope, label)]
    for signal in lex.safety.signals:
        grade = "serious" if signal.serious else "explainable" if signal.explainable else "problem"
        entries += [Entry("signal", signal.kind, t, 1.0, grade) for t in signal.terms]
    entries += [Entry("idiom", "idiom", t) for t in lex.safety.idioms]
    entries += [Entry("idiom", "denial", t) for t in lex.safety.denials]
    entries += [Entry("idiom", "joke", t) for t in lex.safety.jokes]
    for label in (
        "past",
        "past_back",
        "ongoing",
        "in_public",
        "by_strangers",
        "recurring",
        "everyday_causes",
        "stories",
    ):
        entries += [Entry("idiom", label, t) for t in getattr(lex.safety, label)]
    q = lex.question
    for label in (
        "open_invites",
        "second_question",
        "suggestive",
        "yes_but",
        "no_because",
        "advice",
        "judging",
        "warned",
        "assuming",
        "tags",
        "not_asking",
        "client_named",
        "not_offered",
        "netwerk_help",
    ):
        name = "open_invite" if label == "open_invites" else label
        entries += [Entry("q", name, t) for t in getattr(q, label)]
    entries += [Entry("q", "voorliggend", t) for t in q.provisions_voorliggend]
    entries += [Entry("q", "maatwerk", t) for t in q.provisions_maatwerk]
    for frame, terms in q.frames.items():
        entries += [Entry("q", frame, t) for t in terms]
    for slug, terms in q.topics.items():
        entries += [Entry("topic", slug, t) for t in terms]
    for frame, terms in q.asked_frames.items():
        entries += [Entry("q", ASKED + frame, t) for t in terms]
    return entries


ASKED = "asked:"
"""Label prefix of frame words that count only in a sentence that asks."""

AUTO_TAIL_MIN = 7
"""Single problem words this long also match as the end of a compound word
("jeugdgevangenis" -> "gevangenis"); shorter ones only when a lexicon says ``*tail``."""


def compound_tails(entries: list[Entry]) -> set[str]:
    return {
        e.term.lower()
        for e in entries
        if e.family == "need"
        and e.kind == "problem"
        and e.weight >= 0.6
        and e.term.isalpha()
        and len(e.term) >= AUTO_TAIL_MIN
    }


def typo_targets(entries: list[Entry]) -> set[str]:
    """Words a typo may be traced back to: whole one-word terms, and long words of phrases
    (short words inside phrases, like "intens" in "intens verdriet", would over-match)."""
    found: set[str] = set()
    for entry in entries:
        if entry.family not in ("need", "signal"):
            continue
        words = patterns.words(entry.term)
        found.update(w for w in words if len(words) == 1 or len(w) >= 8)
    return found
