"""Checks the shape of the conversation: ids, targets, reachability, a way to an end.

Works on the raw step tables too, so that one schema error elsewhere in a step does not
make its neighbours look unreachable.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.engine.report import Reporter
from assistant.errors import did_you_mean
from assistant.toml_lines import Path


@dataclass
class Node:
    """One step as the graph sees it."""

    index: int
    id: str
    end: bool
    targets: list[tuple[str, Path]] = field(default_factory=list)


def nodes_from_raw(raw_steps: Sequence[Any]) -> list[Node]:
    """Graph nodes read leniently from the raw step tables (ids that are text only)."""
    nodes: list[Node] = []
    for index, raw in enumerate(raw_steps):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            continue
        node = Node(index, raw["id"], raw.get("end") is True)
        if isinstance(raw.get("next"), str):
            node.targets.append((raw["next"], ("steps", index, "next")))
        transitions = raw.get("transitions")
        for i, transition in enumerate(transitions if isinstance(transitions, list) else []):
            if isinstance(transition, dict) and isinstance(transition.get("to"), str):
                node.targets.append((transition["to"], ("steps", index, "transitions", i, "to")))
        nodes.append(node)
    return nodes


def check_graph(nodes: list[Node], start: str | None, report: Reporter) -> None:
    """Report duplicate ids, unknown targets, unreachable steps and dead ends."""
    by_id: dict[str, Node] = {}
    for node in nodes:
        if node.id in by_id:
            first = by_id[node.id].index
            line = report.locator.line(("steps", first)) if report.locator else None
            also = f" (ook op regel {line})" if line else ""
            report.add(
                f"stap-id '{node.id}' komt twee keer voor{also}",
                ("steps", node.index, "id"),
                where=node.id,
            )
        else:
            by_id[node.id] = node
    ids = list(by_id)
    if start is not None and start not in by_id:
        report.add(
            f"startstap '{start}' bestaat niet", ("dialog", "start"), hint=did_you_mean(start, ids)
        )
    # A misspelt target is reported once; for the rest of the checks we assume the step
    # the trainer probably meant, so one typo does not make half the dialog look broken.
    edges: dict[str, list[str]] = {step_id: [] for step_id in by_id}
    # A step without any way on is reported by the step checks; do not report it twice.
    open_ended = {node.id for node in nodes if not node.targets and not node.end}
    for node in nodes:
        for target, at in node.targets:
            if target in by_id:
                edges[node.id].append(target)
                continue
            hint = did_you_mean(target, ids)
            report.add(f"overgang naar onbekende stap '{target}'", at, where=node.id, hint=hint)
            guess = difflib.get_close_matches(target, ids, n=1)
            edges[node.id].extend(guess)
            if not guess:
                open_ended.add(node.id)
    if not any(node.end for node in nodes):
        report.add("er is geen eindstap: geef minstens één stap end = true", ("steps",))
        return
    reached = _reach([start] if start in by_id else [], edges)
    for node in by_id.values():
        if start in by_id and node.id not in reached:
            report.add(
                f"stap '{node.id}' is niet bereikbaar vanaf de start '{start}'",
                ("steps", node.index, "id"),
                where=node.id,
            )
    reverse: dict[str, list[str]] = {step: [] for step in edges}
    for source, targets in edges.items():
        for target in targets:
            reverse[target].append(source)
    can_end = _reach([n.id for n in by_id.values() if n.end] + sorted(open_ended), reverse)
    for node in by_id.values():
        if node.id not in can_end and (node.id in reached or start not in by_id):
            report.add(
                f"vanaf stap '{node.id}' is geen eindstap bereikbaar",
                ("steps", node.index, "id"),
                where=node.id,
            )


def _reach(starts: list[str], edges: dict[str, list[str]]) -> set[str]:
    seen = set(starts)
    todo = list(starts)
    while todo:
        for target in edges.get(todo.pop(), []):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen
