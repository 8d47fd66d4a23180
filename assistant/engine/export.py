"""The dialog as a graph for Mermaid or Graphviz, with a box per phase."""

from __future__ import annotations

import json

from assistant.engine.dialog import Dialog
from assistant.engine.format import Step
from assistant.engine.player import phase_title


def _edges(step: Step) -> list[tuple[str, str]]:
    """(target, label) for each way out of ``step``."""
    if step.next:
        return [(step.next, "")]
    return [(t.to, t.when or "anders") for t in step.transitions]


def _by_phase(dialog: Dialog) -> dict[str, list[Step]]:
    groups: dict[str, list[Step]] = {}
    for step in dialog.steps.values():
        groups.setdefault(step.phase, []).append(step)
    return groups


def to_mermaid(dialog: Dialog) -> str:
    """Mermaid flowchart text."""
    lines = ["flowchart TD"]
    for phase, steps in _by_phase(dialog).items():
        lines.append(f'  subgraph {phase}["{phase_title(phase)}"]')
        for step in steps:
            shape = ("([", "])") if step.end else ("[", "]")
            label = step.id.replace('"', "'")
            lines.append(f'    {_mid(step.id)}{shape[0]}"{label}"{shape[1]}')
        lines.append("  end")
    for step in dialog.steps.values():
        for target, label in _edges(step):
            text = label.replace('"', "'")
            arrow = f' -->|"{text}"| ' if text else " --> "
            lines.append(f"  {_mid(step.id)}{arrow}{_mid(target)}")
    return "\n".join(lines) + "\n"


def to_dot(dialog: Dialog) -> str:
    """Graphviz DOT text."""
    lines = [f"digraph {json.dumps(dialog.id)} {{", "  rankdir=TB;", "  node [shape=box];"]
    for index, (phase, steps) in enumerate(_by_phase(dialog).items()):
        lines.append(f"  subgraph cluster_{index} {{")
        lines.append(f"    label={json.dumps(phase_title(phase), ensure_ascii=False)};")
        for step in steps:
            shape = " [shape=doubleoctagon]" if step.end else ""
            lines.append(f"    {json.dumps(step.id)}{shape};")
        lines.append("  }")
    for step in dialog.steps.values():
        for target, label in _edges(step):
            attr = f" [label={json.dumps(label, ensure_ascii=False)}]" if label else ""
            lines.append(f"  {json.dumps(step.id)} -> {json.dumps(target)}{attr};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mid(step_id: str) -> str:
    """A Mermaid node id: step ids may contain '-', which Mermaid reads as an edge."""
    return "s_" + step_id.replace("-", "__")
