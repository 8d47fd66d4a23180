"""Typo-tolerant search over the social map: normalise, index, expand, score, explain."""

from socialmap.search.hit import Hit, Reason
from socialmap.search.index import SearchIndex
from socialmap.search.normalize import fold, normalize, stem, tokens

__all__ = ["Hit", "Reason", "SearchIndex", "fold", "normalize", "stem", "tokens"]
