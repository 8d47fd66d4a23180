"""Plays a dialog from typed lines: the logic behind ``assistant dialogs play``.

One line answers one step that takes an answer (steps with ``answer = "none"`` take no
line). A choice takes the option's number or label, a score 1-5, domains their
numbers, slugs or names separated by commas, a list entry its fields separated by ';'.
An empty line skips an optional step; lines starting with '#' are comments. A line may
also be a command: ``:over REDEN`` skips with a reason, ``:terug`` goes back one step,
``:fase NAAM`` jumps to a phase.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.engine.errors import AnswerError, SessionError
from assistant.engine.names import DOMAIN_NAMES
from assistant.engine.session import Session
from assistant.errors import Problem

PHASE_TITLES = {
    "vraag_achter_de_vraag": "Vraag achter de vraag",
}


def phase_title(phase: str) -> str:
    """A phase slug as a short Dutch title."""
    return PHASE_TITLES.get(phase, phase.replace("_", " ").capitalize())


def describe(session: Session) -> list[str]:
    """The lines to show a worker for the current step, in the plain terminal."""
    step = session.current
    lines = [f"[{phase_title(step.phase)}] {session.prompt}"]
    lines += [f"  - {text}" for text in session.phrasings]
    if step.tip:
        lines.append(f"  Tip: {session.render(step.tip)}")
    if step.answer == "none":
        lines.append("  (Enter = verder)")
    elif step.answer == "choice":
        lines += [f"  {i}. {option}" for i, option in enumerate(session.options, 1)]
    elif step.answer == "yesno":
        lines.append("  (ja/nee)")
    elif step.answer == "score":
        lines.append("  (score 1 = acute problematiek ... 5 = volledig zelfredzaam)")
    elif step.answer == "domains":
        lines += [f"  {i}. {name}" for i, name in enumerate(DOMAIN_NAMES.values(), 1)]
        lines.append("  (nummers of namen, met komma's ertussen)")
    elif step.answer == "list":
        lines.append(f"  (velden: {'; '.join(step.entry_fields)})")
    if step.optional:
        lines.append("  (mag leeg blijven)")
    block = session.method_block
    if block:
        lines.append(f"  Let op: {block}")
    return lines


COMMANDS = {
    ":terug": "vorige stap",
    ":over": "overslaan, met een reden erachter (:over REDEN)",
    ":fase": "naar de eerste stap van een fase (:fase NAAM)",
}


def feed(session: Session, line: str) -> None:
    """Handle one typed line: a command (``:terug``, ``:over REDEN``, ``:fase NAAM``) or an
    answer to the current step. SessionError/AnswerError when it does not fit."""
    command, _, rest = line.strip().partition(" ")
    if command == ":terug":
        session.back()
    elif command == ":over":
        session.skip(rest.strip())
    elif command == ":fase":
        session.goto_phase(rest.strip())
    elif command.startswith(":") and command not in COMMANDS and len(command) > 1:
        known = ", ".join(COMMANDS)
        raise AnswerError(f"Onbekende opdracht '{command}'. Bekend zijn: {known}.")
    else:
        session.answer(line.strip() if session.current.answer != "none" else None)


def play_lines(session: Session, lines: Iterable[str], path: str) -> None:
    """Answer steps from ``lines`` until the dialog ends or the lines run out.

    A bad answer raises AnswerError whose problem names ``path`` and the line number.
    """
    numbered = ((n, line.rstrip("\r\n")) for n, line in enumerate(lines, 1))
    answer_lines = ((n, line) for n, line in numbered if not line.lstrip().startswith("#"))
    while not session.finished:
        if session.current.answer == "none":
            session.answer(None)
            continue
        number, line = next(answer_lines, (0, None))
        if line is None:
            return
        step = session.current.id
        try:
            feed(session, line)
        except SessionError as exc:
            problem = Problem(exc.message, path=path, line=number, where=f"stap '{step}'")
            raise AnswerError(
                f"Het antwoord op regel {number} van {path} past niet bij stap '{step}'.",
                problems=[problem],
            ) from exc


def summary(session: Session) -> dict[str, Any]:
    """The end result as JSON-ready data for ``play --json``."""
    return session.result.model_dump(mode="json")
