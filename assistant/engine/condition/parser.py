"""Recursive-descent parser for the condition language: text -> tree of :mod:`.nodes`.

Grammar (lowest binding first)::

    expr       := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := primary [("=="|"!="|"<"|"<="|">"|">="|"in"|"not" "in") primary]
    primary    := NUMBER | STRING | "true" | "false" | NAME ["(" [expr ("," expr)*] ")"]
                | "(" expr ")" | "[" [expr ("," expr)*] "]"

Every dialog load parses all its conditions, so the code reads tokens directly instead
of through helper calls.
"""

from __future__ import annotations

from typing import NoReturn

from assistant.engine.condition.nodes import BinOp, Call, Const, ListLit, Name, Node, Not
from assistant.engine.condition.tokens import Token, tokenize
from assistant.engine.errors import ConditionError

MAX_DEPTH = 50
"""Deeper nesting is refused, so no input can exhaust Python's stack."""

COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})


def parse(text: str) -> Node:
    """Parse a condition; raises ConditionError with a Dutch message and column."""
    if not text.strip():
        raise ConditionError("de voorwaarde is leeg", column=1)
    return _Parser(tokenize(text)).parse()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0
        self.tok = tokens[0]

    def advance(self) -> Token:
        token = self.tok
        if self.index < len(self.tokens) - 1:
            self.index += 1
            self.tok = self.tokens[self.index]
        return token

    def fail(self, message: str) -> NoReturn:
        found = "het einde" if self.tok.kind == "end" else repr(self.tok.text)
        raise ConditionError(f"{message}, maar er staat {found}", column=self.tok.pos + 1)

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionError("de voorwaarde is te diep genest", column=self.tok.pos + 1)

    def parse(self) -> Node:
        node = self.expr()
        if self.tok.kind != "end":
            self.fail("hier wordt 'and', 'or' of het einde van de voorwaarde verwacht")
        return node

    def expr(self) -> Node:
        self.deeper()
        node = self.and_()
        while self.tok.text == "or" and self.tok.kind == "keyword":
            pos = self.advance().pos
            node = BinOp("or", node, self.and_(), pos)
        self.depth -= 1
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.tok.text == "and" and self.tok.kind == "keyword":
            pos = self.advance().pos
            node = BinOp("and", node, self.not_(), pos)
        return node

    def not_(self) -> Node:
        if self.tok.text == "not" and self.tok.kind == "keyword":
            pos = self.advance().pos
            self.deeper()
            node = Not(self.not_(), pos)
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        left = self.primary()
        token = self.tok
        if token.kind == "op" and token.text in COMPARISONS:
            op = token.text
        elif token.kind == "keyword" and token.text == "in":
            op = "in"
        elif token.text == "not" and self.tokens[self.index + 1].text == "in":
            op = "not in"
            self.advance()
        else:
            return left
        self.advance()
        node = BinOp(op, left, self.primary(), token.pos)
        if self.tok.kind == "op" and self.tok.text in COMPARISONS:
            self.fail("twee vergelijkingen achter elkaar kan niet; gebruik 'and'")
        return node

    def primary(self) -> Node:
        token = self.advance()
        kind = token.kind
        if kind == "name":
            if self.tok.text == "(" and self.tok.kind == "op":
                self.advance()
                return Call(token.text, self.items(")"), token.pos)
            return Name(token.text, token.pos)
        if kind == "number":
            return Const(int(token.text), token.pos)
        if kind == "string":
            return Const(_unquote(token.text), token.pos)
        if kind == "keyword" and token.text in ("true", "false"):
            return Const(token.text == "true", token.pos)
        if kind == "op" and token.text == "(":
            node = self.expr()
            if self.tok.text != ")" or self.tok.kind != "op":
                self.fail("hier wordt ')' verwacht")
            self.advance()
            return node
        if kind == "op" and token.text == "[":
            return ListLit(self.items("]"), token.pos)
        self.index -= 1
        self.tok = token
        self.fail("hier wordt een waarde, naam of '(' verwacht")

    def items(self, close: str) -> tuple[Node, ...]:
        items: list[Node] = []
        if self.tok.text == close and self.tok.kind == "op":
            self.advance()
            return ()
        while True:
            items.append(self.expr())
            token = self.advance()
            if token.kind == "op" and token.text == close:
                return tuple(items)
            if token.kind != "op" or token.text != ",":
                self.index -= 1
                self.tok = token
                self.fail(f"hier wordt ',' of '{close}' verwacht")


def _unquote(text: str) -> str:
    body = text[1:-1]
    return body.replace("\\" + text[0], text[0]).replace("\\\\", "\\")
