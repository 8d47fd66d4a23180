"""The condition language of dialog files: parse once at load time, evaluate many times."""

from __future__ import annotations

from assistant.engine.condition.check import CheckEnv, check
from assistant.engine.condition.evaluate import Context, evaluate, holds
from assistant.engine.condition.nodes import Node
from assistant.engine.condition.parser import parse


def compile_condition(text: str, env: CheckEnv) -> Node:
    """Parse and type-check ``text``; raises ConditionError (Dutch message, column)."""
    node = parse(text)
    check(node, env)
    return node


__all__ = ["CheckEnv", "Context", "Node", "check", "compile_condition", "evaluate", "holds"]
__all__ += ["parse"]
