"""The method's knowledge as data: ZRM domains, frames, phases, ladder and support.

Use :func:`load_knowledge` to get one validated, cached :class:`Knowledge`; the shared
identifiers (slugs) live in :mod:`assistant.knowledge.vocabulary`.

The names below are imported on first use (PEP 562): the language analysis only needs
the vocabulary and the lexicons, and building the pydantic models of the knowledge
files would add a tenth of a second to loading it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "KnowledgeError": "errors",
    "Knowledge": "knowledge",
    "load_knowledge": "loader",
    "read_knowledge": "loader",
    **{
        name: "models"
        for name in (
            "ConversationPhase",
            "Domain",
            "Frame",
            "LadderRung",
            "LevelName",
            "MethodPhase",
            "Phase",
            "SupportRow",
        )
    },
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
