"""The Dutch lemma table of spacy-lookups-data, in a form that loads fast.

The table maps 213,000 word forms to their lemma. Reading it from the gzipped JSON takes
most of a second, a marshalled dict 0.2 s to rebuild its hash table, and even sorted
tuples of strings 0.1 s. We cache it as two aligned numpy arrays (sorted forms, and the
index of each one's lemma) in ``.npy`` files that are mapped into memory, not read: a
start costs nothing, and a word is found with a binary search of a few microseconds.
Only words that are not in the lexicons are looked up at all.

The lookup table only lists forms that have a lemma of their own, so many plain Dutch
words are missing from it ("binnenkort", "gewend", "gepeld", "steden"). spaCy's lemma
index and exception lists know them; they are kept as a third array, :attr:`Columns.words`,
so the typo fixer never "corrects" a real word ("gewend" into "geweld").
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import spacy_lookups_data
import srsly
from spacy.lang.nl.stop_words import STOP_WORDS

from assistant.nlp.cache import cache_dir, remove, write_replacing

DATA = Path(spacy_lookups_data.__file__).parent / "data"
SOURCE = DATA / "nl_lemma_lookup.json.gz"
WORD_SOURCES = (DATA / "nl_lemma_index.json.gz", DATA / "nl_lemma_exc.json.gz")
CACHE_FORMAT = 4
"""Raised whenever the cached layout changes, so an old cache is never misread."""


@dataclass(frozen=True)
class Columns:
    """The table as two aligned arrays sorted by form, and the other real words."""

    forms: np.ndarray
    """Every word form, UTF-8 encoded (fixed width; byte order is code point order)."""
    lemma_of: np.ndarray
    """For each form, the index of its lemma among the forms."""
    words: np.ndarray
    """Other real Dutch words, sorted: lemmas and irregular forms that the lookup table
    does not list. Known as words, without a lemma of their own."""


KINDS = ("forms", "lemmas", "words")


def cache_files() -> tuple[Path, ...]:
    version = getattr(spacy_lookups_data, "__version__", "1")
    stem = f"nl_lemma_lookup-{version}-v{CACHE_FORMAT}"
    return tuple(cache_dir() / f"{stem}-{kind}.npy" for kind in KINDS)


def _columns(table: dict[str, str], other_words: set[str]) -> Columns:
    """Sorted forms and the index of each one's lemma; every lemma is also a form of
    itself, so "is this a Dutch word" and "what is its lemma" are one search."""
    rows = {form: lemma for form, lemma in table.items() if form and lemma}
    for lemma in set(rows.values()) | set(STOP_WORDS):
        rows.setdefault(lemma, lemma)
    forms = sorted(rows)
    position = {form: index for index, form in enumerate(forms)}
    return Columns(
        forms=np.array([form.encode() for form in forms]),
        lemma_of=np.array([position[rows[form]] for form in forms], dtype=np.int32),
        words=np.array(sorted(w.encode() for w in other_words - rows.keys()) or [b""]),
    )


def _other_words() -> set[str]:
    """The lemmas in spaCy's Dutch lemma index and the forms in its exception lists."""
    index, exceptions = (srsly.read_gzip_json(path) for path in WORD_SOURCES)
    found = {word for words in index.values() for word in words}
    for table in exceptions.values():
        for form, lemmas in table.items():
            found.add(form)
            found.update(lemmas)
    return {word.lower() for word in found if word.isalpha()}


def _read_cache(files: tuple[Path, ...]) -> Columns | None:
    """The cached arrays, mapped from disk (nothing is read until a word is looked up)."""
    try:
        newest_source = max(path.stat().st_mtime for path in (SOURCE, *WORD_SOURCES))
        if min(f.stat().st_mtime for f in files) < newest_source:
            return None
        forms, lemma_of, words = (np.load(f, mmap_mode="r", allow_pickle=False) for f in files)
    except (OSError, ValueError, EOFError):
        return None  # no usable cache: the caller reads the source and writes a new one
    if (
        forms.dtype.kind == "S"
        and words.dtype.kind == "S"
        and lemma_of.dtype == np.int32
        and len(forms) == len(lemma_of)
    ):
        return Columns(forms, lemma_of, words)
    return None


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def read_columns() -> Columns:
    """The table from our cache when present, otherwise from spacy-lookups-data (writing
    the cache for next time; a read-only home only costs speed, never correctness)."""
    files = cache_files()
    columns = _read_cache(files)
    if columns is not None:
        return columns
    columns = _columns(srsly.read_gzip_json(SOURCE), _other_words())
    for legacy in ("nl_lemma_lookup-*.marshal", "subset-*.marshal"):  # before 0.4.1
        remove(legacy)
    arrays = (columns.forms, columns.lemma_of, columns.words)
    for target, array, kind in zip(files, arrays, KINDS, strict=True):
        write_replacing(target, _npy(array), f"nl_lemma_lookup-*-{kind}.npy")
    return columns


def _index(words: np.ndarray, word: str) -> int | None:
    """Where ``word`` is in a sorted array of encoded words, if it is there."""
    encoded = word.encode()
    if not encoded or len(encoded) > words.dtype.itemsize:
        return None  # longer than any entry: numpy would compare a cut-off copy
    index = int(words.searchsorted(encoded))
    return index if index < len(words) and words[index] == encoded else None


class LemmaTable:
    """Word form -> lemma for all of Dutch, with the lexicons' own rows on top."""

    def __init__(self) -> None:
        columns = read_columns()
        self.forms = columns.forms
        self.lemma_of = columns.lemma_of
        self.words = columns.words
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
        index = _index(self.forms, lower)
        return None if index is None else str(self.forms[self.lemma_of[index]].decode())

    def key(self, word: str) -> str:
        """The normalised form of a word: its lemma in lower case."""
        lower = word.lower()
        return self._lemma(lower) or lower

    def is_known(self, word: str) -> bool:
        """A word form the table knows (real words are never treated as typos)."""
        return word in self.extra_lemmas or self._lemma(word) is not None

    def is_word(self, word: str) -> bool:
        """A real Dutch word: a form of the table, or a word spaCy's lemma index or
        exception lists name (the typo fixer leaves these alone)."""
        return self.is_known(word) or _index(self.words, word) is not None

    def subset(self, lemmas: set[str]) -> dict[str, str]:
        """Only the rows that lead to (or start from) one of these lemmas (the snapshot
        keeps the result: :mod:`assistant.nlp.snapshot`)."""
        wanted = np.array([lemma.encode() for lemma in lemmas] or [b""])
        keep = np.isin(self.forms, wanted) | np.isin(self.forms[self.lemma_of], wanted)
        rows = {
            str(self.forms[i].decode()): str(self.forms[self.lemma_of[i]].decode())
            for i in np.flatnonzero(keep)
        }
        rows.update((k, v) for k, v in self.extra.items() if v in lemmas or k in lemmas)
        return rows
