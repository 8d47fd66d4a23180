"""The analyzer: one loaded pipeline, used by the app, practice mode and the CLI.

Loading spaCy and the lexicons takes about a second, so it happens once, lazily, and
under a lock: the app starts it in a background thread while the first screen shows.
Analysis itself is a few milliseconds per utterance and also runs under a lock, so
the analyzer can be shared between threads.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from assistant.knowledge.lexicons import extra_dirs_from_env
from assistant.nlp.danger import DangerModel, danger_from_data
from assistant.nlp.features import token_features
from assistant.nlp.learned import with_learned
from assistant.nlp.lemmas import LemmaTable
from assistant.nlp.matching import Entry, LexiconMatcher, Match
from assistant.nlp.model import NeedModel, model_from_data
from assistant.nlp.models import NeedHit, QuestionAnalysis, SafetySignal, UtteranceAnalysis
from assistant.nlp.needs import score_needs, urgent_domains
from assistant.nlp.normalize import Normalizer
from assistant.nlp.pipeline import build_nlp
from assistant.nlp.question import analyze_question
from assistant.nlp.safety import find_signals, in_public, kept_signals, long_over
from assistant.nlp.scope import Scope
from assistant.nlp.settled import settled_domains
from assistant.nlp.snapshot import load_snapshot


def _suicide_needs(signals: list[Match]) -> list[Match]:
    """Thoughts of suicide that are meant (no joke, idiom or denial) are a mental-health
    need too."""
    return [
        Match(Entry("need", "geestelijke_gezondheid", m.entry.term), m.start, m.end)
        for m in signals
        if m.entry.label == "suicide_risk"
    ]


@dataclass(frozen=True)
class RuleView:
    """One utterance as the rules see it: the learned layer and training build on it."""

    doc: Doc
    scope: Scope
    needs: list[NeedHit]
    urgent: set[str]
    """Domains whose evidence is part of a danger signal."""
    settled: frozenset[str]
    """Domains told before a clause that says things are fine now (:mod:`settled`)."""
    signals: list[SafetySignal]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes ~100,000 long-lived objects and no garbage cycles worth finding:
    Python's cycle collector would walk them again and again (a fifth of the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Analyzer:
    """Needs, safety signals and question style for Dutch utterances."""

    def __init__(self, extra_dirs: list[Path] | None = None, use_model: bool = True) -> None:
        started = time.perf_counter()
        with _collector_paused():
            table = LemmaTable()
            snap = load_snapshot(table, extra_dirs or [], use_model)
            self.lexicons = snap.lexicons
            normalizer = Normalizer(
                table.key,
                snap.keys,
                snap.wildcards,
                snap.fuzzy,
                table.is_known,
                snap.tails,
                table.is_word,
            )
            self.nlp = build_nlp(snap.lemma_rows, normalizer)
            self.matcher = LexiconMatcher(self.nlp, snap.entries, snap.plan)
            self.model: NeedModel | None = None
            self.danger: DangerModel | None = None
            if snap.model_data is not None:
                needs_data, danger_data = snap.model_data
                self.model = model_from_data(needs_data, checked=True)
                self.danger = danger_from_data(danger_data, checked=True)
        self._lock = threading.Lock()
        self.load_seconds = time.perf_counter() - started

    def parse(self, text: str) -> tuple[Doc, dict[str, list[Match]]]:
        """The normalised doc and every lexicon match, grouped by family."""
        with self._lock:
            doc = self.nlp(text)
            found = self.matcher.find(doc)
        families: dict[str, list[Match]] = {}
        for match in found:
            families.setdefault(match.entry.family, []).append(match)
        return doc, families

    def scope(self, doc: Doc, found: dict[str, list[Match]]) -> Scope:
        """The scope rules for this doc; a joke marker cancels the needs of its sentence."""
        jokes = [m for m in found.get("idiom", []) if m.entry.label == "joke"]
        return Scope(doc, found.get("cue", []), self.lexicons.scope, jokes)

    def rules(self, text: str) -> RuleView:
        """What the lexicons and scope rules find, before the learned layer joins in."""
        doc, found = self.parse(text)
        scope = self.scope(doc, found)
        kept = [m for m in found.get("need", []) if scope.keeps(m)]
        sentences = [c.sentence for c in scope.clauses]
        idioms = found.get("idiom", [])
        live = [
            m
            for m in found.get("signal", [])
            if not long_over(m, idioms, scope.clause_of, sentences)
            and not in_public(m, idioms, scope.people.named_in, scope.clause_of, sentences)
        ]
        safety = self.lexicons.safety
        meant = kept_signals(doc, live, idioms, safety, scope.clause_of, sentences)
        kept += scope.violence_at_home(meant)
        kept += [m for m in _suicide_needs(meant) if scope.keeps(m)]
        needs = score_needs(doc, kept, urgent=meant)
        told = {need.domain for need in needs}
        return RuleView(
            doc=doc,
            scope=scope,
            needs=needs,
            urgent=urgent_domains(kept, meant),
            settled=settled_domains(scope, [m for m in kept if m.entry.label in told]),
            signals=find_signals(doc, meant, safety),
        )

    def analyze(self, text: str) -> UtteranceAnalysis:
        """Needs (highest confidence first) and safety signals in one utterance."""
        view = self.rules(text)
        needs, hints = view.needs, []
        if self.model is not None or self.danger is not None:
            found = token_features(view.doc, view.scope)
            if self.model is not None:
                needs = with_learned(view, found, self.model)
            if self.danger is not None:
                signalled = {signal.kind for signal in view.signals}
                hints = self.danger.hints(view.doc, found, signalled)
        return UtteranceAnalysis(needs=needs, signals=view.signals, hints=hints)

    def needs(self, text: str) -> list[NeedHit]:
        return self.analyze(text).needs

    def signals(self, text: str) -> list[SafetySignal]:
        return self.analyze(text).signals

    def question(self, text: str) -> QuestionAnalysis:
        """Kind of question, advice, judging, frames and domains of a worker's utterance."""
        doc, found = self.parse(text)
        return analyze_question(
            doc,
            found.get("q", []),
            [
                *(m for m in found.get("need", []) if m.entry.kind != "lack"),
                *found.get("topic", []),
            ],
            self.lexicons.question,
        )


_instance: Analyzer | None = None
_instance_lock = threading.Lock()


def get_analyzer() -> Analyzer:
    """The shared analyzer, loaded on first use (thread-safe, loads only once)."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Analyzer(extra_dirs_from_env())
    return _instance
