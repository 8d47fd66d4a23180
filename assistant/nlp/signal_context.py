"""Danger words that tell of something other than danger now: a film or the news ("we
hebben met de klas een film gezien over pesten en zelfmoord"), a bruise the client
explains ("die blauwe plek is van het voetballen"), or a death that is told ("m'n broer
heeft zich twintig jaar geleden verhangen").

A worker reads these as they are meant, so they raise no signal. Each rule steps back as
soon as the words could still be danger: the client steps into the story ("sinds die
film denk ik er zelf ook aan"), someone else gives the explanation ("hij zegt dat hij
gevallen is", the classic cover story), the bruises keep coming ("steeds weer"), or the
death was an attempt ("heeft zich bijna ...").
"""

from __future__ import annotations

from itertools import pairwise

from assistant.nlp.matching import Match

FIRST_PERSON = frozenset(
    {"ik", "'k", "me", "mij", "mezelf", "mijzelf", "mijn", "m'n", "ons", "onze"}
)
"""The client stepping into a story, later in the sentence that names it."""
OUR_HOME = frozenset({("ons", "thuis"), ("ons", "ook"), ("mij", "ook"), ("me", "ook")})
RECOGNISED = frozenset({"herken", "herkende", "herkenbaar", "herkent", "herkenning"})
"""Anywhere after the story: "Zo gaat het bij ons thuis", "dat gebeurt bij ons ook", "Ik
herkende zoveel" ("die woont bij ons in" is no such step)."""
QUOTED = frozenset({"zegt", "zei", "zeggen", "zeiden", "beweert", "beweerde", "volgens"})
"""Someone else gives the everyday cause: that is what a cover story sounds like."""
KEEPS_COMING = ("recurring", "ongoing")
"""Cue labels (safety.toml) that say the signs keep coming: an explanation does not hold."""
HAVE = frozenset({"heeft", "hebben", "had", "hadden"})
SELF = frozenset({"zich", "zichzelf"})
""""Heeft zich": a third person did it to themselves (the client says "mezelf")."""
DONE = frozenset(
    {"beroofd", "verhangen", "opgehangen", "doodgeschoten", "benomen", "opgeknoopt", "verdronken"}
)
"""Forms that say it happened: "van het leven beroofd", "verhangen"."""
NOT_DONE = frozenset(
    {"bijna", "geprobeerd", "probeerde", "proberen", "poging", "wil", "wilde", "wou", "dreigt"}
)
"""An attempt or a wish: it did not happen, and it is danger."""
STORY = "stories"
CAUSE = "everyday_causes"


def not_danger_now(
    match: Match, cues: list[Match], lower: list[str], clause_of: list[int], sentences: list[int]
) -> bool:
    """Whether the signal words tell of a story, an explained bruise or a death told.
    ``sentences`` has the sentence of each clause."""
    return (
        _in_a_story(match, cues, lower, clause_of, sentences)
        or _explained(match, cues, lower, clause_of)
        or _death_told(match, lower, clause_of)
    )


def _in_a_story(
    match: Match, cues: list[Match], lower: list[str], clause_of: list[int], sentences: list[int]
) -> bool:
    clause = clause_of[match.start]
    return any(
        cue.entry.label == STORY
        and clause_of[cue.start] == clause
        and not _client_steps_in(cue.end, lower, clause_of, sentences)
        for cue in cues
    )


def _client_steps_in(
    start: int, lower: list[str], clause_of: list[int], sentences: list[int]
) -> bool:
    """After the story is named: the client in the rest of its sentence ("... en sindsdien
    denk ik er zelf aan"), or their own home or recognition anywhere after it."""
    sentence = sentences[clause_of[start - 1]]
    later = lower[start:]
    same = {w for i, w in enumerate(later, start) if sentences[clause_of[i]] == sentence}
    return bool(
        FIRST_PERSON & same
        or RECOGNISED & set(later)
        or any(pair in OUR_HOME for pair in pairwise(later))
    )


def _explained(match: Match, cues: list[Match], lower: list[str], clause_of: list[int]) -> bool:
    if match.entry.kind != "explainable":
        return False
    if any(cue.entry.label in KEEPS_COMING for cue in cues):
        return False
    for cue in cues:
        if cue.entry.label != CAUSE:
            continue
        clause = clause_of[cue.start]
        if not QUOTED & {lower[i] for i, c in enumerate(clause_of) if c == clause}:
            return True
    return False


def _death_told(match: Match, lower: list[str], clause_of: list[int]) -> bool:
    if match.entry.label != "suicide_risk" or not DONE & set(lower[match.start : match.end]):
        return False
    clause = clause_of[match.start]
    before = [lower[i] for i in range(match.end) if clause_of[i] == clause]
    if NOT_DONE & set(before):
        return False
    return any(a in HAVE and b in SELF for a, b in pairwise(before))
