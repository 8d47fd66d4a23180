"""One running conversation: the engine session, its saved record and the plan.

Textual-free, so the flow can be tested and reasoned about without a terminal. The
screen asks it what to show (:meth:`view`, :meth:`domain_state`) and tells it what
happened (answers, analysis results); it saves through the store after every step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.app.services.analysis import record_needs, record_signals, signal_view
from assistant.app.services.dialogs import DialogEntry
from assistant.app.services.hints import hint_message, new_hints
from assistant.app.services.views import AnswerSpec, DomainState, SignalView, StepView
from assistant.app.texts import knowledge
from assistant.engine import Session
from assistant.engine.migration import resume
from assistant.errors import KeukentafelError
from assistant.plan.build import build_plan
from assistant.plan.model import PlanVanAanpak
from assistant.store import SessionRecord, SessionStore


class Conversation:
    """Ties a :class:`Session` to its :class:`SessionRecord`; see the module docstring."""

    def __init__(self, session: Session, record: SessionRecord) -> None:
        self.session = session
        self.record = record
        self.warnings: list[str] = []
        self.today: date | None = None
        """Fixed plan date (tests); ``None`` is the real date."""
        ui = (record.plan or {}).get("ui", {})
        self.acknowledged: int = int(ui.get("acknowledged", 0))
        self.hinted: set[tuple[str, str]] = set()
        """(step id, kind) of danger hints shown; kept in memory only, never saved."""
        saved = (record.plan or {}).get("plan")
        self._plan: PlanVanAanpak | None = PlanVanAanpak.model_validate(saved) if saved else None

    @classmethod
    def new(cls, entry: DialogEntry, label: str) -> Conversation:
        """A fresh conversation on a checked dialog."""
        if entry.dialog is None:
            raise KeukentafelError(f"De gespreksleidraad {entry.path.name} bevat fouten.")
        session = Session(entry.dialog)
        record = SessionRecord(
            label=label, dialog_id=entry.dialog.id, dialog_hash=entry.dialog.content_hash
        )
        return cls(session, record)

    @classmethod
    def resume(cls, record: SessionRecord, entries: list[DialogEntry]) -> Conversation:
        """Restore a saved conversation; a changed dialog is restored with a warning."""
        entry = next((e for e in entries if e.ok and e.id == record.dialog_id), None)
        if entry is None or entry.dialog is None:
            raise KeukentafelError(
                f"De gespreksleidraad '{record.dialog_id}' van dit gesprek is niet gevonden. "
                "Start de app met --dialog PAD naar dat bestand."
            )
        migration = resume(record.engine, entry.dialog)
        if migration.phase is not None and not migration.same_step:
            migration.continue_from_phase()
        conversation = cls(migration.session, record)
        if migration.message:
            conversation.warnings.append(migration.message)
        if migration.unplaced:
            # Answers that no longer fit the changed dialog go into the notes, never lost.
            lines = ["Antwoorden uit de vorige versie van het gesprek:"]
            lines += migration.unplaced_lines()
            conversation.notes = "\n".join([record.notes, *lines]).strip()
        return conversation

    # -- reading ---------------------------------------------------------------------

    @property
    def label(self) -> str:
        return self.record.label

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def notes(self) -> str:
        return self.record.notes

    @notes.setter
    def notes(self, text: str) -> None:
        self.record.notes = text

    def view(self) -> StepView:
        """The current step as the screen shows it."""
        session, step = self.session, self.session.current
        phase = knowledge().phase_label(step.phase)
        count = len(session.state.history)
        if session.finished:
            return StepView(
                phase,
                "Het gesprek is afgerond. Dank u wel.",
                [],
                None,
                None,
                f"{count} stappen gedaan. F4 opent het plan van aanpak.",
            )
        status = f"Stap {count + 1} · Ctrl+O overslaan · Ctrl+N notities · Esc startscherm"
        if session.method_block:
            status = f"[b $warning]{session.method_block}[/]\n" + status
        return StepView(
            phase, session.prompt, session.phrasings, step.tip, self._answer_spec(), status
        )

    def _answer_spec(self) -> AnswerSpec | None:
        step = self.session.current
        domain = self.session.focus if step.domain == "focus" else step.domain
        levels = list(knowledge().domain(domain).levels) if domain else []
        return AnswerSpec(
            kind=step.answer,
            options=self.session.options,
            domain=domain,
            level_texts=levels,
            fields=step.entry_fields,
            optional=step.optional,
        )

    def domain_state(self) -> DomainState:
        """Needs, scores and frame progress for the side panel."""
        state = self.session.state
        return DomainState(
            needs={need.domain for need in state.needs},
            scores={str(k): v for k, v in state.scores.items()},
            frames={n.domain: set(n.covered) | set(n.skipped) for n in state.needs},
            focus=state.focus,
        )

    def focus_frames(self) -> tuple[str | None, set[str], dict[str, str]]:
        """The need in focus (or the last need), its covered frames and skipped ones."""
        state = self.session.state
        need = next((n for n in state.needs if n.domain == state.focus), None)
        if need is None and state.needs:
            need = state.needs[-1]
        if need is None:
            return None, set(), {}
        return need.domain, set(need.covered), {str(k): v for k, v in need.skipped.items()}

    def open_signals(self) -> list[SignalView]:
        """Signals not yet acknowledged by the worker, for the banner."""
        return [signal_view(s.kind, s.text) for s in self.session.signals[self.acknowledged :]]

    # -- acting ----------------------------------------------------------------------

    def answer(self, value: Any) -> list[SignalView]:
        """Answer the current step; returns signals the dialog raised, for the banner."""
        before = len(self.session.signals)
        self.session.answer(value)
        return [signal_view(s.kind, s.text) for s in self.session.signals[before:]]

    def skip(self, reason: str) -> None:
        self.session.skip(reason)

    def back(self) -> None:
        self.session.back()

    def acknowledge_signals(self) -> None:
        self.acknowledged = len(self.session.signals)

    def record_signals(self, analysis: Any, text: str) -> list[SignalView]:
        """Raise signals found by language analysis; each kind once per step."""
        return record_signals(self.session, self.acknowledged, analysis, text)

    def hint_messages(self, analysis: Any) -> list[tuple[str, str]]:
        """(title, message) per danger hint to show now; nothing goes into the session."""
        fresh = new_hints(self.session, self.acknowledged, self.hinted, analysis)
        return [hint_message(hint) for hint in fresh]

    def record_needs(self, analysis: Any, text: str) -> list[str]:
        """Add the needs found in a given answer to the session; returns new domains."""
        return record_needs(self.session, analysis, text)

    # -- plan and saving -------------------------------------------------------------

    @property
    def plan(self) -> PlanVanAanpak:
        """The plan, rebuilt from the session; the worker's edits and picks are kept."""
        previous = self._plan
        chosen = previous.chosen if previous else ()
        self._plan = build_plan(
            self.session.result,
            label=self.label,
            chosen=chosen,
            dialog_id=self.record.dialog_id,
            previous=previous,
        )
        return self._plan

    def set_plan(self, plan: PlanVanAanpak, save: bool = True) -> None:
        """Keep an edited plan (the screen saves it through the app)."""
        self._plan = plan

    def save(self, store: SessionStore) -> None:
        """Write the whole conversation to the store in one transaction."""
        plan = self._plan.model_dump(mode="json") if self._plan else None
        self.record.engine = self.session.to_json()
        self.record.plan = {"plan": plan, "ui": {"acknowledged": self.acknowledged}}
        self.record = store.save(self.record)
