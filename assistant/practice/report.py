"""The feedback records: what the CLI prints as JSON and the app shows.

Kept apart from the scoring so the criteria can build them without import cycles.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Evidence(BaseModel):
    """One of the trainee's lines that backs a criterion."""

    model_config = ConfigDict(extra="forbid")

    line: int
    """1-based number of the trainee's line (0 = the conclusion)."""
    text: str
    note: str
    """Why this line counts, in Dutch."""


class Criterion(BaseModel):
    """One aspect of the conversation, scored and explained."""

    model_config = ConfigDict(extra="forbid")

    name: str
    """Stable slug, e.g. ``open_vragen``."""
    title: str
    value: float | int | str | bool
    """The measured value (a share, a count, an order...)."""
    points: int
    max_points: int
    summary: str
    evidence: list[Evidence] = Field(default_factory=list)


class MissedOpening(BaseModel):
    """A hint the client dropped that the trainee did not follow up."""

    model_config = ConfigDict(extra="forbid")

    id: str
    hint: str
    after_line: int
    """The trainee line after which the client said it (0 = at the start)."""


class Feedback(BaseModel):
    """The whole feedback; ``model_dump()`` is the JSON the CLI prints."""

    model_config = ConfigDict(extra="forbid")

    persona: str
    score: int = Field(ge=0, le=100)
    criteria: list[Criterion]
    missed: list[MissedOpening]
    found_underlying_need: bool
    hidden_need: str
    conclusion: str | None
    tips: list[str]
