"""The list of trainer files with their check and lint status (for the Dialogen screen)."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.authoring.catalog import file_status, trainer_files


def test_dialogs_then_personas_then_extra_files(fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(fixtures / "goed.toml", tmp_path / "goed.toml")
    (tmp_path / "personas").mkdir()
    shutil.copy(fixtures / "persona.toml", tmp_path / "personas" / "ans.toml")
    extra = [fixtures / "volgorde.toml", tmp_path / "goed.toml"]
    names = [p.name for p in trainer_files(tmp_path, extra)]
    assert names == ["goed.toml", "ans.toml", "volgorde.toml"]


def test_status_summaries(fixtures: Path, tmp_path: Path, fake: object) -> None:
    good = file_status(fixtures / "goed.toml", fake)  # type: ignore[arg-type]
    assert (good.title, good.summary) == ("Klein en volgens de methode", "in orde")
    warned = file_status(fixtures / "plat.toml", fake)  # type: ignore[arg-type]
    assert warned.summary == "2 waarschuwingen"
    persona = file_status(fixtures / "persona.toml", fake)  # type: ignore[arg-type]
    assert persona.title == "Ans (persona)"
    broken = tmp_path / "kapot.toml"
    broken.write_text("[dialog\n", encoding="utf-8")
    status = file_status(broken, fake)  # type: ignore[arg-type]
    assert status.summary == "1 fout"
    assert status.problems[0].line == 1
