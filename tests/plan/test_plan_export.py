"""Exporting a plan: the files a worker opens, prints or imports, and Dutch errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from assistant.plan import (
    PlanError,
    build_plan,
    export_plan,
    plan_from_json,
    plan_to_json,
)
from assistant.plan.model import PlanVanAanpak

RESULT = {
    "hulpvraag": "Ik wil hulp bij het huishouden",
    "vraag_achter_de_vraag": "Sinds mijn man overleed voel ik me alleen",
    "needs": [{"domain": "sociaal_netwerk", "text": "Ik voel me eenzaam"}],
    "scores": {"sociaal_netwerk": 2},
    "agreements": [{"who": "cliënt", "what": "Gaat naar de koffieochtend", "when": "dinsdag"}],
}


@pytest.fixture
def plan() -> PlanVanAanpak:
    return build_plan(RESULT, label="Gesprek wijk Noord 3", date=dt.date(2026, 11, 28))


def test_export_writes_markdown_and_json_readable_by_the_worker_only(
    plan: PlanVanAanpak, tmp_path: Path
) -> None:
    files = export_plan(plan, tmp_path)
    assert [f.name for f in files] == [
        "plan-van-aanpak-2026-11-28-gesprek-wijk-noord-3.md",
        "plan-van-aanpak-2026-11-28-gesprek-wijk-noord-3.json",
    ]
    assert "# Plan van aanpak" in files[0].read_text(encoding="utf-8")
    assert json.loads(files[1].read_text(encoding="utf-8"))["version"] == 1
    if os.name == "posix":
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in files)


def test_print_version_is_plain_text(plan: PlanVanAanpak, tmp_path: Path) -> None:
    (txt,) = export_plan(plan, tmp_path, formats=("txt",))
    text = txt.read_text(encoding="utf-8")
    assert text.startswith("PLAN VAN AANPAK\n===============")
    assert "**" not in text and "#" not in text
    assert max(len(line) for line in text.splitlines()) <= 78


def test_exporting_again_replaces_the_files(plan: PlanVanAanpak, tmp_path: Path) -> None:
    first = export_plan(plan, tmp_path, formats=("md",))
    changed = plan.model_copy(update={"hulpvraag": "Een nieuwe hulpvraag"})
    second = export_plan(changed, tmp_path, formats=("md",))
    assert first == second
    assert "Een nieuwe hulpvraag" in second[0].read_text(encoding="utf-8")


def test_json_round_trip_gives_the_same_plan(plan: PlanVanAanpak) -> None:
    text = plan_to_json(plan)
    data = json.loads(text)
    assert data["document"] == "keukentafel/plan-van-aanpak"
    assert list(data)[:3] == ["document", "version", "label"]
    assert plan_from_json(text) == plan


def test_reading_something_else_as_a_plan_says_so_in_dutch() -> None:
    with pytest.raises(PlanError, match="geen plan van aanpak"):
        plan_from_json('{"version": 99}')


def test_missing_folder_is_named_in_a_dutch_error(plan: PlanVanAanpak, tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet"
    with pytest.raises(PlanError) as caught:
        export_plan(plan, missing)
    assert str(missing) in caught.value.message
    assert "bestaat niet" in caught.value.message
    assert "Kies een andere map" in caught.value.message
    assert not missing.exists()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere; POSIX modes"
)
def test_read_only_folder_is_named_in_a_dutch_error(plan: PlanVanAanpak, tmp_path: Path) -> None:
    locked = tmp_path / "alleen-lezen"
    locked.mkdir(mode=0o500)
    with pytest.raises(PlanError) as caught:
        export_plan(plan, locked)
    assert str(locked) in caught.value.message
    assert "kan niet worden opgeslagen" in caught.value.message


def test_a_file_instead_of_a_folder_is_refused(plan: PlanVanAanpak, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "bestand.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(PlanError, match="geen map"):
        export_plan(plan, not_a_folder)


def test_unknown_format_lists_the_choices(plan: PlanVanAanpak, tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="Kies uit: md, json, txt"):
        export_plan(plan, tmp_path, formats=("pdf",))


def test_default_folder_is_the_documents_folder(
    plan: PlanVanAanpak, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.plan.export as export

    monkeypatch.setattr(export.platformdirs, "user_documents_dir", lambda: str(tmp_path / "Doc"))
    files = export_plan(plan, formats=("md",))
    assert files[0].parent == tmp_path / "Doc"


def test_a_folder_without_write_rights_is_named_in_a_dutch_error(
    plan: PlanVanAanpak, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.plan.export as export

    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Toegang geweigerd")

    monkeypatch.setattr(export.tempfile, "mkstemp", refuse)
    with pytest.raises(PlanError) as caught:
        export_plan(plan, tmp_path)
    assert str(tmp_path) in caught.value.message
    assert "geen rechten" in caught.value.message
