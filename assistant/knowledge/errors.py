"""The error type of the knowledge base, apart so that every knowledge module can raise it."""

from __future__ import annotations

from assistant.errors import KeukentafelError


class KnowledgeError(KeukentafelError):
    """A knowledge file is broken, or a lookup used a slug the knowledge base lacks."""
