"""Needs told before "things are fine now": the learned layer trusts them less.

"We hadden schulden bij de energie, maar de schuldhulp heeft ons goed geholpen. Nu is
alles afbetaald"; "M'n zus heeft een depressie ... Met mij gaat het gewoon goed". The
scope rules read one clause and the one after it; a client often says that it is over,
or that it is someone else's, a sentence or two later. A clause with a ``settled`` cue
(scope.toml) that comes after every need the rules found says so for all of them.

It is an input of the combiner, not a rule that drops the need: the combiner learns how
far to trust it, and a domain that is part of a danger signal is kept whatever it says.
Among the 7,502 labelled sentences, 5 of the 138 needs the rules found before such a
clause were really needs, against 72 in 100 of all needs the rules found. Leaving groups
of files out, the input cut false alarms on sentences without a need from 0.261 to 0.232
(macro-F1 0.760 -> 0.763); dropping those needs outright did less (0.242). Cues of coping
("dat heb ik goed onder controle", "met de voorleesapp red ik me prima") took it to
0.229."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from assistant.nlp import patterns
from assistant.nlp.matching import Match
from assistant.nlp.scope import Scope

NOT_THE_CLIENT = frozenset({"zegt", "zei", "zeggen", "zeiden", "vindt", "denkt", "beweert"})
"""Before the cue: someone else says it is fine ("Hij zegt dat alles prima gaat")."""
APART_FROM = "verder"
"""Before the cue: "verder gaat het prima" is about everything but what was said."""
ONE_PART = frozenset({"de", "het", "m'n", "mijn", "onze", "zijn", "z'n", "haar", "d'r", "je"})
"""After "met" before the cue: one part is fine ("Met de school gaat het goed")."""
TOPICAL = frozenset({"gaat", "gaan", "loopt"})
"""Cues where "met" names what goes well ("met de school gaat het goed"); with other cues
"met" names the means: "met de voorleesapp red ik me prima"."""
BUT = "maar"


def settled_domains(scope: Scope, kept: Iterable[Match]) -> frozenset[str]:
    """The domains of ``kept`` that all come before a clause saying things are fine now,
    with no other need found after that clause."""
    last: dict[str, int] = {}
    for match in kept:
        clause = scope.clause_of[match.start]
        last[match.entry.label] = max(last.get(match.entry.label, clause), clause)
    if not last:
        return frozenset()
    latest = max(last.values())
    closing = [k for k in _settled_clauses(scope) if k >= latest]
    return frozenset(domain for domain, clause in last.items() if any(k > clause for k in closing))


def _settled_clauses(scope: Scope) -> set[int]:
    return {
        scope.clause_of[cue.start]
        for cue in scope.cue_spans
        if cue.entry.label == "settled" and _counts(scope, cue)
    }


def _counts(scope: Scope, cue: Match) -> bool:
    """Whether the cue says, in the client's own voice, that all is fine now. A negation
    (``negation_after`` in scope.toml) anywhere in its clause, but for the cue's own words
    ("niks aan de hand"), voids it: "het gaat niet goed", "ik weet niet of ik daar blij
    mee ben"."""
    number = scope.clause_of[cue.start]
    clause = scope.clauses[number]
    own = set(patterns.words(cue.entry.term))
    checked = [
        scope.lower[i]
        for i in range(clause.start, clause.end)
        if not cue.start <= i < cue.end or scope.lower[i] not in own
    ]
    before = scope.lower[clause.start : cue.start]
    one_part = TOPICAL.intersection(own) and any(
        word == "met" and next_word in ONE_PART for word, next_word in pairwise(before)
    )
    but_after = any(scope.lower[c.start] == BUT for c in scope.clauses[number + 1 :])
    return not (
        scope.negators_after.intersection(checked)
        or NOT_THE_CLIENT.intersection(before)
        or APART_FROM in before
        or one_part
        or but_after
    )
