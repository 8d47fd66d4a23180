"""The texts of a dialog that a worker says or reads: prompts and suggested phrasings.

Tips are left out on purpose: a tip may quote a phrasing to avoid ("vraag niet 'ja,
maar'"). Template fields such as ``{focus}`` are filled with a neutral word, so the
analysis sees a normal sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.engine import Dialog, Step
from assistant.toml_lines import Locator

_TEMPLATE = re.compile(r"\{[^{}]*\}")
OPEN_MEANT = frozenset({"text", "list", "domains"})
"""Answer kinds that expect the client's own story, so a question there should be open.
A yes/no, choice or score step may ask a closed question, and so may a step without an
answer (a summary that checks "Klopt dat?")."""


@dataclass(frozen=True)
class StepText:
    """One prompt or phrasing, located in its file."""

    step: Step
    field: str
    """'prompt' or 'phrasings'."""
    text: str
    """With template fields filled in."""
    line: int | None

    @property
    def meant_open(self) -> bool:
        """Whether a question here should be open."""
        return self.step.answer in OPEN_MEANT


def step_texts(dialog: Dialog, locator: Locator) -> list[StepText]:
    """Every prompt and phrasing, in file order."""
    found: list[StepText] = []
    for index, step in enumerate(dialog.spec.steps):
        line = locator.line(("steps", index, "prompt"))
        found.append(StepText(step, "prompt", fill(step.prompt), line))
        for number, phrasing in enumerate(step.phrasings):
            line = locator.line(("steps", index, "phrasings", number))
            found.append(StepText(step, "phrasings", fill(phrasing), line))
    return found


def fill(text: str) -> str:
    """``text`` with each template field replaced by a neutral word."""
    return _TEMPLATE.sub("dit", text)
