"""Reads the knowledge TOML files, validates them and builds one cached :class:`Knowledge`.

The files are edited by hand, so every problem is collected and reported at once with
the file name (and line, for TOML syntax errors) instead of failing on the first one.
Loading happens once per process: the data never changes while the assistant runs.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from assistant.errors import SCHEMA_MESSAGES, Problem, display_path, os_reason
from assistant.knowledge.checks import check_complete
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.files import FIELD_NAMES, MethodFile, SupportFile, ZrmFile
from assistant.knowledge.knowledge import Knowledge
from assistant.knowledge.models import Record

DATA_DIR = Path(__file__).parent
"""Where the shipped knowledge files live."""


R = TypeVar("R", bound=Record)


def _locate(raw: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """A readable place for a schema error, using an entry's slug instead of its index."""
    parts: list[str] = []
    node: Any = raw
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            node = node[key]
            name = next(
                (
                    node[k]
                    for k in ("slug", "domain", "score", "rung")
                    if isinstance(node, dict) and k in node
                ),
                key,
            )
            parts.append(f"[{name}]")
            continue
        parts.append(f".{key}" if parts else str(key))
        node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts)


def _hint(kind: str, loc: Sequence[int | str], value: Any, ctx: Any) -> str | None:
    """A "did you mean" for a misspelt key or slug, when something close exists."""
    if kind == "extra_forbidden" and loc:
        options = FIELD_NAMES
        value = loc[-1]
    elif kind == "literal_error" and isinstance(ctx, dict):
        options = re.findall(r"'([^']+)'", str(ctx.get("expected", "")))
    else:
        return None
    close = difflib.get_close_matches(str(value), options, n=1)
    return f"bedoelde u {close[0]!r}?" if close else None


def _read(path: Path, schema: type[R], problems: list[Problem]) -> R | None:
    """Parse and validate one file; add every problem found to ``problems``."""
    shown = display_path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(Problem(message=f"bestand niet te lezen: {os_reason(exc)}", path=shown))
        return None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (None, None)
        message = f"TOML-fout: {re.sub(r' [(]at .*[)]$', '', str(exc))}"
        problems.append(Problem(message=message, path=shown, line=line, column=column))
        return None
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            text = SCHEMA_MESSAGES.get(error["type"], error["msg"])
            where = _locate(raw, tuple(error["loc"]))
            hint = _hint(error["type"], error["loc"], error.get("input"), error.get("ctx"))
            problems.append(Problem(message=text, path=shown, where=where, hint=hint))
        return None


def read_knowledge(directory: Path) -> Knowledge:
    """Read and check the three knowledge files in ``directory`` (not cached)."""
    problems: list[Problem] = []
    zrm = _read(directory / "zrm.toml", ZrmFile, problems)
    method = _read(directory / "method.toml", MethodFile, problems)
    support = _read(directory / "support.toml", SupportFile, problems)
    if problems or zrm is None or method is None or support is None:
        raise KnowledgeError("de kennisbank bevat fouten", problems=problems)
    knowledge = Knowledge(
        levels=zrm.levels,
        domains=zrm.domains,
        frames=method.frames,
        kanteling=method.kanteling,
        phases=method.phases,
        method=method.method,
        ladder=method.ladder,
        support_rows=support.support,
    )
    problems = check_complete(knowledge, directory)
    if problems:
        raise KnowledgeError("de kennisbank is niet compleet", problems=problems)
    return knowledge


@cache
def load_knowledge(directory: Path | None = None) -> Knowledge:
    """The knowledge base (shipped files by default), read once per process."""
    return read_knowledge(directory or DATA_DIR)
