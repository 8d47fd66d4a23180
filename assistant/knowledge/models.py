"""Typed records for the method's knowledge: ZRM domains, frames, phases, ladder, support.

The data lives in TOML files next to this module, written by people who know the
method; these models make sure a typo in such a file is caught at load time instead of
showing up as an empty label in the app. Every model is frozen and forbids unknown keys.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.vocabulary import DomainSlug, FrameSlug, PhaseSlug

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A non-empty piece of Dutch text."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
"""A lowercase identifier such as ``eerste_contact``."""


class Record(BaseModel):
    """Base for all knowledge records: immutable, strict about keys, docstrings as help."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class LevelName(Record):
    """One of the five ZRM scores with its general meaning."""

    score: int = Field(ge=1, le=5)
    """The score, 1 (acute problematiek) to 5 (volledig zelfredzaam)."""
    name: Text
    """The Dutch name of the score, lowercase, e.g. 'beperkt zelfredzaam'."""
    description: Text
    """What the score means across all domains, in one plain Dutch sentence."""


class Domain(Record):
    """One life domain of the Zelfredzaamheid-Matrix."""

    slug: DomainSlug
    """The identifier every part of the assistant uses for this domain."""
    name: Text
    """The Dutch name as users see it, e.g. 'Huiselijke relaties'."""
    description: Text
    """What the domain is about, in our own words (B1)."""
    levels: tuple[Text, Text, Text, Text, Text]
    """One line per score 1-5 describing this domain at that score, in our own words."""

    def level(self, score: int) -> str:
        """The description of this domain at ``score`` (1-5)."""
        if not 1 <= score <= 5:
            raise KnowledgeError(f"ZRM-score moet 1 tot en met 5 zijn, niet {score}")
        return self.levels[score - 1]


class Frame(Record):
    """One of the four oplossingskaders of De Kanteling."""

    slug: FrameSlug
    """The identifier, e.g. 'netwerk'."""
    name: Text
    """The Dutch name, e.g. 'Sociaal netwerk'."""
    explanation: Text
    """What the worker explores in this frame, in one line."""
    example_question: Text
    """An open question that opens this frame in the method's attitude."""
    avoid: tuple[Text, ...] = ()
    """Phrasings the seed report warns against for this frame (they create resistance)."""


class Phase(Record):
    """A named step in a sequence: a Kanteling phase or a conversation phase."""

    slug: Slug
    """The identifier of the phase."""
    name: Text
    """The Dutch label."""
    description: Text
    """What happens in this phase, in one line."""


class ConversationPhase(Phase):
    """A phase of the kitchen-table conversation, as used by dialog steps."""

    slug: PhaseSlug
    """The identifier dialog files use in ``phase = ...``."""


class MethodPhase(Phase):
    """A phase of the methodical way of working (chapter 6 of the seed report)."""

    items: tuple[Text, ...] = Field(min_length=1)
    """What this phase holds or asks, e.g. the parts of a plan van aanpak."""


class LadderRung(Record):
    """One rung of the participatieladder."""

    rung: int = Field(ge=1, le=6)
    """The rung, 1 (geïsoleerd levend) to 6 (betaald werk)."""
    name: Text
    """The Dutch name of the rung."""


class SupportRow(Record):
    """Typical support for one domain: what comes first, and what is added on top."""

    domain: DomainSlug
    """The ZRM domain this row is about."""
    voorliggend: tuple[Text, ...] = Field(min_length=1)
    """Voorliggende voorzieningen: usually free or paid elsewhere, often without referral."""
    aanvullend: tuple[Text, ...] = Field(min_length=1)
    """Aanvullende (maatwerk) ondersteuning, usually with an indication."""
