"""The spaCy pipeline: blank Dutch, the lookup lemmatizer, and a normaliser.

Why not ``spacy.blank("nl")`` as is: its tokenizer builds ~4,700 abbreviation rules
meant for sentence splitting of written text, and the full lemma table (213,000 words)
takes most of a second to index. We keep Dutch tokenisation with only the general and
apostrophe rules ("m'n", "'s"), and give the lemmatizer just the rows whose lemma our
lexicons use (see :mod:`assistant.nlp.lemmas`): for matching that is exactly the same.

spaCy's punctuation rules name "a letter" by listing every letter of many scripts one
by one; compiling those regular expressions took 0.12 s of every start. We give the same
rules letters as ranges (Latin, Greek, Cyrillic), which compile in a quarter of that
time and split all our 8,200 labelled Dutch sentences exactly as spaCy's own rules do
(``tests/nlp/test_tokenizer.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from re import Pattern

import spacy
from spacy.lang import char_classes
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from assistant.nlp.normalize import Normalizer

TOKENIZER_NAME = "keukentafel.dutch_tokenizer.v1"
LETTERS = {
    char_classes.ALPHA: "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
    "\u0386\u0388-\u03ce\u0400-\u0481\u048a-\u04ff",
    char_classes.ALPHA_LOWER: "a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f",
    char_classes.ALPHA_UPPER: "A-Z\u00c0-\u00d6\u00d8-\u00de\u0386\u0388-\u03ab\u0400-\u042f",
}
"""spaCy's letter lists (all of them, then lower and upper case) and the ranges we use."""


def with_letter_ranges(rules: Iterable[str | Pattern[str]]) -> list[str | Pattern[str]]:
    """The same punctuation rules, with letter ranges instead of letter lists."""
    found: list[str | Pattern[str]] = []
    for rule in rules:
        if isinstance(rule, str):
            for listed, ranges in LETTERS.items():
                rule = rule.replace(listed, ranges)
        found.append(rule)
    return found


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
            prefix_search=compile_prefix_regex(with_letter_ranges(defaults.prefixes or [])).search,
            suffix_search=compile_suffix_regex(with_letter_ranges(defaults.suffixes or [])).search,
            infix_finditer=compile_infix_regex(with_letter_ranges(defaults.infixes or [])).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


def build_nlp(lemma_rows: dict[str, str], normalizer: Normalizer) -> Language:
    """Blank Dutch + lookup lemmatizer (the lexicons' rows only) + the normaliser."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", lemma_rows)
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize(lookups=lookups)  # type: ignore[attr-defined]
    nlp.add_pipe("keukentafel_normalizer")
    nlp.get_pipe("keukentafel_normalizer").setup(normalizer)  # type: ignore[attr-defined]
    return nlp
