"""A practice conversation with one simulated client.

The client tells its story fact by fact, depending on what the trainee asks and how:
an open question gets the fuller story, a closed one a short answer, a suggestive one
a polite "ja". Warned phrases, "ja, maar", judging and advice before the client feels
heard make the client close up for a few turns (seed 4.1, 4.2 and 5.2). There is no
randomness: the same transcript always gives the same replies.
"""

from __future__ import annotations

import hashlib

from assistant.practice.analysis import Analyzer, QuestionLike, Turn, default_analyzer
from assistant.practice.feedback import build_feedback
from assistant.practice.models import Fact, Persona
from assistant.practice.report import Feedback
from assistant.practice.resistance import trigger_of
from assistant.practice.reveal import RANK, Reveal, choose_reveal


class PracticeSession:
    """One trainee talking to one persona; ask, then conclude, then read the feedback."""

    def __init__(self, persona: Persona, analyzer: Analyzer | None = None) -> None:
        self.persona = persona
        self.analyzer = analyzer or default_analyzer()
        self.turns: list[Turn] = []
        self.told: dict[str, str] = {}
        """Fact id -> how fully it was told (yes, short, full)."""
        self.dropped: list[str] = [o.id for o in persona.openings if o.at_start]
        self.followed: list[str] = []
        self.conclusion: str | None = None
        self._closed_for = 0
        self._last_trigger: str | None = None

    @property
    def opening(self) -> str:
        """What the client says first: the aanmeldvraag and any hints dropped at once."""
        hints = [o.hint for o in self.persona.openings if o.at_start]
        return " ".join([self.persona.persona.aanmeldvraag, *hints])

    @property
    def open_questions(self) -> int:
        """How many open questions the trainee asked so far."""
        return sum(1 for t in self.turns if t.kind == "open")

    def ask(self, utterance: str) -> Turn:
        """Let the client react to one trainee line; returns the recorded turn."""
        text = utterance.strip()
        question = self.analyzer.question(text)
        heard = self.open_questions >= self.persona.resistance.heard_after
        trigger = trigger_of(question, heard)
        reveal = Reveal()
        closed = False
        if trigger is not None:
            # Still closed up after the same kind of remark: no new explanation, just short.
            if self._closed_for > 0 and trigger == self._last_trigger:
                reply = self._pick(self.persona.resistance.closed, text)
            else:
                reply = str(getattr(self.persona.resistance, trigger))
            self._closed_for = self.persona.resistance.turns
            self._last_trigger = trigger
        elif self._closed_for > 0:
            self._closed_for -= 1
            closed = True
            reply = self._pick(self.persona.resistance.closed, text)
        else:
            reveal = choose_reveal(self, text, question)
            self.dropped.extend(reveal.dropped)
            self.followed.extend(reveal.followed)
            reply = self._reply(reveal, text)
        turn = self._record(text, question, reply, reveal, trigger, closed)
        self.turns.append(turn)
        return turn

    def conclude(self, text: str) -> None:
        """Store the trainee's vraag achter de vraag and proposed next steps."""
        self.conclusion = text.strip()

    def feedback(self) -> Feedback:
        """Feedback on the whole conversation so far."""
        return build_feedback(self)

    def _reply(self, reveal: Reveal, text: str) -> str:
        if reveal.fact is None:
            if reveal.polite_yes is not None:
                return reveal.polite_yes
            return self._pick(self.persona.persona.fillers, text)
        return self._tell(reveal.fact, reveal.depth, reveal.hints)

    def _tell(self, fact: Fact, depth: str, hints: list[str]) -> str:
        if RANK[depth] > RANK.get(self.told.get(fact.id, ""), 0):
            self.told[fact.id] = depth
        words = {"full": fact.full, "short": fact.short, "yes": fact.yes}[depth]
        return " ".join([words, *hints])

    def _pick(self, options: list[str], text: str) -> str:
        """A deterministic choice, seeded from the transcript so far."""
        seed = "\n".join([*(t.text for t in self.turns), text]).encode("utf-8")
        digest = int.from_bytes(hashlib.sha256(seed).digest()[:4], "big")
        return options[digest % len(options)]

    def _record(
        self,
        text: str,
        question: QuestionLike,
        reply: str,
        reveal: Reveal,
        trigger: str | None,
        closed: bool,
    ) -> Turn:
        facts = [self.persona.fact(f) for f in reveal.told]
        frames = dict.fromkeys([*question.frames, *(f.frame for f in facts if f.frame)])
        domains = dict.fromkeys([*question.domains, *(f.domain for f in facts if f.domain)])
        return Turn(
            index=len(self.turns) + 1,
            text=text,
            kind=question.kind,
            yes_but=question.yes_but,
            no_because=question.no_because,
            advice=question.advice,
            judging=question.judging,
            warned_phrase=question.warned_phrase,
            frames=tuple(frames),
            domains=tuple(domains),
            reply=reply,
            told=tuple(reveal.told),
            dropped=tuple(reveal.dropped),
            followed=tuple(reveal.followed),
            resistance=trigger,
            closed=closed,
        )
