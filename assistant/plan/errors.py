"""The plan's error type: a plan cannot be built, edited or written, said in Dutch."""

from __future__ import annotations

from assistant.errors import KeukentafelError


class PlanError(KeukentafelError):
    """Something went wrong with a plan van aanpak; the message tells the worker what to do."""
