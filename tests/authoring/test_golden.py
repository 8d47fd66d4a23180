"""Golden transcripts: a passing file, and failures that say where the path diverged."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.authoring.casefile import golden_files


def copy_fixture(fixtures: Path, tmp_path: Path) -> Path:
    shutil.copy(fixtures / "goed.toml", tmp_path / "goed.toml")
    shutil.copytree(fixtures / "golden", tmp_path / "golden")
    return tmp_path / "goed.toml"


def test_golden_files_are_found_next_to_the_dialog(fixtures: Path) -> None:
    assert [p.name for p in golden_files(fixtures / "goed.toml")] == ["een-behoefte.toml"]


def test_dialog_runs_its_golden_files(cli, fixtures: Path) -> None:
    code, out, _ = cli("dialogs", "test", str(fixtures / "goed.toml"))
    assert code == 0
    assert "ok    " in out and "een-behoefte.toml" in out
    assert "Klaar: alles geslaagd." in out


def test_a_single_golden_file_finds_its_dialog(cli, fixtures: Path) -> None:
    code, out, _ = cli("dialogs", "test", str(fixtures / "golden" / "goed" / "een-behoefte.toml"))
    assert code == 0, out


def test_diverging_path_is_shown_with_the_route(cli, fixtures: Path, tmp_path: Path) -> None:
    dialog = copy_fixture(fixtures, tmp_path)
    text = dialog.read_text(encoding="utf-8")
    text = text.replace('next = "mensen"', 'next = "X"').replace('next = "hulp"', 'next = "verder"')
    text = text.replace('next = "X"', 'next = "hulp"').replace(
        'next = "verder"\n\n[[steps]]\nid = "verder"', 'next = "mensen"\n\n[[steps]]\nid = "verder"'
    )
    dialog.write_text(text, encoding="utf-8")
    code, out, _ = cli("dialogs", "test", str(dialog))
    assert code == 1
    assert "FOUT" in out
    assert (
        "het pad wijkt af bij beurt 5: verwacht stap 'mensen', maar het gesprek is bij 'hulp'"
        in out
    )
    assert "Route tot daar: vraag → achter → domeinen → zelf → hulp" in out


def test_refused_answer_and_wrong_expectations(cli, fixtures: Path, tmp_path: Path) -> None:
    dialog = copy_fixture(fixtures, tmp_path)
    case = tmp_path / "golden" / "goed" / "een-behoefte.toml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace('answer = ["financien"]', 'answer = ["geld"]'), encoding="utf-8")
    code, out, _ = cli("dialogs", "test", str(dialog))
    assert code == 1
    assert (
        "beurt 3, stap 'domeinen': het antwoord werd geweigerd: 'geld' is geen levensdomein" in out
    )
    case.write_text(
        text.replace('"netwerk", "voorliggend"] }]', '"netwerk", "voorliggend", "maatwerk"] }]'),
        encoding="utf-8",
    )
    code, out, _ = cli("dialogs", "test", str(dialog))
    assert code == 1
    assert "kaders bij financien: ontbreekt: maatwerk" in out


def test_bad_golden_file_is_a_located_error(cli, fixtures: Path, tmp_path: Path) -> None:
    dialog = copy_fixture(fixtures, tmp_path)
    case = tmp_path / "golden" / "goed" / "een-behoefte.toml"
    case.write_text(case.read_text(encoding="utf-8").replace("[expect]", "[verwacht]"), "utf-8")
    code, _, err = cli("dialogs", "test", str(dialog))
    assert code == 1
    assert "een-behoefte.toml:27: verwacht: onbekende sleutel" in err
    assert "Traceback" not in err


def test_golden_file_mistakes_are_told_as_the_trainer_wrote_them(
    cli, fixtures: Path, tmp_path: Path
) -> None:
    """A misspelt key gets a 'bedoelt u' (and no second 'missing' line for the key it
    meant); turns count from 1; a wrong value is told in Dutch."""
    dialog = copy_fixture(fixtures, tmp_path)
    case = tmp_path / "golden" / "goed" / "een-behoefte.toml"
    text = case.read_text(encoding="utf-8").replace('step = "hulp"', 'stap = "hulp"', 1)
    case.write_text(text.replace("signals = []", 'signals = []\nfinished = "ja"'), "utf-8")
    code, _, err = cli("dialogs", "test", str(dialog))
    assert code == 1
    turn = sum(1 for row in text.splitlines()[: _line(text, 'stap = "hulp"')] if row == "[[turns]]")
    assert f"turns[{turn}].stap: onbekende sleutel (bedoelt u 'step'?)" in err
    assert "step: deze sleutel ontbreekt" not in err
    finished = _line(text, "signals = []") + 1
    assert f"een-behoefte.toml:{finished}: expect.finished: verwacht true of false" in err
    assert "Input should" not in err


def test_broken_golden_toml_is_told_in_dutch(cli, fixtures: Path, tmp_path: Path) -> None:
    dialog = copy_fixture(fixtures, tmp_path)
    case = tmp_path / "golden" / "goed" / "een-behoefte.toml"
    case.write_text('description = "kapot\n', "utf-8")
    code, _, err = cli("dialogs", "test", str(dialog))
    assert code == 1
    assert "een-behoefte.toml:1" in err
    assert "tekst tussen aanhalingstekens wordt niet afgesloten" in err


def _line(text: str, row: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line == row)


def test_nothing_to_test_is_an_error(cli, fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(fixtures / "goed.toml", tmp_path / "goed.toml")
    code, out, err = cli("dialogs", "test", str(tmp_path / "goed.toml"))
    assert code == 1
    assert "geen gouden gesprekken gevonden" in out
    assert "Er is niets getest." in err


def test_record_a_golden_file_from_answers(cli, fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(fixtures / "goed.toml", tmp_path / "goed.toml")
    answers = tmp_path / "schulden.txt"
    answers.write_text(
        "Ik heb schulden\nRust\nfinancien\nKasboek\nZus\nThuisadministratie\n", "utf-8"
    )
    code, out, _ = cli("dialogs", "test", str(tmp_path / "goed.toml"), "--maak", str(answers))
    assert code == 0, out
    made = tmp_path / "golden" / "goed" / "schulden.toml"
    assert made.exists()
    assert 'needs = [{ domain = "financien"' in made.read_text(encoding="utf-8")
    code, _, err = cli("dialogs", "test", str(tmp_path / "goed.toml"), "--maak", str(answers))
    assert code == 1 and "bestaat al" in err
