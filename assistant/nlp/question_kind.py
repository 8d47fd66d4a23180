"""Which sentences of a worker's turn ask something, and how.

Spoken Dutch leaves out question marks ("Heeft u kinderen die in de buurt wonen"), puts
question words in exclamations ("Wat fijn dat u dat vertelt.") and strings questions
together ("Hoe gaat het, en slaapt u goed?"). So a sentence asks when it ends in "?",
opens with a question word or an invitation to tell, or opens with a verb before u/je;
and not when it only exclaims or sums up. It asks more than once when a second question
follows a joint, but not after a subordinate clause (", toen u zo somber was?"), a
parenthetical ("Hoe komt het, denkt u, dat ...?") or "of" offering a choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from assistant.knowledge.lexicons import QuestionLexicon
from assistant.nlp.matching import Match

SENTENCE_END = {".", "!", "?", "…"}
PART_BREAKS = {",", ":", ";"}
JOINTS = {"en", "of", ","}
ADDRESSEE = {"u", "je", "jij", "jullie"}
PRONOUNS = ADDRESSEE | {"ze", "hij", "zij", "ie", "we"}
"""After a joint, a word and then one of these is a verb asking again ("..., en helpen ze
weleens?")."""
SUBJECTS_AFTER_VERB = ADDRESSEE | {"er", "dat", "het", "uw", "jouw", "de"}
THEN = {"dan", "zo", "daarom", "daar"}
"""Before a verb these make a statement ("Dan kunt u weer zelf boodschappen doen.")."""
ASIDES = {"denkt", "vindt", "zegt", "weet", "denk", "vind", "zeg"}
"""Verbs of a parenthetical ("Hoe komt het, denkt u, dat ...?"): no second question."""
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
    "zodat",
    "waardoor",
    "dat",
    "dus",
    "maar",
    "want",
}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the turn and what it asks."""

    start: int
    end: int
    asks: bool
    questions: int
    """How many questions it holds (0 when it does not ask)."""
    open_word: int | None
    """Position of the question word that makes it open, if any."""
    opens: bool
    """Open: a question word or an invitation to tell."""
    suggestive: bool


def sentences(doc: Doc, matches: list[Match], lexicon: QuestionLexicon) -> list[Sentence]:
    """Every sentence of the turn with what it asks, in order."""
    fillers = set(lexicon.fillers)
    return [
        _read(doc, start, end, [m for m in matches if start <= m.start < end], lexicon, fillers)
        for start, end in _spans(doc)
    ]


def _read(
    doc: Doc,
    start: int,
    end: int,
    inside: list[Match],
    lexicon: QuestionLexicon,
    fillers: set[str],
) -> Sentence:
    """What one sentence asks; ``inside`` holds the matches that start in it."""
    labels = {m.entry.label for m in inside}
    head = _first_content(doc, start, end, fillers)
    marked = doc[end - 1].text == "?" or doc[end - 1].text.endswith("?")
    last = max((i for i in range(start, end) if not doc[i].is_punct), default=start)
    tagged = any(m.entry.label == "tags" and m.end - 1 == last for m in inside)
    # With a question mark the question may come after a lead-in ("Echt, hoe is dat voor
    # jou?"); without one, a question word later on starts a clause ("Dat klinkt heftig,
    # wat u heeft meegemaakt.").
    wh = _wh_in_parts(doc, start, end, fillers, lexicon) if marked else None
    if wh is None and head is not None:
        wh = _wh_at(doc, head, end, lexicon)
    verb_first = _verb_first(doc, head, end, lexicon, SUBJECTS_AFTER_VERB)
    after_then = head is not None and head > start and doc[head - 1].lower_ in THEN
    exclaims = not marked and any(m.entry.label == "not_asking" and m.start == head for m in inside)
    invites = "open_invite" in labels
    asks = marked or tagged or wh is not None or invites or (verb_first and not after_then)
    if not asks or exclaims:
        return Sentence(start, end, False, 0, None, False, False)
    after_head = -1 if head is None else head
    seconds = [m for m in inside if m.entry.label == "second_question" and m.start > after_head]
    extra = max(len(seconds), _inverted_questions(doc, start, end, lexicon))
    # "U slaapt zeker slecht?", "Met die knie kunt u toch niet fietsen?": not opened by a
    # question word or a verb, so an assuming word leads the answer.
    inverted = head is not None and head + 1 < end and doc[head + 1].lower_ in SUBJECTS_AFTER_VERB
    assumes = marked and wh is None and not inverted and "assuming" in labels
    suggestive = "suggestive" in labels or tagged or assumes
    return Sentence(start, end, True, 1 + extra, wh, wh is not None or invites, suggestive)


def _wh_in_parts(
    doc: Doc, start: int, end: int, fillers: set[str], lexicon: QuestionLexicon
) -> int | None:
    """The question word that opens one of the comma parts, the first such part."""
    for part in _part_starts(doc, start, end):
        first = _first_content(doc, part, end, fillers)
        if first is not None:
            wh = _wh_at(doc, first, end, lexicon)
            if wh is not None:
                return wh
    return None


def _verb_first(
    doc: Doc, i: int | None, end: int, lexicon: QuestionLexicon, subjects: set[str]
) -> bool:
    """A yes/no question by word order: a verb, then u/je ("Heeft u kinderen ...")."""
    if i is None or i + 1 >= end:
        return False
    return doc[i].lower_ in lexicon.question_verbs and doc[i + 1].lower_ in subjects


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
    a question word, or a verb followed by u/je/er right after the joint. Counted from
    the first part that opens as a question ("Even kijken, eet u goed, wast u zich?")."""
    fillers = set(lexicon.fillers)
    first = None
    for part in _part_starts(doc, start, end):
        candidate = _first_content(doc, part, end, fillers)
        if candidate is None or candidate + 1 >= end:
            continue
        word = doc[candidate].lower_
        inverted = doc[candidate + 1].lower_ in ADDRESSEE and word not in SUBORDINATORS
        if _wh_at(doc, candidate, end, lexicon) is not None or inverted:
            first = candidate
            break
    if first is None:
        return 0  # "En uw familie, hoe is het contact?" is one question
    count = 0
    for i in range(first + 1, end - 2):  # joints before the question itself do not count
        joint, nxt, after = doc[i].lower_, doc[i + 1].lower_, doc[i + 2].lower_
        if joint not in JOINTS or nxt in SUBORDINATORS:
            continue
        if _wh_at(doc, i + 1, end, lexicon) is not None:
            count += 1
        elif joint == "of" or not nxt.isalpha():
            continue  # "Komt u hier, of komt u liever naar ons?" offers a choice
        elif nxt in ASIDES and after in ADDRESSEE and (i + 3 >= end or doc[i + 3].is_punct):
            continue  # "Hoe komt het, denkt u, dat ...?"
        elif after in PRONOUNS or _verb_first(doc, i + 1, end, lexicon, SUBJECTS_AFTER_VERB):
            count += 1
    return count


def _spans(doc: Doc) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, token in enumerate(doc):
        if token.text in SENTENCE_END or token.text.endswith("?"):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(doc):
        spans.append((start, len(doc)))
    return [(s, e) for s, e in spans if any(not t.is_punct for t in doc[s:e])]


def _part_starts(doc: Doc, start: int, end: int) -> list[int]:
    """Where each comma or colon part starts: "Dan wil ik graag weten: wie kan er helpen?"."""
    return [start, *(i + 1 for i in range(start, end) if doc[i].text in PART_BREAKS)]


def _first_content(doc: Doc, start: int, end: int, fillers: set[str]) -> int | None:
    for i in range(start, end):
        token = doc[i]
        if not token.is_punct and token.lower_ not in fillers:
            return i
    return None
