"""Put a matching key in every token's NORM: its lemma, a compound part, or a typo fix.

Matching on NORM lets one PhraseMatcher find "schulden", "schuld", "gokschulden" and
"schuldn" alike. Typo tolerance is bounded so short words never over-match: words of
five letters or fewer only match a lexicon word that sounds the same ("slegt" ->
"slecht"; "uur" never becomes "huur"), real Dutch words are never "corrected", six and
nine letters allow one edit, longer words two, and the first letter must agree.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

MIN_FUZZY_LEN = 6
MIN_COMPOUND_PART = 3
MIN_SOUND_LEN = 4
ENDINGS = (
    ("inkjes", "ing"),
    ("inkje", "ing"),
    ("etjes", ""),
    ("etje", ""),
    ("tjes", ""),
    ("tje", ""),
    ("pjes", ""),
    ("pje", ""),
    ("jes", ""),
    ("je", ""),
    ("en", ""),
    ("s", ""),
)
"""Dutch diminutive and plural endings and what they replace (woning -> woninkje); tried
only on words the lemma table does not know ("flessen" -> "fles")."""
_SOUNDS = (
    ("dt", "t"),
    ("ch", "g"),
    ("ei", "ij"),
    ("au", "ou"),
    ("y", "ij"),
    ("ck", "k"),
    ("ph", "f"),
)


def sound(word: str) -> str:
    """A spelling-blind form for Dutch sound-alike typos: "slegt" = "slecht", "angstich" =
    "angstig", "word" = "wordt", "klijn" = "klein"."""
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    return word[:-1] if word.endswith(("d", "t")) and len(word) > MIN_SOUND_LEN else word


class Normalizer:
    """Maps a token to its key; built once from the lexicons."""

    def __init__(
        self,
        key: Callable[[str], str],
        keys: set[str],
        wildcards: set[str],
        fuzzy_words: set[str],
        known: Callable[[str], bool],
        plain_tails: set[str],
        real: Callable[[str], bool],
    ) -> None:
        self.key = key
        self.keys = keys
        self.tails = {w[1:]: w for w in wildcards if w.startswith("*")}
        # Tails made from long lexicon words (not written as ``*tail`` by a trainer): a
        # compound ending in one ("heupoperatie") gets the plain word's key ("operatie").
        for tail in plain_tails:
            self.tails.setdefault(tail, key(tail))
        self.heads = {w[:-1]: w for w in wildcards if w.endswith("*") and not w.startswith("*")}
        self._known = known
        self._real = real
        self._by_letter: dict[str, list[str]] = {}
        self._by_sound: dict[str, str] = {}
        for word in sorted(fuzzy_words):
            if len(word) >= MIN_SOUND_LEN and word.isalpha():
                self._by_sound.setdefault(sound(word), word)
            if len(word) >= MIN_FUZZY_LEN and word.isalpha():
                self._by_letter.setdefault(word[0], []).append(word)

    def norm(self, lower: str, lemma: str) -> str:
        if lemma in self.keys:
            return lemma
        if "-" in lower.strip("-"):
            return self._hyphenated(lower, lemma)
        if not lower.isalpha():
            return lemma
        if lower in self.keys:
            return lower
        if self._known(lower):
            return self.key(lower)  # its lemma from the whole table ("flessen" -> "fles")
        base = self._base_form(lower)
        if base:
            return self.key(base)
        compound = self._compound(lower)
        if compound:
            return compound
        if len(lower) >= MIN_SOUND_LEN:
            fixed = self._by_sound.get(sound(lower))
            if fixed is None and len(lower) >= MIN_FUZZY_LEN:
                fixed = self._fuzzy(lower)
            if fixed and self._real(lower) and not self._same_word(lower, fixed):
                return lemma  # a real word is no typo: "gewend" never becomes "geweld"
            if fixed:
                return self.key(fixed)
        return lemma

    def _same_word(self, word: str, fixed: str) -> bool:
        """Whether a fix only changes the ending ("werkgevers" -> "werkgever",
        "luister" -> "luistert") or leads to the word's own verb ("meeneem" -> "meenemen").
        Only such fixes are made to real words."""
        shorter = min(len(word), len(fixed))
        shared = 0
        while shared < shorter and word[shared] == fixed[shared]:
            shared += 1
        if shared == shorter:
            return True  # one is the other plus an ending
        if shared == len(word) - 1 == len(fixed) - 1 and {word[-1], fixed[-1]} <= set("dtn"):
            return True  # "vreemdgaat" -> "vreemdgaan"
        return self.key(fixed) in _infinitives(word)

    def _base_form(self, word: str) -> str | None:
        """A known word behind a diminutive or plural ("jointje" -> "joint", "leninkje" ->
        "lening", "balletje" -> "bal", "flessen" -> "fles") or a dropped final n ("nakijke"
        -> "nakijken")."""
        for suffix, ending in ENDINGS:
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < MIN_COMPOUND_PART:
                continue
            for candidate in (stem + ending, stem[:-1] if stem[-1] == stem[-2] else ""):
                if candidate and self._known(candidate):
                    return candidate
        if word.endswith("e") and len(word) >= MIN_FUZZY_LEN - 1 and self._known(word + "n"):
            return word + "n"
        return None

    def _hyphenated(self, lower: str, lemma: str) -> str:
        """ "wmo-indicatie": the whole word, else its compound parts, else the last part."""
        joined = lower.replace("-", "")
        if joined in self.keys:
            return joined
        compound = self._compound(joined)
        if compound:
            return compound
        tail = self.key(lower.rsplit("-", 1)[1])
        return tail if tail in self.keys else lemma

    def _compound(self, word: str) -> str | None:
        best: str | None = None
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            tail, head = word[cut:], word[:cut]
            hit = self.tails.get(tail) or self.tails.get(self.key(tail))
            if hit and (best is None or len(hit) > len(best)):
                best = hit
            hit = self.heads.get(head)
            if hit and (best is None or len(hit) > len(best)):
                best = hit
        return best

    def _fuzzy(self, word: str) -> str | None:
        choices = self._by_letter.get(word[0])
        if not choices:
            return None
        limit = 1 if len(word) < 10 else 2
        found = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
        return found[0] if found else None


def _infinitives(stem: str) -> set[str]:
    """The verbs a stem can belong to ("verhuis" -> "verhuizen", "luister" -> "luisteren",
    "meeneem" -> "meenemen"). The lemma table does not list first-person forms, and some
    are also rare nouns ("luister"), so a typo fix to the word's own verb is allowed."""
    last = stem[-1]
    stems = {stem, stem + last, stem[:-1] + {"s": "z", "f": "v"}.get(last, last)}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        stems.add(stem[:-2] + last)  # a long vowel: neem -> nemen
    return {s + "en" for s in stems}


class NormalizerComponent:
    """spaCy component wrapper; the analyzer hands it the lexicon data after creation."""

    def __init__(self) -> None:
        self.normalizer: Normalizer | None = None

    def setup(self, normalizer: Normalizer) -> None:
        self.normalizer = normalizer

    def __call__(self, doc: Doc) -> Doc:
        if self.normalizer is None:
            return doc
        for token in doc:
            token.norm_ = self.normalizer.norm(token.lower_, token.lemma_ or token.lower_)
        return doc


@Language.factory("keukentafel_normalizer")
def make_normalizer(nlp: Language, name: str) -> NormalizerComponent:
    """Registered so the pipeline shows it as a component of its own."""
    return NormalizerComponent()
