"""The practice part's own error type."""

from __future__ import annotations

from assistant.errors import KeukentafelError


class PersonaError(KeukentafelError):
    """A persona file cannot be used; ``problems`` locates every mistake in it."""
