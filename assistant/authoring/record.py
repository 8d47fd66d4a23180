"""Writes a golden transcript from a played session: the quickest way to a first test.

A trainer plays the dialog once with an answers file (the format of ``dialogs play
--answers``), checks the outcome, and keeps it as a golden file. The file lists every
step that was visited with its answer, and the needs, frames and signals that came
out, so any later change in the dialog that alters them shows up in ``dialogs test``.
"""

from __future__ import annotations

import json
from typing import Any

from assistant.engine import Session


def toml_value(value: Any) -> str:
    """``value`` as a TOML value (strings, numbers, booleans, lists, flat tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def case_text(session: Session, description: str) -> str:
    """A golden file for what ``session`` did, as TOML text."""
    out = [f"description = {toml_value(description)}", ""]
    for entry in session.state.history:
        out.append("[[turns]]")
        out.append(f"step = {toml_value(entry.step)}")
        if entry.skipped and entry.reason:
            out.append(f"skip = {toml_value(entry.reason)}")
        elif entry.answer is not None:
            out.append(f"answer = {toml_value(entry.answer)}")
        out.append("")
    result = session.result
    out.append("[expect]")
    out.append(f"finished = {toml_value(result.finished)}")
    out.append(f"path = {toml_value(result.visited)}")
    needs = [
        {"domain": n.domain, "frames": [f for f, yes in n.frames.items() if yes]}
        for n in result.needs
    ]
    out.append(f"needs = {toml_value(needs)}")
    out.append(f"frames = {toml_value([f for f, yes in result.frames.items() if yes])}")
    out.append(f"signals = {toml_value([s.kind for s in result.signals])}")
    return "\n".join(out) + "\n"
