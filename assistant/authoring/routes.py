"""Routes through a dialog, as seen by the method: which frames a route has explored.

The lint rules about routes ask questions no graph checker can: "is there a way from
the start to a provisions step on which eigen kracht and netwerk were not explored for
the need in focus?" We answer them by walking an *abstract* dialog: a state is the
step plus the frames covered for the current need (reset where a step moves the focus
to the next need). There are at most 32 states per step, so every route is looked at.

Conditions are evaluated three-valued: ``covered(frame)`` and true/false are known in
the abstract state; everything else (answers, slots, scores) may go either way. The
engine takes the first transition whose condition holds, so a transition that surely
holds hides the ones after it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.engine import Dialog, Step
from assistant.engine.condition import Node
from assistant.engine.condition.nodes import BinOp, Call, Const, Name, Not


@dataclass(frozen=True)
class Edge:
    """One way from a step to another: a transition (``index``) or ``next`` (None)."""

    source: str
    target: str
    index: int | None
    condition: Node | None


@dataclass(frozen=True)
class RouteState:
    """A step, reached with these frames covered for the current need."""

    step: str
    covered: frozenset[str]
    focused: bool
    """A ``focus_next`` effect has run: frames now count for a need in focus."""


def edges(dialog: Dialog) -> list[Edge]:
    """Every way out of every step, transitions first (the order the engine tries them)."""
    return [edge for step in dialog.spec.steps for edge in edges_of(dialog, step)]


def truth(node: Node | None, state: RouteState) -> bool | None:
    """The condition's value in ``state``: True, False, or None when it depends."""
    if node is None:
        return True
    if isinstance(node, Const):
        return node.value if isinstance(node.value, bool) else None
    if isinstance(node, Not):
        inner = truth(node.operand, state)
        return None if inner is None else not inner
    if isinstance(node, Call) and node.func == "covered" and node.args:
        arg = node.args[0]
        if isinstance(arg, Name):
            return state.focused and arg.name in state.covered
        return None
    if isinstance(node, BinOp) and node.op in ("and", "or"):
        left, right = truth(node.left, state), truth(node.right, state)
        if node.op == "and":
            if left is False or right is False:
                return False
            return True if left and right else None
        if left or right:
            return True
        return False if left is False and right is False else None
    return None


def after_step(dialog: Dialog, step: Step, state: RouteState) -> list[RouteState]:
    """The abstract states once ``step`` is answered (before moving on)."""
    covered = set(state.covered)
    if step.effective_frame is not None:
        covered.add(step.effective_frame)
    results = [RouteState(step.id, frozenset(covered), state.focused)]
    for index, effect in enumerate(step.effects):
        condition = dialog.conditions.get((step.id, "effect", index))
        surely = condition is None
        updated: list[RouteState] = []
        for current in results:
            if effect.type == "focus_next":
                changed = RouteState(step.id, frozenset(), True)
            elif effect.type == "skip_frame":
                changed = RouteState(step.id, current.covered | {effect.frame}, current.focused)
            else:
                continue
            updated.append(changed)
            if not surely:
                updated.append(current)
        if updated:
            results = list(dict.fromkeys(updated))
    return results


def successors(dialog: Dialog, state: RouteState) -> Iterator[tuple[RouteState, str]]:
    """(next state, target step) for every way on that a real session could take."""
    step = dialog.step(state.step)
    if step.end:
        return
    for answered in after_step(dialog, step, state):
        for target in _targets(dialog, step, answered):
            yield RouteState(target, answered.covered, answered.focused), target


def _targets(dialog: Dialog, step: Step, state: RouteState) -> list[str]:
    targets: list[str] = []
    for edge in edges_of(dialog, step):
        value = truth(edge.condition, state)
        if value is False:
            continue
        targets.append(edge.target)
        if value is True:
            break
    return targets


def edges_of(dialog: Dialog, step: Step) -> list[Edge]:
    """The ways out of one step, in the order the engine tries them."""
    found = [
        Edge(step.id, t.to, i, dialog.conditions.get((step.id, "transition", i)))
        for i, t in enumerate(step.transitions)
    ]
    if step.next is not None:
        found.append(Edge(step.id, step.next, None, None))
    return found


def explore(dialog: Dialog) -> dict[RouteState, RouteState | None]:
    """Every reachable abstract state, with the state it was first reached from (BFS)."""
    first = RouteState(dialog.start.id, frozenset(), False)
    parents: dict[RouteState, RouteState | None] = {first: None}
    todo = deque([first])
    while todo:
        state = todo.popleft()
        for following, _ in successors(dialog, state):
            if following not in parents:
                parents[following] = state
                todo.append(following)
    return parents


def route_to(parents: dict[RouteState, RouteState | None], state: RouteState) -> list[str]:
    """The step ids of the shortest route from the start to ``state``."""
    route: list[str] = []
    current: RouteState | None = state
    while current is not None:
        route.append(current.step)
        current = parents[current]
    return route[::-1]


def show_route(route: list[str], keep: int = 3) -> str:
    """A route as ``a → b → … → y → z``, short enough for one line."""
    if len(route) > 2 * keep + 1:
        route = [*route[:keep], "…", *route[-keep:]]
    return " → ".join(route)
