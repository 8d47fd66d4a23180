"""Reads a dialog file and checks all of it, reporting every problem at once.

Order: TOML syntax (stops here when broken, as nothing else can be read), then the
shape of each table, then how steps fit the slots, then the graph. All problems from
the later stages are gathered into one :class:`DialogError`. TOML is read with
``tomli`` (a declared dependency): its compiled wheels are several times faster than
the standard library's ``tomllib``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import tomli

from assistant.engine.checks import CompileCache, ConditionKey, check_step
from assistant.engine.condition import Node
from assistant.engine.condition.check import FUNCTIONS
from assistant.engine.condition.tokens import KEYWORDS
from assistant.engine.dialog import Dialog
from assistant.engine.errors import DialogError
from assistant.engine.format import DialogFile, DialogInfo, SlotSpec, Step
from assistant.engine.graph import check_graph, nodes_from_raw
from assistant.engine.report import Reporter
from assistant.engine.schema import validate_part
from assistant.errors import Problem, did_you_mean, os_reason, sorted_problems
from assistant.toml_errors import toml_problem

TOP_KEYS = ("dialog", "slots", "steps")
RESERVED = frozenset(KEYWORDS | set(FUNCTIONS) | {"answer", "focus"})
_SLOT_NAME = re.compile(r"^[^\W\d]\w*$")


def load_dialog(path: str | Path) -> Dialog:
    """Load and check the dialog file at ``path``; DialogError lists every problem."""
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = os_reason(exc)
        raise DialogError(
            "Het dialoogbestand kan niet worden gelezen.", problems=[Problem(reason, path=shown)]
        ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = "het bestand is geen UTF-8-tekst; sla het op als UTF-8"
        raise DialogError(f"{shown} klopt niet", problems=[Problem(message, path=shown)]) from exc
    return load_dialog_text(text, shown)


def load_dialog_text(text: str, path: str = "<tekst>") -> Dialog:
    """Load and check a dialog from its TOML text; ``path`` is used in messages."""
    try:
        raw = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        problems = [toml_problem(exc, text, path)]
        raise DialogError(f"{path} is geen geldige TOML", problems=problems) from exc
    report = Reporter(path, text)
    info = _check_top(raw, report)
    slots = _check_slots(raw.get("slots", {}), report)
    raw_steps = raw.get("steps", [])
    steps: list[Step] = []
    conditions: dict[ConditionKey, Node] = {}
    cache: CompileCache = {}
    for index, raw_step in enumerate(raw_steps if isinstance(raw_steps, list) else []):
        where = raw_step.get("id") if isinstance(raw_step, dict) else None
        step = validate_part(Step, raw_step, ("steps", index), report, where)
        if step is not None:
            steps.append(step)
            check_step(index, step, slots, report, conditions, cache)
    if isinstance(raw_steps, list) and raw_steps:
        start = raw.get("dialog", {}).get("start") if isinstance(raw.get("dialog"), dict) else None
        check_graph(nodes_from_raw(raw_steps), start if isinstance(start, str) else None, report)
    if report.problems or info is None:
        count = len(report.problems)
        noun = "probleem" if count == 1 else "problemen"
        raise DialogError(
            f"{path}: {count} {noun} gevonden", problems=sorted_problems(report.problems)
        )
    spec = DialogFile(dialog=info, slots=slots, steps=steps)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Dialog(spec=spec, path=path, content_hash=digest, conditions=conditions)


def _check_top(raw: dict[str, Any], report: Reporter) -> DialogInfo | None:
    for key in raw:
        if key not in TOP_KEYS:
            report.add(
                f"onbekende tabel of sleutel '{key}'", (key,), hint=did_you_mean(key, TOP_KEYS)
            )
    steps = raw.get("steps")
    if not steps:
        report.add("er zijn geen stappen: voeg [[steps]] toe", ("steps",))
    elif not isinstance(steps, list) or not all(isinstance(s, dict) for s in steps):
        report.add("'steps' moet een lijst van [[steps]]-tabellen zijn", ("steps",))
    if "dialog" not in raw:
        report.add("de tabel [dialog] ontbreekt", ())
        return None
    info: DialogInfo | None = validate_part(DialogInfo, raw["dialog"], ("dialog",), report, None)
    return info


def _check_slots(raw: Any, report: Reporter) -> dict[str, SlotSpec]:
    if not isinstance(raw, dict):
        report.add("'slots' moet een tabel zijn: [slots.naam]", ("slots",))
        return {}
    slots: dict[str, SlotSpec] = {}
    for name, raw_slot in raw.items():
        at = ("slots", name)
        if not _SLOT_NAME.match(name) or name in RESERVED:
            report.add(
                f"'{name}' kan geen slotnaam zijn: gebruik letters, cijfers en '_', "
                "geen gereserveerd woord",
                at,
            )
            continue
        spec = validate_part(SlotSpec, raw_slot, at, report, f"slot {name}")
        if spec is None:
            continue
        if spec.type == "choice" and not spec.options:
            report.add(f"slot '{name}' is een keuze en heeft 'options' nodig", (*at, "type"))
        elif spec.type != "choice" and spec.options is not None:
            report.add("'options' hoort alleen bij een slot van type 'choice'", (*at, "options"))
        slots[name] = spec
    return slots
