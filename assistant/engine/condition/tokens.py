"""Splits a condition into tokens. Our own small lexer: nothing is ever evaluated as Python.

Every dialog load tokenizes all its conditions, so the common case stays in C: one
``split`` cuts the text into gaps and tokens, the gaps must all be whitespace, and the
token starts are summed from the lengths of the pieces. Only a text with something else
in a gap is walked token by token, to name its first error exactly as before.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NoReturn

from assistant.engine.errors import ConditionError

MAX_LENGTH = 2000
"""Longer conditions are refused: no trainer needs them, and it bounds the work."""

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})

_NAME = r"[^\W\d]\w*"
_OP = r"==|!=|<=|>=|[<>()\[\],]"
_STRING = r""""(?:[^"\\\n]|\\["\\])*"|'(?:[^'\\\n]|\\['\\])*'"""
_SPLIT = re.compile(rf"({_NAME}|{_OP}|\d+|{_STRING})")
_SCAN = re.compile(rf"(\s+)|({_NAME}|{_OP}|\d+|{_STRING})|(.)", re.DOTALL)
"""The same tokens one at a time, with anything else as a bad character (group 3)."""

Tokens = tuple[list[str], list[int]]
"""The token texts and their 0-based offsets, ending with an end token ``""``.

A token's kind follows from its text: a keyword or operator is its own text, a name
starts with a letter or '_', a number is all digits, a string starts with a quote.
"""


def tokenize(text: str) -> Tokens:
    """The tokens of ``text``; ConditionError (Dutch, with column) on bad input."""
    if len(text) > MAX_LENGTH:
        raise ConditionError(f"de voorwaarde is te lang (meer dan {MAX_LENGTH} tekens)", column=1)
    pieces = _SPLIT.split(text)  # gap, token, gap, token, ..., gap
    gaps = "".join(pieces[::2])
    if gaps and not gaps.isspace():
        _raise_first_error(text)
    texts = pieces[1::2]
    texts.append("")
    starts = list(accumulate(map(len, pieces)))[::2]  # the last one is len(text): the end
    return texts, starts


def _raise_first_error(text: str) -> NoReturn:
    for match in _SCAN.finditer(text):
        pos = match.start()
        if match.lastindex == 3:
            raise ConditionError(_bad_char(text, pos), column=pos + 1)
        if match.group().isdecimal() and text[match.end() : match.end() + 1] == ".":
            raise ConditionError("alleen hele getallen zijn toegestaan, zoals 2", column=pos + 1)
    raise AssertionError(f"no lexical error in {text!r}")  # pragma: no cover


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
