"""Golden transcripts for dialogs: answers plus the path, needs and frames they must give.

A golden file lists turns: the step the conversation should be at, and the answer (or
the reason for skipping). Running it replays the answers through a real session; the
first turn where the session is at another step is reported as the place the path
diverged, with the route up to there. See ``docs/eigen-dialoog.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.authoring.expect import Expect, compare
from assistant.engine import Dialog, Session
from assistant.errors import KeukentafelError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Turn(_Strict):
    """One step of the transcript: where we should be, and what is answered there."""

    step: str
    answer: str | int | bool | list[Any] | dict[str, str] | None = None
    skip: str | None = None
    """Skip the step with this reason instead of answering."""


class DialogCase(_Strict):
    """A golden transcript file for a dialog."""

    description: str = ""
    dialog: str | None = None
    turns: list[Turn] = Field(min_length=1)
    expect: Expect = Field(default_factory=Expect)


@dataclass
class CaseResult:
    """The outcome of one golden file."""

    path: str
    description: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """No failure."""
        return not self.failures


def run_dialog_case(case: DialogCase, dialog: Dialog, shown: str) -> CaseResult:
    """Replay ``case`` on ``dialog``; stops at the first turn that goes wrong."""
    result = CaseResult(shown, case.description)
    session = Session(dialog)
    for number, turn in enumerate(case.turns, 1):
        while _passes(session, turn):
            session.answer(None)
        route = " → ".join(session.state.visited)
        if session.finished:
            result.failures.append(
                f"beurt {number}: verwacht stap '{turn.step}', maar het gesprek is al "
                f"afgelopen. Route: {route}"
            )
            return result
        if session.current.id != turn.step:
            result.failures.append(
                f"het pad wijkt af bij beurt {number}: verwacht stap '{turn.step}', maar "
                f"het gesprek is bij '{session.current.id}'. Route tot daar: {route}"
            )
            return result
        try:
            if turn.skip is not None:
                session.skip(turn.skip)
            else:
                session.answer(turn.answer)
        except KeukentafelError as exc:
            result.failures.append(
                f"beurt {number}, stap '{turn.step}': het antwoord werd geweigerd: {exc.message}"
            )
            return result
    while not session.finished and session.current.answer == "none":
        session.answer(None)
    result.failures += compare(case.expect, session)
    return result


def _passes(session: Session, turn: Turn) -> bool:
    """A step without an answer that the transcript does not name is simply passed."""
    step = session.current
    return not session.finished and step.answer == "none" and step.id != turn.step
