"""Splits a condition into tokens. Our own small lexer: nothing is ever evaluated as Python."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.engine.errors import ConditionError

MAX_LENGTH = 2000
"""Longer conditions are refused: no trainer needs them, and it bounds the work."""

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})

_TOKEN = re.compile(
    r"""
    ([^\W\d]\w*)
    |(\s+)
    |(==|!=|<=|>=|[<>()\[\],])
    |(\d+)
    |("(?:[^"\\\n]|\\["\\])*"|'(?:[^'\\\n]|\\['\\])*')
    |(.)
    """,
    re.VERBOSE | re.DOTALL,
)
_KINDS = ("", "name", "space", "op", "number", "string", "bad")
"""Most frequent tokens first: this runs for every condition of every dialog loaded."""


class Token(NamedTuple):
    """One token: kind is number, string, name, keyword, op or end."""

    kind: str
    text: str
    pos: int
    """0-based offset in the condition text."""


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, ending with an ``end`` token; ConditionError on bad input."""
    if len(text) > MAX_LENGTH:
        raise ConditionError(f"de voorwaarde is te lang (meer dan {MAX_LENGTH} tekens)", column=1)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = _KINDS[match.lastindex or 6]
        if kind == "space":
            continue
        pos = match.start()
        if kind == "bad":
            raise ConditionError(_bad_char(text, pos), column=pos + 1)
        value = match.group()
        if kind == "number" and text[match.end() : match.end() + 1] == ".":
            raise ConditionError("alleen hele getallen zijn toegestaan, zoals 2", column=pos + 1)
        if kind == "name" and value in KEYWORDS:
            kind = "keyword"
        tokens.append(Token(kind, value, pos))
    tokens.append(Token("end", "", len(text)))
    return tokens


def _bad_char(text: str, pos: int) -> str:
    char = text[pos]
    if char == "=":
        return "gebruik '==' om te vergelijken, niet '='"
    if char in "\"'":
        return "deze tekst tussen aanhalingstekens wordt niet afgesloten"
    if char == "&" or char == "|":
        return "gebruik 'and' en 'or' in plaats van '&&' en '||'"
    if char == "!":
        return "gebruik 'not' in plaats van '!'"
    if char.isdigit():
        return "alleen hele getallen zijn toegestaan, zoals 2"
    return f"onbekend teken {char!r}"
