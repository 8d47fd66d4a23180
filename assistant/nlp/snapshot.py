"""Everything the analyzer derives from the lexicons and the model, kept between starts.

Reading and checking the TOML lexicons, parsing ~7,000 patterns into a matcher plan,
picking the lemma rows and word sets the normaliser needs, and reading the models' JSON
took about 0.6 s on every start, while the result only changes when a lexicon, the model
or our code changes. The snapshot stores that result as plain data with ``marshal``
(strings, numbers, lists, dicts: loading it runs no code), named by a digest of
everything it was made from. An edited lexicon, a retrained model or a new version
gives a new digest and so a new snapshot; a missing or broken one only costs the time to
build it again.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy_lookups_data
from pydantic import ValidationError

import assistant
from assistant.knowledge import lexicons as lexicon_module
from assistant.knowledge.lexicons import Lexicons, lexicon_files, load_lexicons
from assistant.nlp import patterns
from assistant.nlp.cache import cache_dir, write_replacing
from assistant.nlp.danger import DANGER_FILE, danger_from_data
from assistant.nlp.entries import compound_tails, lexicon_entries, typo_targets
from assistant.nlp.lemmas import LemmaTable
from assistant.nlp.matcher_plan import MatcherPlan, plan_matching
from assistant.nlp.matching import Entry
from assistant.nlp.model import MODEL_FILE, model_from_data, read_model_data

FORMAT = 2
"""Raised whenever the stored layout changes."""
CODE = [
    *sorted(Path(__file__).parent.glob("*.py")),
    Path(lexicon_module.__file__),
]
"""Our code that shapes the snapshot: a change to it (without a new version) must not
give an old snapshot."""


@dataclass(frozen=True)
class Snapshot:
    """What the analyzer needs before spaCy sees a word."""

    lexicons: Lexicons
    entries: list[Entry]
    keys: set[str]
    """The lemma of every lexicon word: a token with such a key is never 'corrected'."""
    wildcards: set[str]
    """Compound wildcards (``*tail``, ``head*``) written in the lexicons."""
    fuzzy: set[str]
    """Words a typo may be traced back to."""
    tails: set[str]
    """Long lexicon words that also match as the end of a compound."""
    lemma_rows: dict[str, str]
    """The rows of the lemma table that lead to a lexicon word (for spaCy's lemmatizer)."""
    plan: MatcherPlan
    model_data: Any
    """The parsed JSON of the needs model and the danger model, already checked; None
    without the learned layer."""


def load_snapshot(table: LemmaTable, extra_dirs: list[Path], use_model: bool) -> Snapshot:
    """The snapshot for these lexicons and model, built and stored when there is none.

    Adds the lexicons' own word forms to ``table`` either way. A broken lexicon or model
    raises its Dutch error here, as without a snapshot: a snapshot exists only for files
    that loaded."""
    models = [MODEL_FILE, DANGER_FILE] if use_model else []
    target = cache_dir() / f"snapshot-{_digest(lexicon_files(extra_dirs), models)}.marshal"
    snapshot = _read(target)
    if snapshot is None:
        snapshot = _build(table, extra_dirs, use_model)
        write_replacing(target, marshal.dumps(_to_data(snapshot)), "snapshot-*.marshal")
    table.add_forms(snapshot.lexicons.lemmas)
    return snapshot


def _digest(lexicons: list[Path], models: list[Path]) -> str:
    digest = hashlib.sha256(f"{FORMAT} {assistant.__version__}".encode())
    digest.update(str(getattr(spacy_lookups_data, "__version__", "")).encode())
    for path in [*CODE, *lexicons, *models]:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")  # building the snapshot says so, in Dutch
    return digest.hexdigest()[:24]


def _build(table: LemmaTable, extra_dirs: list[Path], use_model: bool) -> Snapshot:
    lexicons = load_lexicons(extra_dirs)
    table.add_forms(lexicons.lemmas)
    entries = lexicon_entries(lexicons)
    vocabulary = {w for e in entries for w in patterns.words(e.term)}
    vocabulary |= set(lexicons.scope.negation_before) | set(lexicons.question.wh_words)
    wildcards = {w for e in entries for w in patterns.wildcards(e.term)}
    model_data = None
    if use_model:
        model_data = (read_model_data(MODEL_FILE), read_model_data(DANGER_FILE))
        model_from_data(model_data[0], MODEL_FILE)  # a broken model is reported now
        danger_from_data(model_data[1], DANGER_FILE)
    return Snapshot(
        lexicons=lexicons,
        entries=entries,
        keys={table.key(w) for w in vocabulary},
        wildcards=wildcards,
        fuzzy=typo_targets(entries),
        tails=compound_tails(entries) - {w[1:] for w in wildcards if w.startswith("*")},
        lemma_rows=table.subset({table.key(w) for w in vocabulary}),
        plan=plan_matching(entries, table.key),
        model_data=model_data,
    )


def _to_data(snapshot: Snapshot) -> tuple[Any, ...]:
    return (
        FORMAT,
        snapshot.lexicons.model_dump(),
        [(e.family, e.label, e.term, e.weight, e.kind) for e in snapshot.entries],
        snapshot.keys,
        snapshot.wildcards,
        snapshot.fuzzy,
        snapshot.tails,
        snapshot.lemma_rows,
        snapshot.plan.to_data(),
        snapshot.model_data,
    )


def _read(path: Path) -> Snapshot | None:
    """The stored snapshot, or None when there is none or it does not fit."""
    try:
        data = marshal.loads(path.read_bytes())
        if data[0] != FORMAT:
            return None
        _, lexicons, entries, keys, wildcards, fuzzy, tails, rows, plan, model_data = data
        return Snapshot(
            lexicons=Lexicons.model_validate(lexicons),
            entries=[Entry(*fields) for fields in entries],
            keys=keys,
            wildcards=wildcards,
            fuzzy=fuzzy,
            tails=tails,
            lemma_rows=rows,
            plan=MatcherPlan.from_data(plan),
            model_data=model_data,
        )
    except (OSError, EOFError, ValueError, TypeError, IndexError, ValidationError):
        return None  # no usable snapshot: the caller builds and stores a new one
