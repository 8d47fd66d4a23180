"""The style of a worker's or trainee's utterance: what kind of question, and what for.

Kinds: open (starts with a question word, or invites to tell), closed (any other
question), suggestive (puts the answer in the client's mouth), multiple (two or more
questions in one turn), none (no question). Plus "ja, maar" / "nee, want", advice or an
early solution (naming a provision counts), judging, the phrasings the method warns
against, and which frames and life domains the utterance touches.
"""

from __future__ import annotations

from spacy.tokens import Doc

from assistant.knowledge.lexicons import QuestionLexicon
from assistant.nlp.matching import Match
from assistant.nlp.models import Evidence, QuestionAnalysis, QuestionKind
from assistant.nlp.needs import evidence

FRAME_ORDER = ("vraag_achter_de_vraag", "eigen_kracht", "netwerk", "voorliggend", "maatwerk")
SENTENCE_END = {".", "!", "?", "…"}
JOINTS = {"en", "of", ","}
ADDRESSEE = {"u", "je", "jij", "jullie"}
SUBORDINATORS = {
    "als",
    "toen",
    "omdat",
    "sinds",
    "terwijl",
    "voordat",
    "nadat",
    "zodra",
    "hoewel",
    "nu",
}


def analyze_question(
    doc: Doc, matches: list[Match], domain_matches: list[Match], lexicon: QuestionLexicon
) -> QuestionAnalysis:
    labels = {m.entry.label for m in matches}
    found: list[Evidence] = []
    opens, questions = 0, 0
    for start, end in _sentences(doc):
        first = _first_content(doc, _last_part(doc, start, end), end, set(lexicon.fillers))
        if first is None or _wh_at(doc, first, end, lexicon) is None:
            first = _first_content(doc, start, end, set(lexicon.fillers))
        invites = any(m.entry.label == "open_invite" and start <= m.start < end for m in matches)
        wh = None if first is None else _wh_at(doc, first, end, lexicon)
        is_wh = wh is not None
        asks = doc[end - 1].text == "?" or is_wh or invites
        if not asks:
            continue
        questions += 1
        seconds = [
            m for m in matches if m.entry.label == "second_question" and start <= m.start < end
        ]
        questions += max(len(seconds), _inverted_questions(doc, start, end, lexicon))
        if is_wh or invites:
            opens += 1
            if wh is not None:
                span = doc[wh : wh + 1]
                found.append(
                    Evidence(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        term=span.text.lower(),
                        label="open",
                    )
                )
    kind = _kind(questions, opens, "suggestive" in labels)
    frames = [f for f in FRAME_ORDER if f in labels]
    weights: dict[str, float] = {}
    for m in domain_matches:
        weights[m.entry.label] = weights.get(m.entry.label, 0.0) + m.entry.weight
    domains = sorted(weights, key=lambda d: -weights[d])
    found.extend(evidence(doc, m) for m in matches if m.entry.label != "second_question")
    found.extend(evidence(doc, m) for m in domain_matches)
    found.sort(key=lambda e: (e.start, e.end))
    return QuestionAnalysis(
        kind=kind,
        yes_but="yes_but" in labels,
        no_because="no_because" in labels,
        advice=bool(labels & {"advice", "voorliggend", "maatwerk"}),
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


def _wh_at(doc: Doc, i: int, end: int, lexicon: QuestionLexicon) -> int | None:
    """Position of the question word that opens a question at ``i``: the word itself, or
    the word after a preposition ("Met wie woont u?", "Sinds wanneer is het zo?")."""
    if doc[i].lower_ in lexicon.wh_words:
        return i
    if i + 1 < end and doc[i].lower_ in lexicon.prepositions:
        return i + 1 if doc[i + 1].lower_ in lexicon.wh_words else None
    return None


def _inverted_questions(doc: Doc, start: int, end: int, lexicon: QuestionLexicon) -> int:
    """Extra questions joined by "en"/"of" or a comma: "..., en eet u wel genoeg?" —
    a question word, or a verb followed by u/je/er right after the joint."""
    first = _first_content(doc, start, end, set(lexicon.fillers))
    if first is None or first + 1 >= end:
        return 0
    word = doc[first].lower_
    inverted = doc[first + 1].lower_ in ADDRESSEE and word not in SUBORDINATORS
    opens_as_question = _wh_at(doc, first, end, lexicon) is not None or inverted
    if not opens_as_question:
        return 0  # "En uw familie, hoe is het contact?" is one question
    count = 0
    for i in range(first + 1, end - 2):  # joints before the question itself do not count
        if doc[i].lower_ not in JOINTS:
            continue
        nxt, after = doc[i + 1].lower_, doc[i + 2].lower_
        if _wh_at(doc, i + 1, end, lexicon) is not None or (nxt.isalpha() and after in ADDRESSEE):
            count += 1
    return count


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, token in enumerate(doc):
        if token.text in SENTENCE_END or token.text.endswith("?"):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(doc):
        spans.append((start, len(doc)))
    return [(s, e) for s, e in spans if any(not t.is_punct for t in doc[s:e])]


def _last_part(doc: Doc, start: int, end: int) -> int:
    """Start of the last comma part: "En uw familie, hoe is het contact?" asks 'hoe'."""
    commas = [i for i in range(start, end) if doc[i].text == ","]
    return commas[-1] + 1 if commas else start


def _first_content(doc: Doc, start: int, end: int, fillers: set[str]) -> int | None:
    for i in range(start, end):
        token = doc[i]
        if not token.is_punct and token.lower_ not in fillers:
            return i
    return None
