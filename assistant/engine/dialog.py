"""A loaded, validated dialog: the file's models plus everything compiled from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.engine.condition import Node
from assistant.engine.format import DialogFile, SlotSpec, Step


@dataclass(frozen=True, eq=False)
class Dialog:
    """A dialog that passed every check; sessions walk it. Build with ``load_dialog``."""

    spec: DialogFile
    path: str
    """The file it came from, as the user named it."""
    content_hash: str
    """sha256 of the file text: a restored session notices a changed dialog."""
    conditions: dict[tuple[str, str, int], Node] = field(repr=False)
    """Compiled conditions by (step id, "transition"/"effect", index)."""
    steps: dict[str, Step] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", {step.id: step for step in self.spec.steps})

    @property
    def id(self) -> str:
        """The dialog's slug."""
        return self.spec.dialog.id

    @property
    def title(self) -> str:
        """The dialog's title."""
        return self.spec.dialog.title

    @property
    def start(self) -> Step:
        """The first step."""
        return self.steps[self.spec.dialog.start]

    @property
    def slots(self) -> dict[str, SlotSpec]:
        """The declared slots."""
        return self.spec.slots

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError when there is none)."""
        return self.steps[step_id]

    def options(self, step: Step) -> list[str]:
        """The choices of a choice step: its own options, else its slot's."""
        if step.options:
            return list(step.options)
        spec = self.spec.slots.get(step.slot or "")
        return list(spec.options or []) if spec else []

    def phase_start(self, phase: str) -> Step | None:
        """The first step (in file order) of a phase, or None."""
        return next((step for step in self.spec.steps if step.phase == phase), None)

    def phases(self) -> list[str]:
        """The phases that occur in this dialog, in order of first appearance."""
        return list(dict.fromkeys(step.phase for step in self.spec.steps))
