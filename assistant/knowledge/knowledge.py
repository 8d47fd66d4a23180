"""The whole knowledge base in one object, with lookups by slug.

Other parts ask questions such as "what is the Dutch name of this domain?" or "what
comes before maatwerk for finances?"; answering them here keeps those parts free of
list searching and gives a clear Dutch error for an unknown slug.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.errors import did_you_mean
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.models import (
    ConversationPhase,
    Domain,
    Frame,
    LadderRung,
    LevelName,
    MethodPhase,
    Phase,
    Record,
    SupportRow,
)


def _unknown(kind: str, slug: str, known: Iterable[str]) -> KnowledgeError:
    """A Dutch error for an unknown slug, with a suggestion when one is close."""
    known = list(known)
    message = f"onbekend {kind}: {slug!r}"
    hint = did_you_mean(slug, known)
    if hint:
        message += f" ({hint})"
    return KnowledgeError(message)


class Knowledge(Record):
    """Everything the assistant knows about the method, validated and complete."""

    levels: tuple[LevelName, ...]
    """The five ZRM scores, 1 to 5."""
    domains: tuple[Domain, ...]
    """The 11 ZRM domains, in the matrix's order."""
    frames: tuple[Frame, ...]
    """The four oplossingskaders, in the order the method looks at them."""
    kanteling: tuple[Phase, ...]
    """The process of De Kanteling, from eerste contact to toewijzing."""
    phases: tuple[ConversationPhase, ...]
    """The phases of the kitchen-table conversation, in their usual order."""
    method: tuple[MethodPhase, ...]
    """The phases of methodical work: analyse, plan, ondersteuning, evaluatie, monitoring."""
    ladder: tuple[LadderRung, ...]
    """The participatieladder, rung 1 to 6."""
    support_rows: tuple[SupportRow, ...]
    """Per domain the typical voorliggende and aanvullende support (seed report, 4.3)."""

    def domain(self, slug: str) -> Domain:
        """The domain with this slug."""
        for domain in self.domains:
            if domain.slug == slug:
                return domain
        raise _unknown("levensdomein", slug, (d.slug for d in self.domains))

    def domain_name(self, slug: str) -> str:
        """The Dutch name of a domain, as users see it."""
        return self.domain(slug).name

    def frame(self, slug: str) -> Frame:
        """The oplossingskader with this slug."""
        for frame in self.frames:
            if frame.slug == slug:
                return frame
        raise _unknown("oplossingskader", slug, (f.slug for f in self.frames))

    def phase(self, slug: str) -> ConversationPhase:
        """The conversation phase with this slug."""
        for phase in self.phases:
            if phase.slug == slug:
                return phase
        raise _unknown("gespreksfase", slug, (p.slug for p in self.phases))

    def phase_label(self, slug: str) -> str:
        """The Dutch label of a conversation phase."""
        return self.phase(slug).name

    def level_name(self, score: int) -> str:
        """The Dutch name of a ZRM score, e.g. 3 -> 'beperkt zelfredzaam'."""
        for level in self.levels:
            if level.score == score:
                return level.name
        raise KnowledgeError(f"ZRM-score moet 1 tot en met 5 zijn, niet {score}")

    def support(self, slug: str) -> SupportRow:
        """The typical voorliggende and aanvullende support for a domain."""
        for row in self.support_rows:
            if row.domain == slug:
                return row
        raise _unknown("levensdomein", slug, (r.domain for r in self.support_rows))

    def rung(self, number: int) -> LadderRung:
        """A rung of the participatieladder, 1 to 6."""
        for rung in self.ladder:
            if rung.rung == number:
                return rung
        raise KnowledgeError(f"de participatieladder heeft trede 1 tot en met 6, niet {number}")
