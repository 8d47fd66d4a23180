"""Writing a plan to files the worker can open, print or import elsewhere.

Each file is written to a temporary file in the same folder and then renamed, so a
crash never leaves half a plan behind; files are readable by the worker only (0600),
because a plan van aanpak is about a client even without their name in it.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import ValidationError

from assistant.errors import display_path, os_reason
from assistant.plan.errors import PlanError
from assistant.plan.markdown import render_markdown
from assistant.plan.model import PlanVanAanpak
from assistant.plan.text import render_text

FORMATS: dict[str, Callable[[PlanVanAanpak], str]] = {}
"""Renderer per file extension; filled below."""


def plan_to_json(plan: PlanVanAanpak) -> str:
    """The plan as JSON with its schema name and version, keys in a fixed order."""
    return plan.model_dump_json(indent=2) + "\n"


def plan_from_json(text: str | bytes) -> PlanVanAanpak:
    """A plan read back from :func:`plan_to_json` output, or a Dutch PlanError."""
    try:
        return PlanVanAanpak.model_validate_json(text)
    except ValidationError as error:
        raise PlanError(
            "Dit is geen plan van aanpak dat Keukentafel kan lezen (verkeerd formaat of een "
            "andere versie)."
        ) from error


def plan_to_data(plan: PlanVanAanpak) -> dict[str, Any]:
    """The plan as JSON-ready data, e.g. for ``SessionRecord.plan`` in the store."""
    return plan.model_dump(mode="json")


def plan_from_data(data: Mapping[str, Any]) -> PlanVanAanpak:
    """A plan from :func:`plan_to_data` output, or a Dutch PlanError."""
    try:
        return PlanVanAanpak.model_validate(data)
    except ValidationError as error:
        raise PlanError(
            "Het opgeslagen plan van aanpak kan niet worden gelezen (verkeerd formaat of een "
            "andere versie). Maak het plan opnieuw vanuit het gesprek."
        ) from error


FORMATS.update({"md": render_markdown, "json": plan_to_json, "txt": render_text})


def default_folder() -> Path:
    """Where plans go when the worker chooses nothing: the user's documents folder."""
    return Path(platformdirs.user_documents_dir())


def file_stem(plan: PlanVanAanpak) -> str:
    """'plan-van-aanpak-2026-11-28-gesprek-wijk-noord-3': date and label, nothing else."""
    ascii_label = unicodedata.normalize("NFKD", plan.label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_label.lower()).strip("-")[:40].strip("-")
    return f"plan-van-aanpak-{plan.date.isoformat()}-{slug or 'gesprek'}"


def export_plan(
    plan: PlanVanAanpak,
    folder: str | Path | None = None,
    formats: Iterable[str] = ("md", "json"),
) -> list[Path]:
    """Write the plan as ``md``, ``json`` and/or ``txt`` (print version) into ``folder``
    (default: the documents folder). Returns the files written; existing files with the
    same name are replaced."""
    wanted = list(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise PlanError(
            f"Onbekend formaat: {', '.join(unknown) or 'geen'}. Kies uit: {', '.join(FORMATS)}."
        )
    target = Path(folder).expanduser() if folder is not None else default_folder()
    contents = {fmt: FORMATS[fmt](plan) for fmt in wanted}
    _ensure_folder(target, create=folder is None)
    stem = file_stem(plan)
    return [_write(target / f"{stem}.{fmt}", text) for fmt, text in contents.items()]


def _cannot(target: Path, reason: str) -> PlanError:
    return PlanError(
        f"Het plan kan niet worden opgeslagen in de map {display_path(target)}: {reason}. "
        "Kies een andere map, bijvoorbeeld uw map Documenten."
    )


def _ensure_folder(target: Path, *, create: bool) -> None:
    if create:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _cannot(target, os_reason(error)) from error
    if not target.exists():
        raise _cannot(target, "die map bestaat niet")
    if not target.is_dir():
        raise _cannot(target, "dat is geen map")


def _write(path: Path, text: str) -> Path:
    """Write atomically with mode 0600: temp file, fsync, rename."""
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".plan-", suffix=".tmp")
    except OSError as error:
        raise _cannot(path.parent, os_reason(error)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise _cannot(path.parent, os_reason(error)) from error
    return path
