"""Golden practice transcripts for personas: the trainee's lines and the feedback range.

The replies of a persona are deterministic, so a transcript always gives the same
feedback; a golden file pins that feedback to ranges (a score between 60 and 100, the
hidden need found, certain facts told). When a trainer edits a persona, these files
show at once whether good and poor conversations still score as intended.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.authoring.golden import CaseResult
from assistant.practice import Persona, Transcript, replay
from assistant.practice.analysis import Analyzer


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(_Strict):
    """A number between ``min`` and ``max`` (both included)."""

    min: float = 0
    max: float = 100

    def show(self) -> str:
        """'60-100' style."""
        return f"{self.min:g}-{self.max:g}"


class PracticeExpect(_Strict):
    """What the feedback must say."""

    score: Range | None = None
    found_underlying_need: bool | None = None
    told: list[str] = Field(default_factory=list)
    """Facts the client must have told (at any depth)."""
    criteria: dict[str, Range] = Field(default_factory=dict)
    """Points per criterion, by the criterion's name (e.g. ``open_vragen``)."""


class PersonaCase(_Strict):
    """A golden practice transcript."""

    description: str = ""
    persona: str | None = None
    lines: list[str] = Field(min_length=1)
    conclusion: str | None = None
    expect: PracticeExpect


def run_persona_case(
    case: PersonaCase, persona: Persona, shown: str, analyzer: Analyzer | None = None
) -> CaseResult:
    """Replay the transcript and compare the feedback with the expected ranges."""
    result = CaseResult(shown, case.description)
    session = replay(persona, Transcript(tuple(case.lines), case.conclusion), analyzer)
    feedback = session.feedback()
    expect = case.expect
    if expect.score is not None and not expect.score.min <= feedback.score <= expect.score.max:
        result.failures.append(f"score {feedback.score} valt buiten {expect.score.show()}")
    found = feedback.found_underlying_need
    if expect.found_underlying_need is not None and found != expect.found_underlying_need:
        wanted = "gevonden" if expect.found_underlying_need else "niet gevonden"
        result.failures.append(f"de verborgen behoefte moest {wanted} zijn")
    for fact in expect.told:
        if fact not in session.told:
            result.failures.append(f"de cliënt vertelde feit '{fact}' niet")
    points = {criterion.name: criterion.points for criterion in feedback.criteria}
    for name, wanted_range in expect.criteria.items():
        if name not in points:
            known = ", ".join(points)
            result.failures.append(f"onbekend criterium '{name}' (bekend: {known})")
        elif not wanted_range.min <= points[name] <= wanted_range.max:
            result.failures.append(
                f"criterium {name}: {points[name]} punten, verwacht {wanted_range.show()}"
            )
    return result
