"""Seeded random walks through a dialog: does every walk end, does any step break?

Each walk starts a real session and gives every step a random answer that fits its
kind (sometimes leaving an optional step empty, sometimes skipping a frame step with a
reason, now and then going back one step). A walk fails when a step raises an error
(also when it refuses an answer that fits its kind), when going back does not restore
the state exactly, or when it has not ended after :data:`MAX_FACTOR` x the number of
steps. Coverage counts the steps and the transitions (from -> to) the walks used, so a
trainer sees which parts of the dialog no walk reached. The same seed gives the same
walks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from assistant.authoring.routes import edges
from assistant.engine import AnswerError, Dialog, Session, Step
from assistant.knowledge.vocabulary import DOMAIN_SLUGS

MAX_FACTOR = 20
TEXTS = (
    "Dat weet ik eigenlijk niet zo goed.",
    "Mijn buurvrouw helpt soms met boodschappen.",
    "Het gaat niet goed met het geld, er komen brieven.",
    "Ik wil weer rust in mijn hoofd.",
    "Vroeger ging ik elke week naar de club.",
)
SKIP_REASON = "overgeslagen in een willekeurige wandeling"


@dataclass
class WalkFailure:
    """One walk that broke: where, why, and the answers that led there."""

    walk: int
    step: str
    message: str
    answers: list[str]


@dataclass
class WalkReport:
    """The outcome of all walks, with coverage."""

    walks: int
    seed: int
    failures: list[WalkFailure] = field(default_factory=list)
    steps_seen: set[str] = field(default_factory=set)
    edges_seen: set[tuple[str, str]] = field(default_factory=set)
    all_steps: list[str] = field(default_factory=list)
    all_edges: list[tuple[str, str]] = field(default_factory=list)

    @property
    def unreached_steps(self) -> list[str]:
        """Steps no walk visited, in file order."""
        return [step for step in self.all_steps if step not in self.steps_seen]

    @property
    def unreached_edges(self) -> list[tuple[str, str]]:
        """Transitions no walk took, in file order."""
        return [edge for edge in self.all_edges if edge not in self.edges_seen]


def run_walks(dialog: Dialog, walks: int, seed: int) -> WalkReport:
    """Run ``walks`` random walks; walk *i* uses ``random.Random(f"{seed}-{i}")``."""
    report = WalkReport(walks, seed, all_steps=[s.id for s in dialog.spec.steps])
    report.all_edges = list(dict.fromkeys((e.source, e.target) for e in edges(dialog)))
    for number in range(1, walks + 1):
        failure = _walk(dialog, random.Random(f"{seed}-{number}"), number, report)
        if failure is not None:
            report.failures.append(failure)
    return report


def _walk(
    dialog: Dialog, rng: random.Random, number: int, report: WalkReport
) -> WalkFailure | None:
    session = Session(dialog)
    done: list[str] = []
    before: list[dict[str, Any]] = []
    limit = MAX_FACTOR * len(dialog.spec.steps)
    report.steps_seen.add(session.current.id)
    for _ in range(limit):
        if session.finished:
            return None
        step = session.current
        try:
            if before and rng.random() < 0.05:
                session.back()
                done.append("(terug)")
                if _state(session) != before.pop():
                    message = "terug (back) gaf niet precies de stand van vóór deze stap"
                    return WalkFailure(number, step.id, message, done)
                continue
            before.append(_state(session))
            done.append(_act(session, step, rng))
        except Exception as exc:  # any crash is exactly what a walk reports
            message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
            return WalkFailure(number, step.id, message, done)
        if not session.finished:
            report.steps_seen.add(session.current.id)
            report.edges_seen.add((step.id, session.current.id))
    return WalkFailure(
        number, session.current.id, f"niet afgelopen na {limit} stappen (een lus?)", done
    )


def _state(session: Session) -> dict[str, Any]:
    """The session state to compare around ``back()``; signals rightly survive it."""
    return session.state.model_dump(mode="json", exclude={"signals"})


def _act(session: Session, step: Step, rng: random.Random) -> str:
    """Answer or skip ``step`` at random; returns what was done, for the failure report."""
    block = session.method_block
    wants_skip = step.effective_frame is not None and rng.random() < 0.15
    if block or wants_skip:
        session.skip(SKIP_REASON)
        return f"{step.id}: overgeslagen"
    if step.optional and rng.random() < 0.15:
        session.answer("")
        return f"{step.id}: (leeg)"
    value = random_answer(session, step, rng)
    try:
        session.answer(value)
    except AnswerError as exc:
        raise RuntimeError(f"antwoord {value!r} geweigerd: {exc.message}") from exc
    return f"{step.id}: {value!r}"


def random_answer(session: Session, step: Step, rng: random.Random) -> Any:
    """A random answer that fits the kind of ``step``."""
    kind = step.answer
    if kind == "none":
        return None
    if kind == "choice":
        return rng.choice(session.options)
    if kind == "yesno":
        return rng.random() < 0.5
    if kind == "score":
        return rng.randint(1, 5)
    if kind == "domains":
        return rng.sample(DOMAIN_SLUGS, rng.randint(1, 3))
    if kind == "list":
        return {name: rng.choice(TEXTS) for name in step.entry_fields}
    return rng.choice(TEXTS)


def report_lines(report: WalkReport) -> list[str]:
    """The walk report as Dutch lines: failures first, then coverage."""
    lines = [f"Wandelingen: {report.walks} (seed {report.seed})."]
    for failure in report.failures:
        lines.append(f"FOUT  wandeling {failure.walk}, stap '{failure.step}': {failure.message}")
        if failure.answers:
            lines.append(f"      laatste acties: {'; '.join(failure.answers[-5:])}")
    if not report.failures:
        lines.append("Alle wandelingen kwamen bij een eindstap, zonder fouten.")
    lines.append(_coverage("Stappen", len(report.all_steps), report.unreached_steps))
    unreached = [f"{a} → {b}" for a, b in report.unreached_edges]
    lines.append(_coverage("Overgangen", len(report.all_edges), unreached))
    return lines


def _coverage(what: str, total: int, unreached: list[str]) -> str:
    reached = total - len(unreached)
    share = round(100 * reached / total) if total else 100
    text = f"{what} bereikt: {reached} van {total} ({share}%)."
    if unreached:
        text += f" Niet bereikt: {', '.join(unreached)}."
    return text
