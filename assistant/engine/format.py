"""The dialog file format as typed models: what a trainer may write in a dialog TOML file.

These models are the binding spec of ``contracts.md`` in code. They check the shape of
each table (names, types, allowed values); how the parts fit together (targets, slots,
conditions) is checked by :mod:`assistant.engine.validate`, so that every problem in a
file can be reported at once with its location.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.knowledge.vocabulary import DomainSlug, FrameSlug, PhaseSlug, SignalKind

SlotType = Literal["text", "choice", "bool", "score", "domains", "list"]
AnswerKind = Literal["text", "choice", "yesno", "score", "domains", "list", "none"]
SlotValue = str | bool | int | list[str] | list[dict[str, str]]

SLOT_FOR_ANSWER: dict[str, str] = {
    "text": "text",
    "choice": "choice",
    "yesno": "bool",
    "score": "score",
    "domains": "domains",
    "list": "list",
}
"""Which slot type an answer kind may fill."""

FRAME_FOR_PHASE: dict[str, FrameSlug] = {
    "eigen_kracht": "eigen_kracht",
    "netwerk": "netwerk",
    "voorzieningen": "voorliggend",
}
"""The frame a step covers when it names none itself, taken from its phase."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class DialogInfo(_Strict):
    """The ``[dialog]`` table: what the dialog is and where it starts."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """Short name (slug): lowercase letters, digits, '-' and '_'."""
    title: str
    """Title shown to the worker."""
    description: str = ""
    """What the dialog is for, in one or two sentences."""
    start: str
    """Id of the first step."""


class SlotSpec(_Strict):
    """One ``[slots.<name>]`` table: a named, typed place where answers are kept."""

    type: SlotType
    """What the slot holds: text, choice, bool, score (1-5), domains or list (of entries)."""
    description: str = ""
    """What the slot means, for trainers reading the file."""
    options: list[str] | None = None
    """The allowed values of a choice slot."""


class Transition(_Strict):
    """One way out of a step: to ``to`` when ``when`` holds (or always, without ``when``)."""

    when: str | None = None
    """Condition in the condition language; without it the transition always applies."""
    to: str
    """Id of the next step."""


class _Effect(_Strict):
    when: str | None = None
    """Condition; the effect only applies when it holds (not for agreements, see ``if``)."""
    if_: str | None = Field(default=None, alias="if")
    """Condition, like ``when``; needed for agreements, whose ``when`` is the moment."""


class NeedEffect(_Effect):
    """Record a need (hulpvraag) on a life domain."""

    type: Literal["need"]
    """Effect kind."""
    domain: Literal[DomainSlug, "focus", "answer"]
    """Domain slug, ``focus`` (the domain in focus) or ``answer`` (each chosen domain)."""
    text: str | None = None
    """Text of the need (template); without it the answer of a text step is used."""


class StrengthEffect(_Effect):
    """Record a strength (eigen kracht) of the client."""

    type: Literal["strength"]
    """Effect kind."""
    text: str = "{answer}"
    """What the client can do or has done (template)."""


class NetworkEffect(_Effect):
    """Record a member of the client's network."""

    type: Literal["network"]
    """Effect kind."""
    relation: str
    """Who it is, e.g. 'buurvrouw' (template)."""
    can_do: str = ""
    """What this person can do (template)."""


class AgreementEffect(_Effect):
    """Record an agreement or action for the plan."""

    type: Literal["agreement"]
    """Effect kind."""
    who: str = "cliënt"
    """Who does it (template)."""
    what: str = "{answer}"
    """What is done (template)."""
    when: str | None = None
    """When it is done, as text (template); a condition goes in ``if``."""


class SignalEffect(_Effect):
    """Raise a safety signal; it stays visible for the rest of the session."""

    type: Literal["signal"]
    """Effect kind."""
    kind: SignalKind
    """suicide_risk, violence or acute_crisis."""
    text: str = ""
    """What was noticed (template)."""


class FocusNextEffect(_Effect):
    """Close the need in focus and put the next open need in focus."""

    type: Literal["focus_next"]
    """Effect kind."""


class SetEffect(_Effect):
    """Give a slot a value."""

    type: Literal["set"]
    """Effect kind."""
    slot: str
    """Name of a declared slot."""
    value: str | bool | int | list[str]
    """The value; text may be a template."""


class SkipFrameEffect(_Effect):
    """Mark a frame as deliberately skipped for a need, with the reason (extension)."""

    type: Literal["skip_frame"]
    """Effect kind."""
    frame: FrameSlug
    """The frame that is skipped."""
    reason: str
    """Why it is skipped (template); recorded in the result."""
    domain: Literal[DomainSlug, "focus"] = "focus"
    """The need's domain; default the need in focus."""


Effect = Annotated[
    NeedEffect
    | StrengthEffect
    | NetworkEffect
    | AgreementEffect
    | SignalEffect
    | FocusNextEffect
    | SetEffect
    | SkipFrameEffect,
    Field(discriminator="type"),
]
EFFECT_TYPES: tuple[str, ...] = ("need", "strength", "network", "agreement", "signal")
EFFECT_TYPES += ("focus_next", "set", "skip_frame")


class Step(_Strict):
    """One ``[[steps]]`` table: one thing the worker asks or does."""

    id: str = Field(pattern=r"^[A-Za-z0-9_-]+$")
    """Unique name of the step: letters, digits, '-' and '_'."""
    phase: PhaseSlug
    """The phase of the conversation this step belongs to."""
    frame: FrameSlug | None = None
    """The solution frame this step explores; default taken from the phase."""
    prompt: str
    """What the worker asks or does, in Dutch (template)."""
    phrasings: list[str] = []
    """Suggested open ways to ask it."""
    tip: str | None = None
    """A tip on attitude."""
    answer: AnswerKind = "none"
    """What kind of answer the step takes."""
    slot: str | None = None
    """The slot the answer fills."""
    options: list[str] | None = None
    """Choices of a choice step (else taken from the slot)."""
    domain: Literal[DomainSlug, "focus"] | None = None
    """Which domain a score step scores (or ``focus``)."""
    fields: list[str] | None = None
    """Fields of one entry of a list step (default ``["tekst"]``)."""
    optional: bool = False
    """An empty answer skips the step."""
    next: str | None = None
    """The next step, when there are no transitions."""
    transitions: list[Transition] = []
    """Conditional ways out; the first that holds is taken."""
    effects: list[Effect] = []
    """What answering the step records."""
    end: bool = False
    """The conversation ends after this step."""

    @property
    def effective_frame(self) -> FrameSlug | None:
        """The frame this step covers: its own, or the one that belongs to its phase."""
        return self.frame or FRAME_FOR_PHASE.get(self.phase)

    @property
    def entry_fields(self) -> list[str]:
        """The fields of one list entry."""
        return self.fields or ["tekst"]


class DialogFile(_Strict):
    """A whole dialog file: the dialog, its slots and its steps."""

    dialog: DialogInfo
    """The ``[dialog]`` table."""
    slots: dict[str, SlotSpec] = {}
    """The declared slots, by name."""
    steps: list[Step]
    """The steps, in file order."""
