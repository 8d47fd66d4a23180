"""The method's knowledge as data: ZRM domains, frames, phases, ladder and support.

Use :func:`load_knowledge` to get one validated, cached :class:`Knowledge`; the shared
identifiers (slugs) live in :mod:`assistant.knowledge.vocabulary`.
"""

from __future__ import annotations

from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.knowledge import Knowledge
from assistant.knowledge.loader import load_knowledge, read_knowledge
from assistant.knowledge.models import (
    ConversationPhase,
    Domain,
    Frame,
    LadderRung,
    LevelName,
    MethodPhase,
    Phase,
    SupportRow,
)

__all__ = [
    "ConversationPhase",
    "Domain",
    "Frame",
    "Knowledge",
    "KnowledgeError",
    "LadderRung",
    "LevelName",
    "MethodPhase",
    "Phase",
    "SupportRow",
    "load_knowledge",
    "read_knowledge",
]
