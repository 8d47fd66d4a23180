"""Recursive-descent parser for the condition language: text -> tree of :mod:`.nodes`.

Grammar (lowest binding first)::

    expr       := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := primary [("=="|"!="|"<"|"<="|">"|">="|"in"|"not" "in") primary]
    primary    := NUMBER | STRING | "true" | "false" | NAME ["(" [expr ("," expr)*] ")"]
                | "(" expr ")" | "[" [expr ("," expr)*] "]"

Every dialog load parses all its conditions (a 1,000-step dialog has thousands), so the
hot path is kept short: a token is just its text (keywords and operators are compared by
text alone), ``comparison`` is folded into ``not_``, and a list item or call argument
that is a lone value skips the four levels it would otherwise descend. Error messages
and columns are those of the plain grammar above.
"""

from __future__ import annotations

from typing import NoReturn

from assistant.engine.condition.nodes import BinOp, Call, Const, ListLit, Name, Node, Not
from assistant.engine.condition.tokens import KEYWORDS, tokenize
from assistant.engine.errors import ConditionError

MAX_DEPTH = 50
"""Deeper nesting is refused, so no input can exhaust Python's stack."""

COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_NOT_A_NAME = KEYWORDS | COMPARISONS | {"(", ")", "[", "]", ",", ""}
"""Token texts that are no name, number or string ("" is the end)."""
_COMPARE = COMPARISONS | {"in"}


def parse(text: str) -> Node:
    """Parse a condition; raises ConditionError with a Dutch message and column."""
    if not text.strip():
        raise ConditionError("de voorwaarde is leeg", column=1)
    return _Parser(*tokenize(text)).parse()


class _Parser:
    """Walks the token texts; ``tok`` is the current one, ``starts`` gives positions."""

    def __init__(self, texts: list[str], starts: list[int]) -> None:
        self.texts = texts
        self.starts = starts
        self.index = 0
        self.depth = 0
        self.tok = texts[0]

    def advance(self) -> int:
        """Step past the current token (never the end: callers check it first); its position."""
        index = self.index + 1
        self.index = index
        self.tok = self.texts[index]
        return self.starts[index - 1]

    def fail(self, message: str) -> NoReturn:
        found = "het einde" if self.tok == "" else repr(self.tok)
        raise ConditionError(f"{message}, maar er staat {found}", column=self.column())

    def column(self) -> int:
        return self.starts[self.index] + 1

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionError("de voorwaarde is te diep genest", column=self.column())

    def parse(self) -> Node:
        node = self.expr()
        if self.tok != "":
            self.fail("hier wordt 'and', 'or' of het einde van de voorwaarde verwacht")
        return node

    def expr(self) -> Node:
        self.deeper()
        node = self.and_()
        while self.tok == "or":
            pos = self.advance()
            node = BinOp("or", node, self.and_(), pos)
        self.depth -= 1
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.tok == "and":
            pos = self.advance()
            node = BinOp("and", node, self.not_(), pos)
        return node

    def not_(self) -> Node:
        """``not`` with its operand, or a comparison (merged in: one call less per value)."""
        if self.tok == "not":
            pos = self.advance()
            self.deeper()
            negated = Not(self.not_(), pos)
            self.depth -= 1
            return negated
        left = self.primary()
        op = self.tok
        if op in _COMPARE:
            pos = self.advance()
        elif op == "not" and self.texts[self.index + 1] == "in":
            pos = self.advance()
            self.advance()
            op = "not in"
        else:
            return left
        node = BinOp(op, left, self.primary(), pos)
        if self.tok in COMPARISONS:
            self.fail("twee vergelijkingen achter elkaar kan niet; gebruik 'and'")
        return node

    def primary(self) -> Node:
        text = self.tok
        if text in _NOT_A_NAME:
            return self.bracketed(text)
        pos = self.advance()
        if text[0] == '"' or text[0] == "'":
            return Const(_unquote(text), pos)
        if text.isdecimal():
            return Const(int(text), pos)
        if self.tok == "(":
            self.advance()
            return Call(text, self.items(")"), pos)
        return Name(text, pos)

    def bracketed(self, text: str) -> Node:
        """A primary that starts with a keyword or an operator."""
        if text == "true" or text == "false":
            return Const(text == "true", self.advance())
        if text == "[":
            pos = self.advance()
            return ListLit(self.items("]"), pos)
        if text != "(":
            self.fail("hier wordt een waarde, naam of '(' verwacht")
        self.advance()
        node = self.expr()
        if self.tok != ")":
            self.fail("hier wordt ')' verwacht")
        self.advance()
        return node

    def items(self, close: str) -> tuple[Node, ...]:
        """The comma-separated items up to ``close``; the opening bracket is consumed."""
        if self.tok == close:
            self.advance()
            return ()
        items: list[Node] = []
        while True:
            if self.tok not in _NOT_A_NAME and self.texts[self.index + 1] in (",", close):
                # A lone value or name: what expr() would return, without its five calls.
                self.deeper()
                items.append(self.primary())
                self.depth -= 1
            else:
                items.append(self.expr())
            if self.tok == close:
                self.advance()
                return tuple(items)
            if self.tok != ",":
                self.fail(f"hier wordt ',' of '{close}' verwacht")
            self.advance()


def _unquote(text: str) -> str:
    body = text[1:-1]
    if "\\" not in body:
        return body
    return body.replace("\\" + text[0], text[0]).replace("\\\\", "\\")
