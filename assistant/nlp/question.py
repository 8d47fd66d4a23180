"""The style of a worker's or trainee's utterance: what kind of question, and what for.

Kinds: open (starts with a question word, or invites to tell), closed (any other
question), suggestive (puts the answer in the client's mouth), multiple (two or more
questions in one turn), none (no question); see :mod:`question_kind`. Plus "ja, maar" /
"nee, want", advice or an early solution, judging, the phrasings the method warns
against, and which frames and life domains the utterance touches.

Naming a provision is an early solution, unless the client named it first or it is only
explained ("U zei dat u al naar de voedselbank gaat", "is alleen voor ..."). Feelings,
causes and wishes explore the question behind the question only when asked; and an open
question about a life domain that touches no other frame explores it too ("Hoe is het nu
met de pijn?"), unless it is a reproach ("Waarom heeft u niet gewoon betaald?").

A life domain counts from the same total weight as a client's need, so one weak word
("wijk", "bellen") does not make a topic. The domain lists' "lack" words (werk, geld,
bellen) only mean a need when something is missing; a worker's question uses the neutral
topic words of ``question.toml`` instead. A question about the network with no other
topic is about the social network.
"""

from __future__ import annotations

from typing import get_args

from spacy.tokens import Doc

from assistant.knowledge.lexicons import QuestionLexicon
from assistant.nlp.entries import ASKED
from assistant.nlp.matching import Match
from assistant.nlp.models import Evidence, QuestionAnalysis, QuestionFrame, QuestionKind
from assistant.nlp.needs import THRESHOLD, drop_contained, evidence
from assistant.nlp.question_kind import Sentence, sentences

FRAME_ORDER: tuple[QuestionFrame, ...] = get_args(QuestionFrame)
"""The frames in the method's order, as the model type lists them."""
EXPLORING: QuestionFrame = "vraag_achter_de_vraag"
PROVISIONS = {"voorliggend", "maatwerk"}
NETWORK_DOMAIN = "sociaal_netwerk"
NOT_SHOWN = {"second_question", "assuming", "tags", "not_asking", "client_named", "not_offered"}
"""Helper matches that decide something but are no evidence a user needs to see (an
assuming word or a tag is shown as "suggestive" when it made the question so)."""


def analyze_question(
    doc: Doc, matches: list[Match], domain_matches: list[Match], lexicon: QuestionLexicon
) -> QuestionAnalysis:
    parts = sentences(doc, matches, lexicon)
    asking = [s for s in parts if s.asks]
    judged = [
        s for s in asking if any(m.entry.label == "judging" and _within(m, [s]) for m in matches)
    ]
    exploring = [s for s in asking if s not in judged]  # "Is dat nou zo moeilijk?" explores nothing
    kept = [m for m in matches if not _asked_only(m) or _within(m, exploring)]
    kept = [
        m for m in kept if m.entry.label != "netwerk_help" or not _with_provision(m, kept, parts)
    ]
    labels = {_frame_of(m) for m in kept}
    kind = _kind(
        sum(s.questions for s in asking),
        sum(s.opens for s in asking),
        any(s.suggestive for s in asking),
    )
    domains = _domains(domain_matches)
    frames = [f for f in FRAME_ORDER if f in labels]
    if "netwerk" in frames and not domains:
        domains = [NETWORK_DOMAIN]  # "Wie kan u helpen?" is about the social network
    if not frames and domains and any(s.opens for s in asking) and "judging" not in labels:
        frames = [EXPLORING]
    offered = [m for m in kept if m.entry.label in PROVISIONS and _offered(m, matches, parts)]
    found = [_open_word(doc, s) for s in asking if s.open_word is not None]
    found += [evidence(doc, m, _frame_of(m)) for m in kept if m.entry.label not in NOT_SHOWN]
    leading = [s for s in asking if s.suggestive]
    found += [
        evidence(doc, m, "suggestive")
        for m in kept
        if m.entry.label in ("assuming", "tags") and _within(m, leading)
    ]
    found += [evidence(doc, m) for m in domain_matches if m.entry.label in domains]
    found = sorted(
        {(e.start, e.end, e.label): e for e in found}.values(),  # one span counts once per label
        key=lambda e: (e.start, e.end),
    )
    return QuestionAnalysis(
        kind=kind,
        yes_but="yes_but" in labels,
        no_because="no_because" in labels,
        advice="advice" in labels or bool(offered),
        judging="judging" in labels,
        warned_phrase="warned" in labels,
        frames=frames,
        domains=domains,
        evidence=found,
    )


def _kind(questions: int, opens: int, suggestive: bool) -> QuestionKind:
    if questions == 0:
        return "none"
    if questions >= 2:
        return "multiple"
    if suggestive:
        return "suggestive"
    return "open" if opens else "closed"


def _asked_only(match: Match) -> bool:
    return match.entry.label.startswith(ASKED)


def _frame_of(match: Match) -> str:
    label = match.entry.label.removeprefix(ASKED)
    return "netwerk" if label == "netwerk_help" else label


def _with_provision(match: Match, matches: list[Match], parts: list[Sentence]) -> bool:
    """A provision is named in the sentence of this match."""
    sentence = _sentence_of(match, parts)
    return sentence is not None and any(
        m.entry.label in PROVISIONS and sentence.start <= m.start < sentence.end for m in matches
    )


def _sentence_of(match: Match, parts: list[Sentence]) -> Sentence | None:
    return next((s for s in parts if s.start <= match.start < s.end), None)


def _within(match: Match, parts: list[Sentence]) -> bool:
    return any(s.start <= match.start < s.end for s in parts)


def _offered(provision: Match, matches: list[Match], parts: list[Sentence]) -> bool:
    """A provision is offered unless its sentence says the client named it or only
    explains it."""
    sentence = _sentence_of(provision, parts)
    if sentence is None:
        return True
    return not any(
        m.entry.label in ("client_named", "not_offered")
        and sentence.start <= m.start < sentence.end
        for m in matches
    )


def _domains(domain_matches: list[Match]) -> list[str]:
    """Life domains whose words weigh enough together, heaviest first."""
    weights: dict[str, float] = {}
    for m in drop_contained(domain_matches):  # "in de buurt" counts once, not with "buurt"
        weights[m.entry.label] = weights.get(m.entry.label, 0.0) + m.entry.weight
    return sorted((d for d in weights if weights[d] >= THRESHOLD), key=lambda d: -weights[d])


def _open_word(doc: Doc, sentence: Sentence) -> Evidence:
    assert sentence.open_word is not None
    span = doc[sentence.open_word : sentence.open_word + 1]
    return Evidence(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        term=span.text.lower(),
        label="open",
    )
