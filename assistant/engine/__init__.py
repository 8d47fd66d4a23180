"""The dialog engine: the TOML dialog format, its checks, and sessions that walk it.

Importable without Textual. Typical use::

    dialog = load_dialog("assistant/dialogs/keukentafelgesprek.toml")  # DialogError
    session = Session(dialog)
    session.answer("...")                                              # AnswerError
    session.result                                                     # SessionResult
"""

from __future__ import annotations

from assistant.engine.dialog import Dialog
from assistant.engine.errors import AnswerError, ConditionError, DialogError, SessionError
from assistant.engine.format import AnswerKind, DialogFile, SlotType, Step
from assistant.engine.loader import load_dialog, load_dialog_text
from assistant.engine.result import NeedResult, SessionResult, SkippedFrame
from assistant.engine.session import Session
from assistant.engine.state import Agreement, Need, NetworkMember, Signal, Strength

__all__ = [
    "Agreement",
    "AnswerError",
    "AnswerKind",
    "ConditionError",
    "Dialog",
    "DialogError",
    "DialogFile",
    "Need",
    "NeedResult",
    "NetworkMember",
    "Session",
    "SessionError",
    "SessionResult",
    "Signal",
    "SkippedFrame",
    "SlotType",
    "Step",
    "Strength",
    "load_dialog",
    "load_dialog_text",
]
