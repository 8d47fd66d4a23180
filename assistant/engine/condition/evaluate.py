"""Evaluates a checked condition tree against a session. Plain dispatch on node types:
no Python evaluation, no attribute access, only the functions listed in :mod:`.check`."""

from __future__ import annotations

from typing import Any, Protocol

from assistant.engine.condition.nodes import BinOp, Call, Const, ListLit, Name, Node, Not
from assistant.engine.errors import ConditionError


class Context(Protocol):
    """What a condition can see of a session."""

    def has_slot(self, name: str) -> bool: ...
    def slot_value(self, name: str) -> Any: ...
    def slot_answered(self, name: str) -> bool: ...
    def answer_value(self) -> Any: ...
    def focus_domain(self) -> str | None: ...
    def score_of(self, domain: str) -> int: ...
    def need_exists(self, domain: str) -> bool: ...
    def needs_total(self) -> int: ...
    def needs_open(self) -> int: ...
    def signal_exists(self, kind: str | None) -> bool: ...
    def frame_covered(self, frame: str) -> bool: ...


def evaluate(node: Node, ctx: Context) -> Any:
    """The value of ``node``; a checked condition evaluates to a bool."""
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Name):
        return _name(node.name, ctx)
    if isinstance(node, ListLit):
        return [evaluate(item, ctx) for item in node.items]
    if isinstance(node, Not):
        return not evaluate(node.operand, ctx)
    if isinstance(node, Call):
        return _call(node, ctx)
    return _binop(node, ctx)


def holds(node: Node | None, ctx: Context) -> bool:
    """Whether a condition holds; no condition always holds."""
    return True if node is None else bool(evaluate(node, ctx))


def _name(name: str, ctx: Context) -> Any:
    if ctx.has_slot(name):
        return ctx.slot_value(name)
    if name == "answer":
        return ctx.answer_value()
    if name == "focus":
        return ctx.focus_domain() or ""
    return name  # a bare slug stands for itself


def _binop(node: BinOp, ctx: Context) -> Any:
    if node.op == "and":
        return evaluate(node.left, ctx) and evaluate(node.right, ctx)
    if node.op == "or":
        return evaluate(node.left, ctx) or evaluate(node.right, ctx)
    left, right = evaluate(node.left, ctx), evaluate(node.right, ctx)
    if node.op in ("in", "not in"):
        if isinstance(right, str):
            found = str(left).casefold() in right.casefold()
        else:
            found = left in right
        return found if node.op == "in" else not found
    result: bool
    if node.op == "==":
        result = left == right
    elif node.op == "!=":
        result = left != right
    elif node.op == "<":
        result = left < right
    elif node.op == "<=":
        result = left <= right
    elif node.op == ">":
        result = left > right
    else:
        result = left >= right
    return result


def _arg(node: Call, ctx: Context) -> str | None:
    if not node.args:
        return None
    arg = node.args[0]
    name = arg.name if isinstance(arg, Name) else str(evaluate(arg, ctx))
    if name == "focus" and node.func in ("score", "has_need"):
        return ctx.focus_domain()
    return name


def _call(node: Call, ctx: Context) -> Any:
    arg = _arg(node, ctx)
    func = node.func
    if func == "score":
        return ctx.score_of(arg) if arg else 0
    if func == "has_need":
        return ctx.need_exists(arg) if arg else False
    if func == "needs_count":
        return ctx.needs_total()
    if func == "open_needs":
        return ctx.needs_open()
    if func == "answered":
        return ctx.slot_answered(arg or "")
    if func == "count":
        value = ctx.answer_value() if arg == "answer" else ctx.slot_value(arg or "")
        return len(value) if isinstance(value, list) else 0
    if func == "has_signal":
        return ctx.signal_exists(arg)
    if func == "covered":
        return ctx.frame_covered(arg or "")
    if func == "has_focus":
        return ctx.focus_domain() is not None
    raise ConditionError(f"onbekende functie '{func}'", column=node.pos + 1)
