"""The persona format: a simulated client that trainers write in TOML.

A persona holds a real story (facts) that the client only tells when the trainee asks
about it, in the right way. The hidden need (vraag achter de vraag) is what the trainee
should discover; its key terms are used to judge the trainee's conclusion.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.knowledge.vocabulary import DomainSlug

QuestionFrame = Literal[
    "vraag_achter_de_vraag", "eigen_kracht", "netwerk", "voorliggend", "maatwerk"
]
"""A frame as the question analysis names it (the four frames plus the question behind)."""


class _Strict(BaseModel):
    """Base for persona models: misspelt keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Strict):
    """What a trainee's question must be about for a rule to fire.

    A question matches when it touches any listed domain or frame (from the language
    analysis) or contains any keyword (persona words, typo tolerant).
    """

    domains: list[DomainSlug] = Field(default_factory=list)
    frames: list[QuestionFrame] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)


class Fact(_Strict):
    """One piece of the client's story, told in three ways depending on the question."""

    id: str
    full: str
    """The fuller story, told after an open question."""
    short: str
    """A short answer, after a closed question."""
    yes: str = "Ja, dat zou kunnen."
    """The polite 'ja' after a suggestive question; tells nothing new."""
    domain: DomainSlug | None = None
    """The life domain this fact is about, so telling it counts as exploring it."""
    frame: QuestionFrame | None = None
    """The frame this fact is about (eigen_kracht, netwerk, voorliggend, maatwerk)."""


class RevealRule(_Strict):
    """When a question is about ``topic``, the client tells the next untold fact."""

    topic: Topic
    facts: list[str]


class Opening(_Strict):
    """A hint the client drops; a good trainee follows it up with a question."""

    id: str
    hint: str
    """What the client says in passing."""
    at_start: bool = False
    """Dropped right after the aanmeldvraag."""
    with_fact: str | None = None
    """Dropped together with this fact."""
    follow: Topic
    """What a follow-up question is about."""
    facts: list[str] = Field(default_factory=list)
    """Facts the client tells when the hint is followed up."""


class DomainState(_Strict):
    """The client's situation in one ZRM domain."""

    level: int = Field(ge=1, le=5)
    """ZRM score: 1 acute problematiek ... 5 volledig zelfredzaam."""
    situation: str
    relevant: bool | None = None
    """Should a trainee explore this domain? Default: when the level is 3 or lower."""

    @property
    def is_relevant(self) -> bool:
        """Whether the trainee is expected to explore this domain."""
        return self.level <= 3 if self.relevant is None else self.relevant


class NetworkMember(_Strict):
    """Someone around the client, and how the client feels about asking them."""

    relation: str
    can_do: str
    feeling: str


class HiddenNeed(_Strict):
    """The vraag achter de vraag, and the words that show a trainee found it."""

    summary: str
    key_terms: list[str] = Field(min_length=1)
    domains: list[DomainSlug] = Field(default_factory=list)


class Resistance(_Strict):
    """How the client closes up, and for how long."""

    turns: int = Field(default=2, ge=1, le=10)
    heard_after: int = Field(default=3, ge=0)
    """Open questions needed before advice is welcome."""
    warned_phrase: str = "Ik doe al zoveel zelf. Daarom zit ik hier toch?"
    """Reply to 'Wat kunt u allemaal zelf?' (seed 4.1)."""
    warned_network: str = "Iedereen heeft het druk. Ik wil niemand tot last zijn."
    """Reply to 'Wie kan er allemaal helpen?' (seed 4.2)."""
    yes_but: str = "Ja... nou ja. Laat maar."
    judging: str = "Zo bedoel ik het niet. Ik zeg liever niks meer."
    advice: str = "Hm. Dat weet ik nog niet hoor."
    closed: list[str] = Field(default_factory=lambda: ["Hm.", "Weet ik niet.", "Misschien."])


class PersonaInfo(_Strict):
    """Who the client is and what they ask for."""

    id: str
    name: str
    title: str
    age: int = Field(ge=0, le=120)
    who: str
    aanmeldvraag: str
    mood: str
    fillers: list[str] = Field(min_length=1)
    """What the client says when a question touches nothing in their story."""


class Persona(_Strict):
    """A complete simulated client, as loaded from one TOML file."""

    persona: PersonaInfo
    hidden_need: HiddenNeed
    domains: dict[DomainSlug, DomainState]
    strengths: list[str] = Field(default_factory=list)
    network: list[NetworkMember] = Field(default_factory=list)
    tried: list[str] = Field(default_factory=list)
    """Provisions the client already tried."""
    resistance: Resistance = Field(default_factory=Resistance)
    facts: list[Fact]
    reveal: list[RevealRule]
    openings: list[Opening] = Field(default_factory=list)

    @property
    def id(self) -> str:
        """The persona's slug, used on the command line."""
        return self.persona.id

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (validated to exist at load time)."""
        return next(f for f in self.facts if f.id == fact_id)

    def relevant_domains(self) -> list[str]:
        """Domains a trainee should explore, in ZRM order of the file."""
        return [slug for slug, state in self.domains.items() if state.is_relevant]
