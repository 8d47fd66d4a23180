"""Type checking of a parsed condition against the dialog's declared slots, at load time.

A condition that passes here can be evaluated without surprises: every name is known,
every function exists with the right arguments, and the whole condition is true/false.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from assistant.engine.condition.nodes import BinOp, Call, Const, ListLit, Name, Node, Not
from assistant.engine.errors import ConditionError
from assistant.knowledge.vocabulary import DOMAIN_SLUGS, FRAME_SLUGS, SIGNAL_KINDS

TYPE_OF_SLOT = {
    "text": "tekst",
    "choice": "tekst",
    "bool": "ja/nee",
    "score": "getal",
    "domains": "lijst",
    "list": "lijst-met-regels",
}
TYPE_OF_ANSWER = {
    "text": "tekst",
    "choice": "tekst",
    "yesno": "ja/nee",
    "score": "getal",
    "domains": "lijst",
    "list": "regel",
}
SLUGS = frozenset(DOMAIN_SLUGS) | frozenset(FRAME_SLUGS) | frozenset(SIGNAL_KINDS)
_CONST_TYPES = {bool: "ja/nee", int: "getal", str: "tekst"}
_SLUG_ARGS = {
    "domain": frozenset({*DOMAIN_SLUGS, "focus"}),
    "frame": frozenset(FRAME_SLUGS),
    "kind": frozenset(SIGNAL_KINDS),
}
"""Allowed bare-slug arguments by argument kind, for the quick check of a valid call."""
# function name -> (allowed argument kinds per position, minimum args, result type)
FUNCTIONS: dict[str, tuple[tuple[str, ...], int, str]] = {
    "score": (("domain",), 1, "getal"),
    "has_need": (("domain",), 1, "ja/nee"),
    "needs_count": ((), 0, "getal"),
    "open_needs": ((), 0, "getal"),
    "answered": (("slot",), 1, "ja/nee"),
    "count": (("countable",), 1, "getal"),
    "has_signal": (("kind",), 0, "ja/nee"),
    "covered": (("frame",), 1, "ja/nee"),
    "has_focus": ((), 0, "ja/nee"),
}


@dataclass(frozen=True)
class CheckEnv:
    """What a condition may refer to: the slots (name -> (type, options)) and the answer."""

    slots: Mapping[str, tuple[str, Sequence[str] | None]]
    answer_kind: str | None = None
    """The step's answer kind, or None where ``answer`` is not available."""
    answer_options: Sequence[str] | None = None


def check(node: Node, env: CheckEnv) -> None:
    """Raise ConditionError unless ``node`` is a well-typed true/false condition."""
    kind = _type(node, env)
    if kind != "ja/nee":
        raise ConditionError(f"de voorwaarde geeft een {kind}, geen waar/onwaar", column=1)


def _fail(message: str, node: Node) -> ConditionError:
    return ConditionError(message, column=node.pos + 1)


def _type(node: Node, env: CheckEnv) -> str:
    # Exact classes, most frequent first: this runs for every node of every dialog loaded.
    if type(node) is BinOp:
        return _binop_type(node, env)
    if type(node) is Name:
        return _name_type(node, env)
    if type(node) is Const:
        return _CONST_TYPES[type(node.value)]
    if type(node) is Call:
        return _call_type(node, env)
    if isinstance(node, ListLit):
        kinds = {_type(item, env) for item in node.items}
        if kinds - {"tekst", "getal"} or len(kinds) > 1:
            raise _fail("een lijst mag alleen teksten of alleen getallen bevatten", node)
        return "getallenlijst" if kinds == {"getal"} else "lijst"
    if isinstance(node, Not):
        if _type(node.operand, env) != "ja/nee":
            raise _fail("na 'not' hoort iets dat waar of onwaar is", node)
        return "ja/nee"
    return _binop_type(cast(BinOp, node), env)


