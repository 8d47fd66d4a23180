"""Whose problem is it: the household's (the client, a partner, a child, a parent at
home) or someone else's (the neighbour, a colleague, "eenzame mensen")?

The nearest person named before the words decides, unless a household subject follows
them ("drinkt mijn eigen vrouw") or a place of others follows ("in de straat"). Split
from the other scope rules because it is about people, not about negation or time.
"""

from __future__ import annotations

from assistant.knowledge.lexicons import ScopeLexicon
from assistant.nlp.clauses import Clause
from assistant.nlp.matching import Entry, Match

PLACE_LEADS = {"in", "van", "hiernaast", "verderop"}
OWN_DETERMINERS = {"mijn", "m'n", "onze", "ons", "eigen"}
BACK_REFERENCES = {"die", "hij", "ie", "ze", "zij"}
OTHER_DETERMINERS = {"die", "een", "deze", "zo'n", "'n"}


class Household:
    """Answers whether matched words are about the household, for one doc."""

    def __init__(
        self,
        lower: list[str],
        clauses: list[Clause],
        clause_of: list[int],
        cues: list[Match],
        lexicon: ScopeLexicon,
    ) -> None:
        self.lower = lower
        self.clauses = clauses
        self.clause_of = clause_of
        self.cue_spans = cues
        self.lex = lexicon
        self.household = set(lexicon.household)
        self.own_people = set(lexicon.first_person) | self.household
        self.at_home = self.household | set(lexicon.partner_pronouns)
        """Words for someone of the household, a bare "hij"/"ie" included."""
        self.other_tokens = {
            i for cue in cues if cue.entry.label == "others" for i in range(cue.start, cue.end)
        }

    def violence_at_home(self, signals: list[Match]) -> list[Match]:
        """Violence by someone of the household is also a need in huiselijke relaties; a
        bare "hij" or "ie" with nobody from outside named before counts too ("Vorige week
        pakte hij me bij m'n keel")."""
        found = []
        for m in signals:
            if m.entry.label != "violence" or self.about_others(m):
                continue
            sentence = self.clauses[self.clause_of[m.start]].sentence
            words = {
                w
                for i, w in enumerate(self.lower)
                if self.clauses[self.clause_of[i]].sentence == sentence
            }
            if words & self.at_home:
                entry = Entry("need", "huiselijke_relaties", m.entry.term)
                found.append(Match(entry, m.start, m.end))
        return found

    def named_in(self, clause: int) -> bool:
        """Someone of the household (or a bare "hij"/"ie") is named in this clause."""
        found = self.clauses[clause]
        return any(w in self.at_home for w in self.lower[found.start : found.end])

    def about_others(self, match: Match) -> bool:
        """The nearest person named before the words is outside the household, or the
        words describe others ("eenzame mensen"). A household subject right after the
        words wins ("..., maar eerlijk gezegd drinkt mijn eigen vrouw nog meer"), and "van
        mij" only says whose the person is ("een collega van mij")."""
        for cue in self.cue_spans:
            if cue.entry.label == "others" and cue.start == match.start and cue.end > match.end:
                return True
        if self._own_subject_after(match):
            return False
        if self._other_place_after(match):
            return True
        sentence = self.clauses[self.clause_of[match.start]].sentence
        others, first = self._nearest_person(match.start, sentence)
        if others is None and self._refers_back(match, sentence, first):
            others, _ = self._nearest_person(first, sentence - 1)
        return bool(others)

    def _nearest_person(self, end: int, sentence: int) -> tuple[bool | None, int]:
        """Walking back from word ``end`` within ``sentence``: True at someone outside the
        household, False at the client or someone of it, None when the sentence starts
        first; with the word where the walk stopped (the sentence's first word for None)."""
        i = end - 1
        while i >= 0 and self.clauses[self.clause_of[i]].sentence == sentence:
            if i in self.other_tokens:
                return True, i
            if self._own_person(i):
                return False, i
            i -= 1
        return None, i + 1

    def _refers_back(self, match: Match, sentence: int, first: int) -> bool:
        """ "Ik kom over de buurman. Die man drinkt ...": a sentence (from word ``first``)
        that names nobody of the household, and points back with "die", "hij" or "ze"
        before the words, is about the person named in the sentence before."""
        end = max(c.end for c in self.clauses if c.sentence == sentence)
        if any(self._own_person(i) for i in range(first, end)):
            return False
        return any(self.lower[i] in BACK_REFERENCES for i in range(first, match.start))

    def _own_person(self, i: int) -> bool:
        """The client or someone of the household at word i: "van mij" and "van m'n man"
        only say whose someone is ("een collega van m'n man"), and "die man", "een vrouw"
        is not the client's husband or wife."""
        word = self.lower[i]
        if word not in self.own_people:
            return False
        if i == 0:
            return True
        before = self.lower[i - 1]
        whose = before in OWN_DETERMINERS and i > 1 and self.lower[i - 2] == "van"
        return (
            before != "van"
            and not whose
            and not (word in self.household and before in OTHER_DETERMINERS)
        )

    def _other_place_after(self, match: Match) -> bool:
        """ "dat er ingebroken was in de straat", "de jongen van hiernaast": a place of others
        right after the words."""
        return any(
            c.entry.label == "others"
            and match.end <= c.start <= match.end + 2
            and self.lower[c.start] in PLACE_LEADS
            and self.clause_of[c.start] == self.clause_of[match.start]
            for c in self.cue_spans
        )

    def _own_subject_after(self, match: Match) -> bool:
        """Inverted order: "drinkt mijn eigen vrouw (nog meer)", "gokt m'n man"."""
        clause_end = self.clauses[self.clause_of[match.start]].end
        limit = min(clause_end, match.end + 4)
        for i in range(match.start + 1, limit):
            if self.lower[i] not in OWN_DETERMINERS:
                continue
            for j in range(i + 1, min(i + 3, limit)):
                if self.lower[j] in self.household:
                    return True
                if self.lower[j] not in OWN_DETERMINERS:
                    break
        return False
