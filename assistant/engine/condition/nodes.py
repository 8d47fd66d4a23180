"""The tree a condition is parsed into: plain immutable tuples, evaluated by our own code.

NamedTuples rather than dataclasses: a dialog compiles thousands of these at load time,
and tuples are the cheapest immutable records Python has.
"""

from __future__ import annotations

from typing import NamedTuple


class Const(NamedTuple):
    """A literal: number, text or true/false."""

    value: int | str | bool
    pos: int


class Name(NamedTuple):
    """A slot name, ``answer``, ``focus`` or a bare slug (domain, frame, signal kind)."""

    name: str
    pos: int


class ListLit(NamedTuple):
    """A list of literals: ``["a", "b"]``."""

    items: tuple[Node, ...]
    pos: int


class Call(NamedTuple):
    """A function call such as ``score(financien)``."""

    func: str
    args: tuple[Node, ...]
    pos: int


class Not(NamedTuple):
    """``not x``."""

    operand: Node
    pos: int


class BinOp(NamedTuple):
    """``a op b`` with op in ==, !=, <, <=, >, >=, and, or, in, not in."""

    op: str
    left: Node
    right: Node
    pos: int


Node = Const | Name | ListLit | Call | Not | BinOp
