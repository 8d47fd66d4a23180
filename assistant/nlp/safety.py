"""Danger signals: suicide risk, violence, acute crisis, with the route to show.

Signals are not subject to the need scope rules: a worker must also see danger to a
neighbour or something said in passing. Five exceptions keep them honest: an idiom
("ik schrok me dood", "dat slaat nergens op") around the words; "geen"/"nooit" right
before them ("geen zelfmoordgedachten"); a denial in the same clause ("aan zelfmoord
denk ik niet hoor"); a joke marker in the same sentence ("ik spring van het balkon,
haha"), except for serious words such as "zelfmoord" or "pillen gespaard", which count
even when someone laughs them off; and words that tell of a film, an explained bruise or a
death (see :mod:`assistant.nlp.signal_context`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from spacy.tokens import Doc

from assistant.knowledge.lexicons import SafetyLexicon
from assistant.knowledge.vocabulary import SignalKind
from assistant.nlp.matching import Match
from assistant.nlp.models import SafetySignal
from assistant.nlp.needs import evidence
from assistant.nlp.signal_context import not_danger_now

NEGATION_WINDOW = 2


def find_signals(doc: Doc, meant: list[Match], lexicon: SafetyLexicon) -> list[SafetySignal]:
    """One signal per kind in ``meant`` (the matches :func:`kept_signals` kept), in the
    order of the kinds' first mention."""
    by_kind: dict[SignalKind, list[Match]] = {}
    for match in meant:
        by_kind.setdefault(cast(SignalKind, match.entry.label), []).append(match)
    result: list[SafetySignal] = []
    for kind, found in by_kind.items():
        route = lexicon.routes[kind]
        result.append(
            SafetySignal(
                kind=kind,
                route=route.route,
                phones=list(route.phones),
                evidence=[evidence(doc, m) for m in _one_per_span(found)],
            )
        )
    return result


def kept_signals(
    doc: Doc,
    signals: list[Match],
    idioms: list[Match],
    lexicon: SafetyLexicon,
    clause_of: list[int] | None = None,
    sentence_of_clause: list[int] | None = None,
) -> list[Match]:
    """The signal matches left after idioms, negation, denials, jokes, stories, explained
    bruises and deaths told."""
    if not signals:
        return []
    clause_of = clause_of or [0] * len(doc)
    sentences = sentence_of_clause or [0] * (max(clause_of, default=0) + 1)
    plain = [i for i in idioms if i.entry.label == "idiom"]
    denied = {clause_of[i.start] for i in idioms if i.entry.label == "denial"}
    joking = {sentences[clause_of[i.start]] for i in idioms if i.entry.label == "joke"}
    lower = [t.lower_ for t in doc]
    kept: list[Match] = []
    for match in signals:
        clause = clause_of[match.start]
        laughed_off = sentences[clause] in joking and match.entry.kind != "serious"
        if _in_idiom(match, plain) or _negated(doc, match, lexicon.negators):
            continue
        if clause in denied or laughed_off:
            continue
        if not_danger_now(match, idioms, lower, clause_of, sentences):
            continue
        kept.append(match)
    return kept


def long_over(
    match: Match, cues: list[Match], clause_of: list[int], sentence_of_clause: list[int]
) -> bool:
    """Violence that is long over ("Mijn eerste man sloeg me, maar dat is twintig jaar
    geleden") is no signal now, unless the sentence says it goes on ("nog steeds"). Only
    for violence: a suicide attempt in the past stays a risk factor a worker must see."""
    if match.entry.label != "violence":
        return False
    clause = clause_of[match.start]
    sentence = sentence_of_clause[clause]
    labels = _cue_clauses(cues, ("past", "past_back", "ongoing"), clause_of)
    if any(sentence_of_clause[c] == sentence for c in labels["ongoing"]):
        return False
    following = clause + 1 < len(sentence_of_clause) and sentence_of_clause[clause + 1] == sentence
    back = clause in labels["past_back"] or (following and clause + 1 in labels["past_back"])
    return clause in labels["past"] or back


def in_public(
    match: Match,
    cues: list[Match],
    household_named_in: Callable[[int], bool],
    clause_of: list[int],
    sentence_of_clause: list[int],
) -> bool:
    """Violence in the street by people outside the household ("Ik ben in de trein in
    elkaar geslagen door een paar jongens") is a crime to report, not a Veilig Thuis
    matter: the sentence names strangers doing it, or its clause names a public place and
    nobody of the household ("Mijn man sloeg me op straat" stays a signal).
    Violence that goes on or comes back ("ze wachten me elke dag op") stays a signal."""
    if match.entry.label != "violence":
        return False
    clause = clause_of[match.start]
    sentence = sentence_of_clause[clause]
    names = ("in_public", "by_strangers", "ongoing", "recurring")
    labels = {
        label: {c for c in found if sentence_of_clause[c] == sentence}
        for label, found in _cue_clauses(cues, names, clause_of).items()
    }
    if labels["ongoing"] or labels["recurring"]:
        return False
    if labels["by_strangers"]:
        return True
    return clause in labels["in_public"] and not household_named_in(clause)


def _cue_clauses(
    cues: list[Match], labels: tuple[str, ...], clause_of: list[int]
) -> dict[str, set[int]]:
    """Per cue label, the clauses it occurs in."""
    found: dict[str, set[int]] = {label: set() for label in labels}
    for cue in cues:
        if cue.entry.label in found:
            found[cue.entry.label].add(clause_of[cue.start])
    return found


def _one_per_span(matches: list[Match]) -> list[Match]:
    spans: dict[tuple[int, int], Match] = {}
    for m in matches:
        spans.setdefault((m.start, m.end), m)
    return list(spans.values())


def _in_idiom(match: Match, idioms: list[Match]) -> bool:
    return any(i.start < match.end and match.start < i.end for i in idioms)


def _negated(doc: Doc, match: Match, negators: list[str]) -> bool:
    lo = max(0, match.start - NEGATION_WINDOW)
    return any(t.lower_ in negators for t in doc[lo : match.start])
