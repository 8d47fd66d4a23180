"""The spaCy pipeline: blank Dutch, the lookup lemmatizer, and a normaliser.

Why not ``spacy.blank("nl")`` as is: its tokenizer builds ~4,700 abbreviation rules
meant for sentence splitting of written text, and the full lemma table (213,000 words)
takes most of a second to index. We keep Dutch tokenisation with only the general and
apostrophe rules ("m'n", "'s"), and give the lemmatizer just the rows whose lemma our
lexicons use (see :mod:`assistant.nlp.lemmas`): for matching that is exactly the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from assistant.nlp.lemmas import LemmaTable
from assistant.nlp.normalize import Normalizer

TOKENIZER_NAME = "keukentafel.dutch_tokenizer.v1"


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
