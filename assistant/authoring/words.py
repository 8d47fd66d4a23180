"""Which Dutch words count as known: the basis of the 'rare word' part of the B1 rule.

There is no Dutch word-frequency list we may ship or download, so "rare" is defined by
what the offline Dutch lexicon of spacy-lookups-data knows (about 200,000 lemmas and
their inflected forms), the method's own words from the knowledge base, and the
trainer-extensible list ``vakwoorden.txt`` next to this module. A compound counts as
known when it splits into known parts (``keukentafel`` + ``gesprek``), because Dutch
writes compounds as one word.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.errors import KeukentafelError

GLOSSARY_FILE = Path(__file__).with_name("vakwoorden.txt")
"""Method words that are fine in a prompt although long or unknown to the lexicon."""
BASIC_FILE = Path(__file__).with_name("basiswoorden.txt")
"""Everyday words the lexicon happens to miss (it lists mainly nouns, verbs, adjectives)."""
PRONOMINAL = ("hier", "daar", "waar", "er")
"""First parts of pronominal adverbs: hiervan, daarmee, erbij."""
VOWELS = "aeiou"

LINKS = ("", "s", "e", "en")
"""Linking sounds between the parts of a Dutch compound (tussenklanken)."""
MIN_PART = 3
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def words_of(text: str) -> list[str]:
    """The words in ``text`` (letters, with inner hyphens or apostrophes)."""
    return _WORD.findall(text)


def _table(name: str) -> Any:
    try:
        data = resources.files("spacy_lookups_data") / "data" / f"nl_{name}.json.gz"
        with resources.as_file(data) as path:
            return json.loads(gzip.decompress(path.read_bytes()))
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        raise KeukentafelError(
            "De Nederlandse woordenlijst (spacy-lookups-data) ontbreekt of is kapot. "
            "Installeer het pakket opnieuw."
        ) from exc


def _read_list(path: Path) -> set[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return words


@cache
def _lexicon() -> frozenset[str]:
    """Every known form: lemmas, inflected forms, exceptions, stop words, basic words."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS) | _read_list(BASIC_FILE)
    for table in ("lemma_index", "lemma_exc"):
        for forms in _table(table).values():
            words.update(word.lower() for word in forms)
    words.update(word.lower() for word in _table("lemma_lookup"))
    return frozenset(words)


@cache
def _rules() -> list[tuple[str, str]]:
    """spaCy's Dutch suffix rules (e.g. 'heden' -> 'heid'), all parts of speech."""
    rules = _table("lemma_rules")
    return [(old, new) for pos in rules.values() for old, new in pos if old]


@cache
def glossary() -> frozenset[str]:
    """Method words: ``vakwoorden.txt`` plus the names in the knowledge base."""
    from assistant.knowledge import load_knowledge

    words = _read_list(GLOSSARY_FILE)
    knowledge = load_knowledge()
    names = [d.name for d in knowledge.domains] + [f.name for f in knowledge.frames]
    names += [p.name for p in knowledge.phases]
    for row in knowledge.support_rows:
        names += [*row.voorliggend, *row.aanvullend]
    for name in names:
        words.update(word.lower() for word in words_of(name))
    return frozenset(words)


@cache
def _known_parts() -> frozenset[str]:
    return glossary() | _lexicon()


def _base_forms(word: str) -> set[str]:
    """Dictionary forms ``word`` may be an inflection of (a generous guess)."""
    forms = {word[: len(word) - len(old)] + new for old, new in _rules() if word.endswith(old)}
    for suffix in ("", "t", "e", "en", "er", "st", "ste", "s"):
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        for base in _spellings(stem):
            forms.update({base, base + "en", base + "n"})
    return forms


def _spellings(stem: str) -> set[str]:
    """``spel``/``speel``, ``pas``/``pass``, ``blijf``/``blijv``: Dutch spelling shifts."""
    out = {stem}
    if len(stem) >= 3 and stem[-1] not in VOWELS:
        body, last = stem[:-1], stem[-1]
        soft = {"f": "v", "s": "z"}.get(last, last)
        out.update({body + soft, body + last + last})
        if len(body) >= 2 and body[-1] == body[-2] and body[-1] in VOWELS:
            out.update({body[:-1] + last, body[:-1] + soft})
        elif body[-1:] in tuple(VOWELS) and body[-2:-1] not in tuple(VOWELS):
            out.update({body + body[-1] + last, body + body[-1] + soft})
        if len(body) >= 1 and body[-1] == last:
            out.add(body)
    return out


@lru_cache(maxsize=8192)
def is_known(word: str) -> bool:
    """Whether a plain reader knows ``word``: lexicon, method word, or a known compound."""
    word = word.lower().strip("-'")
    if len(word) <= MIN_PART or word in glossary():
        return True
    known = _known_parts()
    if word in known or any(form in known for form in _base_forms(word)):
        return True
    for head in PRONOMINAL:
        if word.startswith(head) and word[len(head) :] in known:
            return True
    if "-" in word:
        return all(is_known(part) for part in word.split("-") if part)
    return _compound(word, depth=3)


def is_method_word(word: str) -> bool:
    """Whether ``word`` is in the method glossary (long but accepted)."""
    return word.lower() in glossary()


def _compound(word: str, depth: int) -> bool:
    """``word`` splits into a known head and a known (possibly compound) tail."""
    if depth == 0:
        return False
    known = _known_parts()
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        tail = word[cut:]
        if tail not in known:
            continue
        head = word[:cut]
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if len(stem) >= MIN_PART and (stem in known or _compound(stem, depth - 1)):
                return True
    return False
