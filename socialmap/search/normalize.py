"""Dutch text normalisation shared by the index and the query, so both see the same words.

Case and diacritics go ("financiën" = "financien"), punctuation and hyphens split words
(and a hyphenated compound is also kept joined: "schuld-hulp" -> "schuldhulp"), and a small
suffix stripper maps common Dutch word forms onto one stem ("schulden" -> "schuld",
"eenzaamheid" -> "eenzaam", "huizen" -> "huis").
"""

from __future__ import annotations

import re
import unicodedata

_KEEP = b"abcdefghijklmnopqrstuvwxyz0123456789"
_SPACES = bytes(c if c in _KEEP else 32 for c in range(256))
"""Byte table: letters and digits stay, everything else becomes a space (C speed)."""
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
"""Single letters carry no meaning as a search word."""
_COMPOUND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_VOWELS = frozenset("aeiouy")
_UNDOUBLE = frozenset("bdfgklmnprt")

STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "voor",
        "in",
        "op",
        "met",
        "te",
        "bij",
        "aan",
        "uit",
        "om",
        "naar",
        "over",
        "als",
        "is",
        "zijn",
        "ik",
        "je",
        "jij",
        "u",
        "mijn",
        "me",
        "we",
        "wij",
        "ze",
        "zij",
        "die",
        "dat",
        "er",
        "niet",
        "wel",
        "ook",
        "nog",
        "maar",
        "dan",
        "wat",
        "hoe",
        "waar",
        "heb",
        "heeft",
    ]
)
"""Dropped from sentence-like queries and from the description index: they only add noise."""


def _latin_table() -> dict[int, str]:
    """Accented Latin letters -> their plain letters, for a fast ``str.translate``."""
    table = {}
    for code in range(0xC0, 0x250):
        plain = "".join(
            ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch)
        )
        if plain != chr(code) and plain.isascii():
            table[code] = plain.casefold()
    return table


_LATIN = _latin_table()


def fold(text: str) -> str:
    """Casefold and strip diacritics ("Café Financiën" -> "cafe financien")."""
    text = text.casefold()
    if text.isascii():
        return text
    text = text.translate(_LATIN)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def split_words(folded: str) -> list[str]:
    """Split folded text into its runs of letters and digits (single letters included)."""
    return folded.encode("ascii", "replace").translate(_SPACES).decode("ascii").split()


def tokens(text: str) -> list[str]:
    """The words of ``text`` after folding; single letters are dropped."""
    return [t for t in split_words(fold(text)) if t not in LETTERS]


def index_tokens(text: str) -> list[str]:
    """Like :func:`tokens` (but keeping single letters: the caller drops them in bulk),
    plus the joined form of each hyphenated compound."""
    folded = fold(text)
    words = split_words(folded)
    if "-" in folded:
        words.extend(m.group().replace("-", "") for m in _COMPOUND.finditer(folded))
    return words


def normalize(text: str) -> str:
    """The folded words of ``text`` joined by single spaces."""
    return " ".join(tokens(text))


def query_tokens(text: str) -> list[str]:
    """The words of a query; in a sentence (four words or more) without stopwords.

    A short query keeps them: "wat" may be the start of "Waterveld" being typed.
    """
    words = tokens(text)
    if len(words) < 4:
        return words
    content = [w for w in words if w not in STOPWORDS]
    return content or words


def stem(word: str) -> str:
    """A light Dutch stem: strip -heid/-heden, -en or a plural -s, then tidy the end."""
    if len(word) <= 4 or word.isdigit():
        return word
    if word.endswith("heden") and len(word) > 7:
        return word[:-5]
    if word.endswith("heid") and len(word) > 6:
        return word[:-4]
    if word.endswith("en") and len(word) > 5:
        word = word[:-2]
        if word[-1] == word[-2] and word[-1] in _UNDOUBLE:
            word = word[:-1]
        elif word[-1] == "z":
            word = word[:-1] + "s"
        elif word[-1] == "v":
            word = word[:-1] + "f"
        return word
    if word.endswith("s") and (
        word.endswith(("ers", "els", "ens", "ems", "jes", "ies"))
        or (word[-2] in _VOWELS and word[-3] not in _VOWELS)
    ):
        return word[:-1]
    return word
