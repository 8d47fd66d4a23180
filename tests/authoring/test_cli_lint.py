"""``assistant dialogs lint|check`` with the real language analysis, and shipped content."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DIALOGS = REPO / "assistant" / "dialogs"


def test_shipped_dialogs_and_personas_pass_strict(cli) -> None:
    files = sorted(DIALOGS.glob("*.toml")) + sorted((DIALOGS / "personas").glob("*.toml"))
    assert len(files) >= 6
    code, out, err = cli("dialogs", "lint", "--strict", *map(str, files))
    assert code == 0, out + err
    assert "waarschuwing" not in out
    assert out.count(": in orde (") == len(files)


def test_lint_prints_located_warnings_and_strict_fails(cli, fixtures: Path) -> None:
    path = str(fixtures / "volgorde.toml")
    code, out, err = cli("dialogs", "lint", path)
    assert code == 0
    assert f"{path}:36: maatwerk: waarschuwing: " in out
    assert "[kader-volgorde]" in out
    assert f"{path}: in orde (9 stappen, 1 waarschuwing)" in out
    code, out, err = cli("dialogs", "lint", "--strict", path)
    assert code == 1
    assert "1 van de 1 bestanden hebben waarschuwingen (--strict: telt als fout)." in err


def test_check_shows_lint_warnings_and_errors_together(cli, fixtures: Path, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.toml"
    broken.write_text('[dialog]\nid = "kapot"\ntitle = "x"\nstart = "a"\n', encoding="utf-8")
    code, out, err = cli("dialogs", "check", str(fixtures / "plat.toml"), str(broken))
    assert code == 1
    assert "[vraag-achter-de-vraag]" in out
    assert f"{broken}:" in out
    assert "1 van de 2 bestanden hebben problemen." in err
    assert "Traceback" not in out + err


def test_lint_reads_personas(cli, fixtures: Path) -> None:
    code, out, _ = cli("dialogs", "lint", str(fixtures / "persona.toml"))
    assert code == 0
    assert "in orde (persona klein)" in out


def test_missing_file_and_folder_are_plain_dutch(cli, tmp_path: Path) -> None:
    code, out, err = cli("dialogs", "lint", str(tmp_path / "weg.toml"), str(tmp_path))
    assert code == 1
    assert f"{tmp_path / 'weg.toml'}: kan het bestand niet lezen: het bestaat niet" in out
    assert "dit is een map" in out
    assert "2 van de 2 bestanden hebben problemen." in err
    code, _, err = cli("dialogs", "test", str(tmp_path / "weg.toml"))
    assert code == 1 and "het bestaat niet" in err
