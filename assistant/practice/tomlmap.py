"""Find the line of a key in a TOML file, so errors can say ``file:line``.

``tomllib`` forgets positions, so we scan the raw text once: table headers
(``[a.b]``, ``[[a]]`` with a running index) and ``key =`` lines. Nested values inside
inline tables fall back to the line of their nearest known parent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

KeyPath = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'.]+)\s*=")


def _split_dotted(text: str) -> list[str]:
    return [part.strip().strip("\"'") for part in text.split(".")]


def key_lines(text: str) -> dict[KeyPath, int]:
    """Map every table and key path in ``text`` to its 1-based line number."""
    lines: dict[KeyPath, int] = {}
    counts: dict[KeyPath, int] = {}
    current: KeyPath = ()
    in_multiline = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.count('"""') % 2 == 1 or raw.count("'''") % 2 == 1:
            was_inside = in_multiline
            in_multiline = not in_multiline
            if was_inside:
                continue
        elif in_multiline:
            continue
        header = _HEADER.match(raw)
        if header and not _KEY.match(raw):
            parts = tuple(_split_dotted(header.group(2)))
            if header.group(1) == "[[":
                index = counts.get(parts, 0)
                counts[parts] = index + 1
                current = (*parts, index)
            else:
                current = parts
            lines.setdefault(current, number)
            continue
        key = _KEY.match(raw)
        if key:
            path = (*current, *_split_dotted(key.group(1)))
            lines.setdefault(path, number)
    return lines


def line_of(lines: dict[KeyPath, int], path: Sequence[str | int]) -> int | None:
    """The line of ``path``, or of its nearest parent that has one."""
    probe = tuple(path)
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return None
