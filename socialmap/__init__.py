"""The sociale kaart: provisions keyed by ZRM domain, with import and fuzzy search.

A library of its own: it never imports ``assistant``, Textual or spaCy.

    >>> from socialmap import SocialMap
    >>> kaart = SocialMap.load()                      # the shipped map
    >>> hits = kaart.search("schuldhlp", area="Voorbeeldstad")
    >>> hits[0].provision.name, hits[0].why
"""

from socialmap.errors import ImportProblem, SocialMapError, UnknownProvisionError
from socialmap.map import DEFAULT_MAP, SocialMap
from socialmap.match import NeedMatch
from socialmap.model import DOMAIN_NAMES, DOMAINS, Provision
from socialmap.search.hit import Hit, Reason

__all__ = [
    "DEFAULT_MAP",
    "DOMAINS",
    "DOMAIN_NAMES",
    "Hit",
    "ImportProblem",
    "NeedMatch",
    "Provision",
    "Reason",
    "SocialMap",
    "SocialMapError",
    "UnknownProvisionError",
]
