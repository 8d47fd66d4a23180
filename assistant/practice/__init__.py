"""Practice mode: trainees talk to simulated clients and get feedback grounded in the method.

Core code: no Textual here. The app and the CLI build on :class:`PracticeSession`.
"""

from __future__ import annotations

from assistant.practice.errors import PersonaError
from assistant.practice.loader import PERSONA_DIR, find_persona, load_all, load_persona
from assistant.practice.models import Persona
from assistant.practice.report import Criterion, Evidence, Feedback, MissedOpening
from assistant.practice.session import PracticeSession
from assistant.practice.transcript import Transcript, read_transcript, replay

__all__ = [
    "PERSONA_DIR",
    "Criterion",
    "Evidence",
    "Feedback",
    "MissedOpening",
    "Persona",
    "PersonaError",
    "PracticeSession",
    "Transcript",
    "find_persona",
    "load_all",
    "load_persona",
    "read_transcript",
    "replay",
]
