"""Transcripts: one trainee line per line, and a final ``conclusie:`` line.

Blank lines and lines starting with ``#`` are skipped, so trainers can annotate a
transcript. Replaying a transcript gives exactly the same replies every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.errors import display_path, os_reason
from assistant.practice.analysis import Analyzer
from assistant.practice.errors import PersonaError
from assistant.practice.models import Persona
from assistant.practice.session import PracticeSession

CONCLUSION = "conclusie:"


@dataclass(frozen=True)
class Transcript:
    """The trainee's lines and conclusion, as read from a file."""

    lines: tuple[str, ...]
    conclusion: str | None


def parse_transcript(text: str) -> Transcript:
    """Split transcript text into trainee lines and the conclusion."""
    lines: list[str] = []
    conclusion: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.lower().startswith(CONCLUSION):
            conclusion = line[len(CONCLUSION) :].strip()
            continue
        lines.append(line)
    return Transcript(tuple(lines), conclusion)


def read_transcript(path: str | Path) -> Transcript:
    """Read a transcript file; a missing file is a user error in Dutch."""
    try:
        return parse_transcript(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        shown = display_path(path)
        raise PersonaError(f"Kan het gesprek {shown} niet lezen: {os_reason(exc)}.") from exc


def replay(
    persona: Persona, transcript: Transcript, analyzer: Analyzer | None = None
) -> PracticeSession:
    """Run the transcript against the persona; the session holds replies and feedback."""
    session = PracticeSession(persona, analyzer)
    for line in transcript.lines:
        session.ask(line)
    if transcript.conclusion is not None:
        session.conclude(transcript.conclusion)
    return session
