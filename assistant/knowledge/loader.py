"""Reads the knowledge TOML files, validates them and builds one cached :class:`Knowledge`.

The files are edited by hand, so every problem is collected and reported at once with
the file name (and line, for TOML syntax errors) instead of failing on the first one.
Loading happens once per process: the data never changes while the assistant runs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from assistant.errors import SCHEMA_MESSAGES, Problem, did_you_mean, display_path, os_reason
from assistant.knowledge.checks import check_complete
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.files import FIELD_NAMES, MethodFile, SupportFile, ZrmFile
from assistant.knowledge.knowledge import Knowledge
from assistant.knowledge.models import Record
from assistant.toml_errors import toml_problem
from assistant.toml_lines import Locator

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
                key + 1,
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
    return did_you_mean(str(value), options)


def _read(path: Path, schema: type[R], problems: list[Problem]) -> R | None:
    """Parse and validate one file; add every problem found to ``problems``."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except OSError as exc:
        problems.append(Problem(message=f"bestand niet te lezen: {os_reason(exc)}", path=shown))
        return None
    except tomllib.TOMLDecodeError as exc:
        problems.append(toml_problem(exc, text, shown))
        return None
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        lines = Locator(text)
        for error in exc.errors():
            loc = tuple(error["loc"])
            message = SCHEMA_MESSAGES.get(error["type"], "waarde klopt niet")
            where = _locate(raw, loc)
            hint = _hint(error["type"], loc, error.get("input"), error.get("ctx"))
            line = lines.line(loc)
            problems.append(Problem(message=message, path=shown, line=line, where=where, hint=hint))
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
