"""Loading the slow parts (social map index, language analysis) off the UI thread.

These functions run inside Textual thread workers; they never touch widgets. They turn
every failure into a Dutch sentence, so the app can keep working and say what is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.nlp import Analyzer
    from socialmap import SocialMap


class ResourceError(Exception):
    """A background part could not load; the message is Dutch and meant for the worker."""


def load_social_map(path: Path | None) -> SocialMap:
    """Load the social map (shipped or from ``path``) and build its search index."""
    try:
        from socialmap import SocialMap
    except ImportError as exc:
        raise ResourceError("De sociale kaart is niet geïnstalleerd.") from exc
    try:
        social_map = SocialMap.load(path) if path is not None else SocialMap.load()
        social_map.search("hulp", limit=1)  # builds the index now, not on the first keystroke
    except Exception as exc:  # any failure becomes a notice; the app keeps working
        raise ResourceError(f"De sociale kaart kon niet laden: {exc}") from exc
    return social_map


def load_analyzer() -> Analyzer:
    """Load spaCy and the lexicons once; a warm-up call makes the first real one fast."""
    try:
        from assistant.nlp import get_analyzer
    except ImportError as exc:
        raise ResourceError("De taalanalyse is niet geïnstalleerd.") from exc
    try:
        analyzer = get_analyzer()
        analyzer.analyze("Ik heb schulden.")
    except Exception as exc:  # any failure becomes a notice; the app keeps working
        raise ResourceError(f"De taalanalyse kon niet laden: {exc}") from exc
    return analyzer
