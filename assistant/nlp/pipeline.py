"""The spaCy pipeline: blank Dutch, the lookup lemmatizer, and a normaliser.

Why not ``spacy.blank("nl")`` as is: its tokenizer builds ~4,700 abbreviation rules
meant for sentence splitting of written text, and the full lemma table (213,000 words)
takes most of a second to index. We keep Dutch tokenisation with only the general and
apostrophe rules ("m'n", "'s"), and give the lemmatizer just the rows whose lemma our
lexicons use: for matching that is exactly the same, and loading stays well under 1.5 s.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
import spacy_lookups_data
import srsly
from platformdirs import user_cache_dir
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from assistant.nlp.normalize import Normalizer

TOKENIZER_NAME = "keukentafel.dutch_tokenizer.v1"
_LEMMA_FILE = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"


@spacy.registry.tokenizers(TOKENIZER_NAME)
def _create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Dutch punctuation rules, without the abbreviation list (see module docstring)."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {
            orth: value
            for orth, value in (defaults.tokenizer_exceptions or {}).items()
            if "'" in orth or not orth[:1].isalpha()
        }
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(defaults.prefixes or []).search,
            suffix_search=compile_suffix_regex(defaults.suffixes or []).search,
            infix_finditer=compile_infix_regex(defaults.infixes or []).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


def _cache_file() -> Path:
    version = spacy_lookups_data.__version__ if hasattr(spacy_lookups_data, "__version__") else "1"
    return Path(user_cache_dir("keukentafel")) / f"nl_lemma_lookup-{version}.marshal"


def _read_table() -> dict[str, str]:
    """The lookup table; from our marshal cache when present (four times faster than the
    gzipped JSON), otherwise from spacy-lookups-data, writing the cache for next time."""
    cache = _cache_file()
    try:
        if cache.stat().st_mtime >= _LEMMA_FILE.stat().st_mtime:
            data = marshal.loads(cache.read_bytes())
            if isinstance(data, dict):
                return data
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no usable cache: read the source below and write a fresh cache
    table: dict[str, str] = srsly.read_gzip_json(_LEMMA_FILE)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".tmp")
        partial.write_bytes(marshal.dumps(table))
        partial.replace(cache)
    except OSError:
        pass  # a read-only home only costs speed, never correctness
    return table


class LemmaTable:
    """The full Dutch lookup table as a plain dict, used for lexicon words and typos."""

    def __init__(self) -> None:
        self.table: dict[str, str] = _read_table()
        self.lemmas: set[str] = set(self.table.values()) | set(STOP_WORDS)

    def add_forms(self, forms: dict[str, str]) -> None:
        """Extra form -> base form rows from the lexicons (they win over the table)."""
        self.table.update({k.lower(): v.lower() for k, v in forms.items()})
        self.lemmas.update(v.lower() for v in forms.values())

    def key(self, word: str) -> str:
        """The normalised form of a word: its lemma in lower case."""
        lower = word.lower()
        return self.table.get(lower, lower)

    def is_known(self, word: str) -> bool:
        """A word form the table knows (real words are never treated as typos)."""
        return word in self.table or word in self.lemmas

    def subset(self, lemmas: set[str]) -> dict[str, str]:
        """Only the rows that lead to (or start from) one of these lemmas."""
        return {k: v for k, v in self.table.items() if v in lemmas or k in lemmas}


def build_nlp(table: LemmaTable, vocabulary: Iterable[str], normalizer: Normalizer) -> Language:
    """Blank Dutch + lookup lemmatizer (lexicon rows only) + the normaliser component."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", table.subset({table.key(w) for w in vocabulary}))
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize(lookups=lookups)  # type: ignore[attr-defined]
    nlp.add_pipe("keukentafel_normalizer")
    nlp.get_pipe("keukentafel_normalizer").setup(normalizer)  # type: ignore[attr-defined]
    return nlp
