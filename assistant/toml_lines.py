"""Finds the line of every key and array element in a TOML text that tomllib accepted.

tomllib returns plain values without positions; trainers need ``file:line``. This
scanner walks the same text once and records where each key path starts, e.g.
``("steps", 3, "effects", 1, "domain")``. It trusts the text to be valid TOML.
"""

from __future__ import annotations

import bisect
import re

Path = tuple[str | int, ...]
_BARE = re.compile(r"[A-Za-z0-9_-]+")


class Locator:
    """Key path -> 1-based line, for one TOML text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.lines = [i for i, c in enumerate(text) if c == "\n"]
        self.where: dict[Path, int] = {}
        self.arrays: dict[Path, int] = {}
        self._scan()

    def line(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest recorded parent."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.where:
                return self.where[path[:end]]
        return None

    def _line_at(self, pos: int) -> int:
        return bisect.bisect_left(self.lines, pos) + 1

    def _peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def _skip_space(self, newlines: bool) -> None:
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            elif char in " \t\r" or (newlines and char == "\n"):
                self.pos += 1
            else:
                return

    def _scan(self) -> None:
        table: Path = ()
        while True:
            self._skip_space(newlines=True)
            if self.pos >= len(self.text):
                return
            start = self.pos
            if self._peek(2) == "[[":
                self.pos += 2
                parts = self._key()
                parent = (*self._resolve(parts[:-1]), parts[-1])
                self.arrays[parent] = self.arrays.get(parent, -1) + 1
                table = (*parent, self.arrays[parent])
                self.pos += 2
            elif self._peek() == "[":
                self.pos += 1
                table = self._resolve(self._key())
                self.pos += 1
            else:
                self._key_value(table)
                continue
            self.where.setdefault(table, self._line_at(start))

    def _resolve(self, parts: tuple[str, ...]) -> Path:
        path: Path = ()
        for part in parts:
            path = (*path, part)
            if path in self.arrays:
                path = (*path, self.arrays[path])
        return path

    def _key(self) -> tuple[str, ...]:
        parts: list[str] = []
        while True:
            self._skip_space(newlines=False)
            char = self._peek()
            if char in "\"'":
                end = self._string_end()
                parts.append(self.text[self.pos + 1 : end - 1])
                self.pos = end
            else:
                match = _BARE.match(self.text, self.pos)
                if match is None:
                    return tuple(parts)
                parts.append(match.group())
                self.pos = match.end()
            self._skip_space(newlines=False)
            if self._peek() != ".":
                return tuple(parts)
            self.pos += 1

    def _key_value(self, table: Path) -> None:
        start = self.pos
        path = table + self._key()
        self.where.setdefault(path, self._line_at(start))
        self._skip_space(newlines=False)
        self.pos += 1  # '='
        self._skip_space(newlines=False)
        self._value(path)

    def _value(self, path: Path) -> None:
        char = self._peek()
        if char in "\"'":
            self.pos = self._string_end()
        elif char == "[":
            self._container(path, "]", keyed=False)
        elif char == "{":
            self._container(path, "}", keyed=True)
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in ",]}\n#":
                self.pos += 1

    def _container(self, path: Path, close: str, keyed: bool) -> None:
        self.pos += 1
        index = 0
        while self.pos < len(self.text):
            self._skip_space(newlines=True)
            if self._peek() == close:
                self.pos += 1
                return
            if self._peek() == ",":
                self.pos += 1
                index += 1
                continue
            if keyed:
                self._key_value(path)
            else:
                self.where.setdefault((*path, index), self._line_at(self.pos))
                self._value((*path, index))

    def _string_end(self) -> int:
        quote = self._peek()
        if self._peek(3) == quote * 3:
            end = self.text.find(quote * 3, self.pos + 3)
            while self.text[end + 3 : end + 4] == quote:
                end += 1
            return end + 3
        pos = self.pos + 1
        while self.text[pos] != quote:
            pos += 2 if quote == '"' and self.text[pos] == "\\" else 1
        return pos + 1
