"""Dutch language analysis: needs and safety signals from what a client says, and the
style of what a worker asks.

Importing this package is cheap: spaCy is only imported and loaded by the first call
of ``get_analyzer()`` (the app makes that call in a background thread), and then without
its command line (:mod:`assistant.nlp.spacy_cli`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.nlp.spacy_cli import defer_spacy_cli

defer_spacy_cli()  # before any module here imports spaCy: see spacy_cli.py

from assistant.nlp.models import (  # noqa: E402
    DangerHint,
    Evidence,
    NeedHit,
    QuestionAnalysis,
    SafetySignal,
    UtteranceAnalysis,
)

if TYPE_CHECKING:
    from assistant.nlp.analyzer import Analyzer

__all__ = [
    "Analyzer",
    "DangerHint",
    "Evidence",
    "NeedHit",
    "QuestionAnalysis",
    "SafetySignal",
    "UtteranceAnalysis",
    "get_analyzer",
]


def get_analyzer() -> Analyzer:
    """The shared analyzer, loaded on first use (thread-safe, loads only once)."""
    from assistant.nlp.analyzer import get_analyzer as shared

    return shared()


def __getattr__(name: str) -> Any:
    if name == "Analyzer":
        from assistant.nlp.analyzer import Analyzer

        return Analyzer
    raise AttributeError(name)
