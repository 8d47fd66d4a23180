"""The socialmap command: exit codes, Dutch output, no confidential address anywhere."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from socialmap.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
MAP = str(FIXTURES / "kaart.csv")
SECRET = "Geheime Laan"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse: usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_readable_hits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "schuldh", "--map", MAP)
    assert code == 0
    assert out.startswith(" 1. SchuldHulpMaatje")
    assert "Waarom:" in out


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "eenzaam", "--map", MAP, "--json", "--limit", "2")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 2
    assert {"id", "score", "why", "provision"} <= data[0].keys()


def test_search_filters(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["search", "--domain", "financien", "--area", "Andersdorp", "--map", MAP, "--json"]
    code, out, _ = run(capsys, *args)
    ids = {hit["id"] for hit in json.loads(out)}
    assert code == 0
    assert "wijkteam-andersdorp" in ids
    assert "geldloket-voorbeeldstad" not in ids


def test_nothing_found_is_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "xqzwv", "--map", MAP)
    assert code == 0
    assert "Niets gevonden" in out


@pytest.mark.parametrize(
    "args",
    [
        ["search", "opvang", "--json"],
        ["search", "opvang"],
        ["search", "", "--domain", "huiselijke_relaties"],
        ["show", "vrouwenopvang-voorbeeldstad"],
        ["show", "vrouwenopvang-voorbeeldstad", "--json"],
        ["export", "--format", "csv"],
        ["export", "--format", "json"],
    ],
)
def test_confidential_address_never_printed(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, *args, "--map", MAP)
    assert code == 0
    assert "Schuilplaats" in out
    assert SECRET not in out + err


def test_show_says_address_is_confidential(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "vrouwenopvang-voorbeeldstad", "--map", MAP)
    assert "vertrouwelijk adres" in out


def test_export_to_file_has_no_confidential_address(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "uit.json"
    code, _, _ = run(capsys, "export", "--format", "json", "--output", str(target), "--map", MAP)
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert SECRET not in text
    assert len(json.loads(text)) == 12


def test_show_unknown_id_exits_1_with_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "klussendeinst", "--map", MAP)
    assert code == 1
    assert "klussendienst" in err


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", MAP)[0] == 0
    code, out, _ = run(capsys, "validate", str(FIXTURES / "fout" / "onbekende-soort.csv"))
    assert code == 1
    assert "rij 3, kolom kind (G)" in out
    assert "2 voorziening(en) in orde, 1 rij(en) afgekeurd" in out


def test_missing_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", "bestaat-niet.csv")
    assert code == 1
    assert "bestaat niet" in err


@pytest.mark.parametrize(
    "args",
    [[], ["zoek"], ["search", "--limit", "veel"], ["export"], ["search", "--domain", "geld"]],
)
def test_usage_errors_exit_2_in_dutch(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert "fout:" in err


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "--help")
    assert code == 0
    assert "Gebruik:" in out
    assert "toon deze hulp" in out


def test_stats_counts_and_stale_entries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--map", MAP, "--json", "--today", "2025-07-01")
    data = json.loads(out)
    assert code == 0
    assert data["total"] == 12
    assert data["domains"]["financien"] == 5
    assert data["kinds"]["maatwerk"] == 3
    assert "voedselbank-voorbeeldstad" in data["not_verified_12_months"]
    assert "schuldhulpmaatje" not in data["not_verified_12_months"]


def test_import_writes_valid_rows_and_reports_bad_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "import", str(FIXTURES / "fout" / "foute-datum.csv"), "--into", str(tmp_path)
    )
    assert code == 1
    assert "rij 3, kolom last_verified" in err
    assert "2 voorziening(en) ingelezen" in out
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 0


def test_import_reports_ids_already_on_the_map(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(FIXTURES / "fout" / "foute-id.csv", tmp_path / "bestaand.csv")
    code, _, err = run(
        capsys, "import", str(FIXTURES / "fout" / "foute-datum.csv"), "--into", str(tmp_path)
    )
    assert code == 1
    assert "staat al op de kaart (bestaand.csv)" in err


def test_import_without_valid_rows_leaves_the_map_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "ontbrekende-kolom.csv"
    target.write_text("oud", encoding="utf-8")
    code, _, _ = run(
        capsys, "import", str(FIXTURES / "fout" / "ontbrekende-kolom.csv"), "--into", str(tmp_path)
    )
    assert code == 1
    assert target.read_text(encoding="utf-8") == "oud"


def test_import_needs_a_target(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", MAP)
    assert code == 1
    assert "--into" in err
