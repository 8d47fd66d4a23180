"""The Dutch lemma table of spacy-lookups-data, in a form that loads fast.

The table maps 213,000 word forms to their lemma. Reading it from the gzipped JSON takes
most of a second, and even a marshalled dict takes 0.2 s to rebuild its hash table. We
cache it as two aligned, sorted tuples (forms and lemmas) that load in a third of that
time, and look words up with a binary search: a few microseconds per word, and only
words that are not in the lexicons are looked up at all.
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import sys
from bisect import bisect_left
from pathlib import Path

import spacy_lookups_data
import srsly
from platformdirs import user_cache_dir
from spacy.lang.nl.stop_words import STOP_WORDS

SOURCE = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
CACHE_FORMAT = 2
"""Raised whenever the cached layout changes, so an old cache is never misread."""

Columns = tuple[tuple[str, ...], tuple[str, ...]]


def cache_file() -> Path:
    version = getattr(spacy_lookups_data, "__version__", "1")
    name = f"nl_lemma_lookup-{version}-v{CACHE_FORMAT}.marshal"
    return Path(user_cache_dir("keukentafel")) / name


def _columns(table: dict[str, str]) -> Columns:
    """Sorted forms and their lemmas; every lemma is also a form of itself, so "is this a
    Dutch word" is one search."""
    rows = dict(table)
    for lemma in set(table.values()) | set(STOP_WORDS):
        rows.setdefault(lemma, lemma)
    forms = tuple(sorted(rows))
    return forms, tuple(sys.intern(rows[form]) for form in forms)


def _write_replacing(target: Path, data: bytes, siblings: str) -> None:
    """Write ``target`` atomically and remove older files matching ``siblings``; a
    read-only cache folder only costs speed, never correctness."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob(siblings):
            if old != target:
                old.unlink(missing_ok=True)
        partial = target.with_suffix(".tmp")
        partial.write_bytes(data)
        partial.replace(target)
    except OSError:
        pass  # see docstring


def _read_cache(cache: Path) -> Columns | None:
    try:
        if cache.stat().st_mtime < SOURCE.stat().st_mtime:
            return None
        data = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # no usable cache: the caller reads the source and writes a new one
    if isinstance(data, tuple) and len(data) == 2 and len(data[0]) == len(data[1]):
        return data[0], data[1]
    return None


def read_columns() -> Columns:
    """The table from our cache when present, otherwise from spacy-lookups-data (writing
    the cache for next time; a read-only home only costs speed, never correctness)."""
    cache = cache_file()
    columns = _read_cache(cache)
    if columns is not None:
        return columns
    columns = _columns(srsly.read_gzip_json(SOURCE))
    _write_replacing(cache, marshal.dumps(columns), "nl_lemma_lookup-*.marshal")
    return columns


class LemmaTable:
    """Word form -> lemma for all of Dutch, with the lexicons' own rows on top."""

    def __init__(self) -> None:
        self.forms, self.lemmas = read_columns()
        self.extra: dict[str, str] = {}
        self.extra_lemmas: set[str] = set()

    def add_forms(self, forms: dict[str, str]) -> None:
        """Extra form -> base form rows from the lexicons (they win over the table)."""
        self.extra.update({k.lower(): v.lower() for k, v in forms.items()})
        self.extra_lemmas.update(v.lower() for v in forms.values())

    def _lemma(self, lower: str) -> str | None:
        found = self.extra.get(lower)
        if found is not None:
            return found
        index = bisect_left(self.forms, lower)
        if index < len(self.forms) and self.forms[index] == lower:
            return self.lemmas[index]
        return None

    def key(self, word: str) -> str:
        """The normalised form of a word: its lemma in lower case."""
        lower = word.lower()
        return self._lemma(lower) or lower

    def is_known(self, word: str) -> bool:
        """A word form the table knows (real words are never treated as typos)."""
        return word in self.extra_lemmas or self._lemma(word) is not None

    def subset(self, lemmas: set[str]) -> dict[str, str]:
        """Only the rows that lead to (or start from) one of these lemmas. Finding them
        means a pass over the whole table, so the result is cached per set of lemmas (the
        lexicons change rarely); the cache keeps only the latest set."""
        # the lexicons' own rows (form and base form) are part of the key: editing one in
        # lemmas.toml must not give an old subset
        rows = sorted(lemmas) + sorted(f"{k}={v}" for k, v in self.extra.items())
        digest = hashlib.sha1("\n".join(rows).encode()).hexdigest()
        cache = cache_file().with_name(f"subset-v{CACHE_FORMAT}-{digest[:16]}.marshal")
        try:
            found = marshal.loads(cache.read_bytes())
            if isinstance(found, dict):
                return found
        except (OSError, EOFError, ValueError, TypeError):
            pass  # not cached yet: compute below
        pairs = itertools.chain(zip(self.forms, self.lemmas, strict=True), self.extra.items())
        found = {k: v for k, v in pairs if v in lemmas or k in lemmas}
        _write_replacing(cache, marshal.dumps(found), "subset-*.marshal")
        return found
