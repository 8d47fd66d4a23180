"""What a search returns: the provision, a score and why it matched."""

from __future__ import annotations

from dataclasses import dataclass

from socialmap.model import Provision

FIELD_LABELS = {
    "name": "naam",
    "keywords": "trefwoord",
    "domains": "levensdomein",
    "organisation": "organisatie",
    "description": "omschrijving",
}


@dataclass(frozen=True)
class Reason:
    """One query word matched in one field of a provision."""

    field: str
    """name | keywords | domains | organisation | description."""
    word: str
    """The word of the provision that matched, as written there."""
    query: str
    """The query word (normalised) that matched it."""
    how: str
    """exact | vorm | begin | deel | lijkt (see :meth:`text`)."""

    def text(self) -> str:
        """A Dutch, readable explanation, e.g. ``naam: "Schuldhulp" (begint met "schuldh")``."""
        label = FIELD_LABELS.get(self.field, self.field)
        notes = {
            "exact": "",
            "vorm": f' (andere vorm van "{self.query}")',
            "begin": f' (begint met "{self.query}")',
            "deel": f' (bevat "{self.query}")',
            "lijkt": f' (lijkt op "{self.query}")',
        }
        return f'{label}: "{self.word}"{notes.get(self.how, "")}'


@dataclass(frozen=True)
class Hit:
    """One search result."""

    provision: Provision
    score: float
    """0..1, rounded to two decimals: the mean match quality of the query words."""
    reasons: tuple[Reason, ...] = ()
    """Which query word matched which word in which field."""
    note: str = ""
    """Why it is listed when no word matched (browsing by filter)."""

    @property
    def why(self) -> str:
        """Dutch, readable: which field and word matched."""
        if not self.reasons:
            return self.note
        return "; ".join(reason.text() for reason in self.reasons)
