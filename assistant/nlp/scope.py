"""Scope rules: is a matched word really a need of this household, now?

The text is cut into clauses (punctuation, "maar", "want", ...). A clause that only
repeats an earlier one ("Koken, dat lukt me niet") or is a bare list item is read
together with its neighbour. Then, per match: a denial in the clause ("daar ligt het niet
aan"), a problem that is over ("vroeger", "van de drank af"), a negation ("geen
schulden", "Schulden heb ik niet"), a good word before it ("een prima uitkering"), or a
clause about someone outside the household (the neighbour) cancels it. A "lack" word
(geld, werk, vrienden) only counts with a sign of lack ("geen geld", "werk kwijt").
"""

from __future__ import annotations

from spacy.tokens import Doc

from assistant.knowledge.lexicons import ScopeLexicon
from assistant.nlp.clauses import SENTENCE_PUNCT, Clause, echo_denied, split_clauses
from assistant.nlp.household import Household
from assistant.nlp.matching import Match

ABOUT_THE_PAST = {"over", "van", "aan", "uit"}
COORDINATORS = {"en", "of", "en dan"}
NEGATION_AFTER_WINDOW = 5
LACK_WINDOW = 6
"""A sign of lack counts for a lack word only this close to it: in "drugs gebruik ik niet
en gokken vind ik zonde van het geld" the "niet" is about drugs, not about money."""
LIKENESS = {"als", "zoals"}
NOT_NEGATING_BEFORE = {"om", "voor"}
TOPIC_LEAD = {"en", "maar", "nee", "ja", "ook", "dus", "want", "of"}
"""Words that may stand before a fronted topic with a gap ("En drugs gebruik ik niet")."""


