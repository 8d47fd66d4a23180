"""Files the analyzer keeps in the user's cache folder to start faster next time.

Only data derived from shipped or trainer-written files lives here, never anything a
client said. Every cache is checked when read and rebuilt when missing, stale or broken:
a cache only ever costs or saves time, it never changes an answer.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir


def cache_dir() -> Path:
    """``~/.cache/keukentafel`` (or where XDG_CACHE_HOME points)."""
    return Path(user_cache_dir("keukentafel"))


def write_replacing(target: Path, data: bytes, siblings: str) -> None:
    """Write ``target`` atomically and remove older files matching ``siblings``.

    A read-only or full cache folder is not an error: the next start rebuilds what it
    needs. Each writer has its own temporary file, so two starts at once cannot mix
    their bytes."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob(siblings):
            if old != target:
                old.unlink(missing_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(target)
    except OSError:
        pass  # see docstring: costs speed, never correctness


def remove(pattern: str) -> None:
    """Remove cache files of an older layout (matching ``pattern``) that nothing reads."""
    try:
        for old in cache_dir().glob(pattern):
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a file we cannot remove only takes space
