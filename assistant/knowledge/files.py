"""Schemas of the three knowledge files, one model per file.

Kept apart from the record models so the record models stay what other parts import,
and the file layout (which list lives in which file) can change without touching them.
"""

from __future__ import annotations

from assistant.knowledge.models import (
    ConversationPhase,
    Domain,
    Frame,
    LadderRung,
    LevelName,
    MethodPhase,
    Phase,
    Record,
    SupportRow,
)


class ZrmFile(Record):
    """Schema of ``zrm.toml``: the five scores and the 11 domains."""

    levels: tuple[LevelName, ...]
    """The five ZRM scores."""
    domains: tuple[Domain, ...]
    """The 11 life domains."""


class MethodFile(Record):
    """Schema of ``method.toml``: frames, phases and the participatieladder."""

    frames: tuple[Frame, ...]
    """The four oplossingskaders."""
    kanteling: tuple[Phase, ...]
    """The phases of De Kanteling."""
    phases: tuple[ConversationPhase, ...]
    """The phases of the conversation."""
    method: tuple[MethodPhase, ...]
    """The phases of methodical work."""
    ladder: tuple[LadderRung, ...]
    """The participatieladder."""


class SupportFile(Record):
    """Schema of ``support.toml``: per domain the voorliggende and aanvullende support."""

    support: tuple[SupportRow, ...]
    """One row per domain."""


FIELD_NAMES = sorted(
    {
        name
        for model in (
            ZrmFile,
            MethodFile,
            SupportFile,
            LevelName,
            Domain,
            Frame,
            MethodPhase,
            LadderRung,
            SupportRow,
        )
        for name in model.model_fields
    }
)
"""Every key a knowledge file may use, for suggestions on misspelt keys."""
