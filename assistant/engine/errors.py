"""The errors the engine raises, each a :class:`KeukentafelError` with a Dutch message.

Callers catch these to show the user what went wrong; nothing in the engine prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import KeukentafelError


class DialogError(KeukentafelError):
    """A dialog file has problems; ``problems`` holds every one of them, located."""


@dataclass
class ConditionError(KeukentafelError):
    """A condition could not be read or does not fit the dialog's slots.

    ``column`` is the 1-based position in the condition text, so the loader can point
    at it inside the file.
    """

    column: int | None = None


class SessionError(KeukentafelError):
    """Something cannot be done in the session right now (e.g. nothing to undo)."""


class AnswerError(SessionError):
    """An answer does not fit the step; the session is left exactly as it was."""