class Scope:
    """Clauses of one doc with the cues found in each; answers ``keeps(match)``."""

    def __init__(
        self, doc: Doc, cues: list[Match], lexicon: ScopeLexicon, jokes: list[Match] | None = None
    ) -> None:
        self.doc = doc
        # plain lists: indexing a spaCy Doc builds a Token object on every access
        self.lower = [t.lower_ for t in doc]
        self.texts = [t.text for t in doc]
        self.punct = [t.is_punct for t in doc]
        self.lex = lexicon
        self.negators_after = set(lexicon.negation_after)
        self.negation_tail = set(lexicon.negation_after_tail)
        self.clauses = split_clauses(doc, lexicon)
        self.clause_of = [0] * len(doc)
        for number, clause in enumerate(self.clauses):
            for i in range(clause.start, clause.end):
                self.clause_of[i] = number
        self.cue_spans: list[Match] = cues
        for cue in cues:
            self.clauses[self.clause_of[cue.start]].cues.add(cue.entry.label)
        self.people = Household(self.lower, self.clauses, self.clause_of, cues, lexicon)
        self.joking = {self.clauses[self.clause_of[j.start]].sentence for j in jokes or []}
        self.echoed = echo_denied(doc, self.clauses, lexicon.echo_denials)

    def keeps(self, match: Match) -> bool:
        number = self.clause_of[match.start]
        clause = self.clauses[number]
        if clause.sentence in self.joking or clause.sentence in self.echoed:
            return False
        if self.people.about_others(match) or self._hypothetical(match):
            return False
        if self._denied(number) or self._positive_before(match) or self._simile(match):
            return False
        if match.entry.kind == "lack":
            return self._cue_outside(clause, match, "lack") or self._lack_after_comma(number, match)
        over = self._cue_outside(clause, match, "past") or self._back(number, "past_back")
        if over and not self._goes_on(clause, match):
            return False
        return not (
            self._negated_before(match, clause)
            or self._negated_after(match, clause)
            or self._negated_inside(match)
        )

    def _goes_on(self, clause: Clause, match: Match) -> bool:
        """ "..., en nu drink ik weer", "en sindsdien zit ik thuis", "ik drink al een tijdje
        te veel": a sign that it goes on before or inside the words, in the same clause,
        undoes the past; not when that clause itself says it is over again ("maar nu kunnen
        we weer goed samen opvoeden")."""
        if "past_back" in clause.cues:
            return False
        return any(
            c.entry.label == "ongoing" and clause.start <= c.start < match.end
            for c in self.cue_spans
        )

    def _hypothetical(self, match: Match) -> bool:
        """Inside a condition or a future ("als ik ziek ben", "later dement word")."""
        return any(
            c.entry.label == "hypothetical" and c.start <= match.start and match.end <= c.end
            for c in self.cue_spans
        )

    def _simile(self, match: Match) -> bool:
        """A comparison is no need: "ik zit hier als een gevangene", "alsof ik in de
        gevangenis zit"."""
        before = self.lower[max(0, match.start - 4) : match.start]
        if "alsof" in before:
            return True
        return len(before) >= 2 and before[-1] == "een" and before[-2] in LIKENESS

    def _negated_inside(self, match: Match) -> bool:
        """A negation in the gap of a pattern: "drugs ... gebruikt" in "Drugs heb ik nooit
        gebruikt"."""
        if "..." not in match.entry.term:
            return False
        own = set(match.entry.term.lower().replace("|", " ").split())
        negators = {"nooit", "geen", "niks", "niets"}  # "niet" often is the problem itself
        words = self.lower[match.start : match.end]
        if any(w in negators and w not in own for w in words):
            return True
        # "drinkt niet meer" is over, though the term "drink ... meer" (more) matches it
        return words[-2:] == ["niet", "meer"] and "meer" in own and "niet" not in own

    def violence_at_home(self, signals: list[Match]) -> list[Match]:
        """Violence by someone of the household is also a need in huiselijke relaties."""
        return self.people.violence_at_home(signals)

    def _denied(self, number: int) -> bool:
        return "denial" in self.clauses[number].cues or self._back(number, "denial_back")

    def _back(self, number: int, label: str) -> bool:
        """The cue in this clause, or in the next one that refers back to it."""
        if label in self.clauses[number].cues:
            return True
        if number + 1 < len(self.clauses):
            following = self.clauses[number + 1]
            if label in following.cues:
                starts = following.start == 0 or self.texts[following.start - 1] in SENTENCE_PUNCT
                return following.sentence == self.clauses[number].sentence or starts
        return False

    def _cue_outside(self, clause: Clause, match: Match, label: str) -> bool:
        for cue in self.cue_spans:
            inside = clause.start <= cue.start < clause.end
            part_of_term = match.start <= cue.start and cue.end <= match.end
            part_of_term = part_of_term and cue.end - cue.start < match.end - match.start
            # a cue in the gap of a pattern ("heb ... gezeten" in "heb vroeger gezeten") is
            # no part of the term: only the term's own words are
            own = set(match.entry.term.lower().replace("|", " ").replace("=", "").split())
            cue_words = set(self.lower[cue.start : cue.end])
            part_of_term = part_of_term and ("..." not in match.entry.term or cue_words <= own)
            about_then = cue.start > 0 and self.lower[cue.start - 1] in ABOUT_THE_PAST
            if label == "past" and about_then:
                continue  # "nachtmerries over vroeger" is a problem now
            if cue.entry.label != label or not inside:
                continue
            if label != "lack" and not part_of_term:
                return True
            near = cue.start - match.end < LACK_WINDOW and match.start - cue.end < LACK_WINDOW
            if label == "lack" and near:
                return True
        return False

    def _lack_after_comma(self, number: int, match: Match) -> bool:
        """'Douchen doe ik zelden, ik kom er niet toe': the lack may follow after a comma."""
        if number + 1 >= len(self.clauses):
            return False
        following = self.clauses[number + 1]
        joined = self.texts[following.start - 1] == ","
        starts_plain = self.lower[following.start] not in self.lex.clause_breaks
        same = following.sentence == self.clauses[number].sentence
        return joined and starts_plain and same and self._cue_outside(following, match, "lack")

    def _positive_before(self, match: Match) -> bool:
        return match.start > 0 and self.lower[match.start - 1] in self.lex.positive_before

    def _negated_before(self, match: Match, clause: Clause) -> bool:
        for i in range(match.start - 1, clause.start - 1, -1):
            window = self.lex.negation_before.get(self.lower[i])
            if i > 0 and self.lower[i - 1] in NOT_NEGATING_BEFORE:
                continue  # "ik ontplof om niks", "voor niets": no negation
            if window is not None and match.start - i <= window:
                return True
        return False

    def _negated_after(self, match: Match, clause: Clause) -> bool:
        content = [self.lower[i] for i in range(clause.start, match.start) if not self.punct[i]]
        if len(content) >= self.lex.topic_positions:
            return False
        if "..." in match.entry.term and any(w not in TOPIC_LEAD for w in content):
            return False  # "en nu durf ik de straat niet meer op": a predicate, not a topic
        for i in range(match.end, min(clause.end, match.end + NEGATION_AFTER_WINDOW)):
            if self.lower[i] in COORDINATORS:
                return False  # "rookt jointjes en doet verder niks": another predicate
            if self.lower[i] in self.negators_after:
                rest = []
                for j in range(i + 1, clause.end):
                    if self.punct[j] or self.lower[j] in COORDINATORS:
                        break  # the negation's scope ends at a comma or "en"
                    rest.append(self.lower[j])
                return all(w in self.negation_tail for w in rest)
        return False