def _name_type(node: Name, env: CheckEnv) -> str:
    if node.name in env.slots:
        return TYPE_OF_SLOT[env.slots[node.name][0]]
    if node.name == "answer":
        if env.answer_kind is None or env.answer_kind == "none":
            raise _fail("'answer' bestaat hier niet: deze stap heeft geen antwoord", node)
        return TYPE_OF_ANSWER[env.answer_kind]
    if node.name == "focus" or node.name in SLUGS:
        return "tekst"
    known = [*env.slots, "answer", "focus"]
    hint = difflib.get_close_matches(node.name, [*known, *SLUGS], n=1)
    extra = f"; bedoelt u '{hint[0]}'?" if hint else "; declareer het als slot"
    raise _fail(f"onbekende naam '{node.name}'{extra}", node)


def _options(node: Node, env: CheckEnv) -> Sequence[str] | None:
    if isinstance(node, Name):
        if node.name in env.slots:
            return env.slots[node.name][1]
        if node.name == "answer":
            return env.answer_options
    return None


def _binop_type(node: BinOp, env: CheckEnv) -> str:
    left, right = _type(node.left, env), _type(node.right, env)
    if node.op in ("and", "or"):
        if left != "ja/nee" or right != "ja/nee":
            raise _fail(f"aan beide kanten van '{node.op}' hoort waar/onwaar", node)
    elif node.op in ("==", "!="):
        if left != right or left not in ("tekst", "getal", "ja/nee"):
            raise _fail(f"een {left} en een {right} kunnen niet vergeleken worden", node)
        _check_option(node.left, node.right, env)
        _check_option(node.right, node.left, env)
    elif node.op in ("in", "not in"):
        fits = (left, right) in {("tekst", "lijst"), ("tekst", "tekst"), ("getal", "getallenlijst")}
        if not fits:
            raise _fail(f"'{node.op}' werkt niet met een {left} en een {right}", node)
    elif left != "getal" or right != "getal":
        raise _fail(f"'{node.op}' vergelijkt alleen getallen", node)
    return "ja/nee"


def _check_option(side: Node, other: Node, env: CheckEnv) -> None:
    options = _options(side, env)
    if options is None or not isinstance(other, Const) or other.value in options:
        return
    hint = difflib.get_close_matches(str(other.value), list(options), n=1)
    extra = f"; bedoelt u '{hint[0]}'?" if hint else f"; kies uit {', '.join(options)}"
    raise _fail(f"'{other.value}' is geen van de keuzes{extra}", other)


def _call_type(node: Call, env: CheckEnv) -> str:
    if node.func not in FUNCTIONS:
        hint = difflib.get_close_matches(node.func, list(FUNCTIONS), n=1)
        extra = f"; bedoelt u '{hint[0]}'?" if hint else ""
        raise _fail(f"onbekende functie '{node.func}'{extra}", node)
    kinds, minimum, result = FUNCTIONS[node.func]
    if not minimum <= len(node.args) <= len(kinds):
        count = str(minimum) if minimum == len(kinds) else f"{minimum} of {len(kinds)}"
        raise _fail(f"'{node.func}' verwacht {count} argument(en)", node)
    for kind, arg in zip(kinds, node.args, strict=False):
        _check_arg(node.func, kind, arg, env)
    return result


def _check_arg(func: str, kind: str, arg: Node, env: CheckEnv) -> None:
    name = arg.name if isinstance(arg, Name) else None
    if name in (_SLUG_ARGS.get(kind) or _allowed(kind, env)):
        return
    allowed = _allowed(kind, env)
    what = {"slot": "een slot", "countable": "een slot met een lijst", "domain": "een domein"}
    wanted = what.get(kind, {"frame": "een kader", "kind": "een soort signaal"}.get(kind, kind))
    hint = difflib.get_close_matches(name or "", allowed, n=1)
    extra = f"; bedoelt u '{hint[0]}'?" if hint else f"; kies uit {', '.join(allowed)}"
    raise _fail(f"'{func}' verwacht {wanted} (zonder aanhalingstekens){extra}", arg)


def _allowed(kind: str, env: CheckEnv) -> list[str]:
    """What an argument of this kind may be, in the order a message lists them."""
    if kind == "countable":
        allowed = [s for s, (t, _) in env.slots.items() if t in ("domains", "list")]
        return [*allowed, "answer"] if env.answer_kind in ("domains", "list") else allowed
    if kind == "slot":
        return list(env.slots)
    return {"domain": [*DOMAIN_SLUGS, "focus"], "frame": list(FRAME_SLUGS)}.get(
        kind, list(SIGNAL_KINDS)
    )
