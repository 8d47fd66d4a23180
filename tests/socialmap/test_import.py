"""Import: every bad row reported with row and column, valid rows kept, writes atomic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from socialmap import SocialMap, SocialMapError
from socialmap.io import atomic_write_text, load_path

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "fout"


@pytest.mark.parametrize(
    ("name", "column", "fragment"),
    [
        ("verplicht-leeg", "name", "verplicht veld is leeg"),
        ("onbekende-soort", "kind", "'Voorliggend' is geen geldige waarde"),
        ("onbekend-domein", "domains", "'financiën' is geen geldige waarde"),
        ("foute-datum", "last_verified", "JJJJ-MM-DD"),
        ("foute-ja-nee", "address_confidential", "ja of nee"),
        ("foute-id", "id", "kleine letters"),
        ("dubbele-id", "id", "staat al op de kaart"),
        ("fout-telefoon", "phone", "telefoonnummer"),
        ("fout-web", "website", "https://"),
        ("landelijk-en-gemeente", "area", "landelijk"),
        ("te-veel-cellen", None, "cellen"),
    ],
)
def test_bad_row_is_reported_and_other_rows_imported(
    name: str, column: str | None, fragment: str
) -> None:
    result = load_path(BAD / f"{name}.csv")
    assert [p.id for p in result.provisions] == ["goed-een", "goed-twee"]
    assert result.problems, "the bad row must be reported"
    problem = result.problems[0]
    assert problem.row == 3, "header is row 1, the bad row is the third"
    assert problem.column == column
    assert fragment in problem.reason
    rendered = problem.render()
    assert "rij 3" in rendered
    if column:
        assert f"kolom {column}" in rendered


def test_hints_suggest_the_right_spelling() -> None:
    kind = load_path(BAD / "onbekende-soort.csv").problems[0]
    assert kind.hint == "bedoelt u 'voorliggend'?"
    domain = load_path(BAD / "onbekend-domein.csv").problems
    assert domain[0].hint == "bedoelt u 'financien'?"
    assert len(domain) == 2, "both wrong domains are reported"


def test_missing_required_column_reports_header_and_imports_nothing() -> None:
    result = load_path(BAD / "ontbrekende-kolom.csv")
    assert result.provisions == []
    assert result.problems[0].row == 1
    assert result.problems[0].column == "kind"


def test_unknown_column_is_reported_not_silently_dropped() -> None:
    result = load_path(BAD / "onbekende-kolom.csv")
    assert len(result.provisions) == 2
    problem = result.problems[0]
    assert (problem.row, problem.column, problem.letter) == (1, "telefon", "Y")
    assert problem.hint == "bedoelt u 'phone'?"


def test_values_are_not_changed_on_import() -> None:
    social_map = SocialMap.load(FIXTURES / "kaart.csv")
    taal = social_map.get("taalcafe-de-brug")
    assert taal.name == "Taalcafé De Brug"
    assert taal.domains == ["sociaal_netwerk", "maatschappelijke_participatie"]
    assert taal.languages == ["Arabisch", "Engels"]
    assert social_map.get("vrouwenopvang-voorbeeldstad").address_confidential


def test_toml_entries_are_validated_with_line_numbers() -> None:
    result = load_path(FIXTURES / "kaart.toml")
    assert [p.id for p in result.provisions] == ["buurthuis-de-linde"]
    (problem,) = result.problems
    assert problem.column == "kind"
    assert problem.render().startswith(f"{FIXTURES / 'kaart.toml'}, regel 15, veld kind")


def test_broken_toml_is_told_in_dutch_at_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "kaart.toml"
    broken.write_text('[[provisions]]\nid = "buurthuis\n', encoding="utf-8")
    with pytest.raises(SocialMapError) as info:
        load_path(broken)
    text = info.value.render()
    assert f"{broken}, regel 2: de opbouw van het bestand klopt niet" in text
    assert "aanhalingstekens" in text and "Illegal" not in text


def test_duplicates_across_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes((BAD / "verplicht-leeg.csv").read_bytes())
    (tmp_path / "b.csv").write_bytes((BAD / "foute-id.csv").read_bytes())
    result = load_path(tmp_path)
    assert len(result.provisions) == 2
    duplicates = [p for p in result.problems if "staat al op de kaart" in p.reason]
    assert len(duplicates) == 2
    assert "a.csv rij 2" in duplicates[0].reason


def test_atomic_write_keeps_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kaart.csv"
    target.write_text("oud", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("schijf vol")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["kaart.csv"], "no temp file left behind"
