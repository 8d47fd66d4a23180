"""``assistant dialogs check|graph|play`` as a trainer uses them in the terminal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli.main import main

HERE = Path(__file__).parent
MINI = str(HERE / "fixtures" / "good" / "mini.toml")
BAD = HERE / "fixtures" / "bad"

ANSWERS = """\
Ik wil hulp in het huishouden
# de vraag achter de vraag laten we leeg

vandaag
financien, huisvesting
2
Ik maak lijstjes
buurvrouw; boodschappen
ja
3
zus helpt
:over alleen de zus, verder niemand
nee
huishoudelijke hulp
Bellen met de schuldhulp
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dialogs", "check", MINI)
    assert code == 0
    assert "in orde (13 stappen)" in out


def test_check_reports_every_problem_of_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(BAD / "many_problems.toml"), MINI, str(BAD / "unknown_target.toml")]
    code, out, err = run(capsys, "dialogs", "check", *files)
    assert code == 1
    rows = out.splitlines()
    assert sum("many_problems.toml:" in row for row in rows) == 4
    assert any(row.startswith(f"{BAD / 'unknown_target.toml'}:28: ") for row in rows)
    assert "2 van de 3 bestanden" in err
    assert "Traceback" not in out + err


def test_graph_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dialogs", "graph", MINI, "--format", "mermaid")
    assert code == 0
    assert out.startswith("flowchart TD")
    assert 'subgraph eigen_kracht["Eigen kracht"]' in out
    assert 's_scan -->|"open_needs() == 0"| s_afspraak' in out
    code, out, _ = run(capsys, "dialogs", "graph", MINI, "--format", "dot")
    assert code == 0
    assert out.startswith('digraph "mini" {')
    assert 'label="Vraag achter de vraag";' in out


def test_graph_of_bad_file_is_a_dutch_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dialogs", "graph", str(BAD / "unknown_phase.toml"))
    assert code == 1
    assert "onbekende fase 'eigenkracht'" in err


def test_play_answers_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = tmp_path / "antwoorden.txt"
    answers.write_text(ANSWERS, encoding="utf-8")
    code, out, _ = run(capsys, "dialogs", "play", MINI, "--answers", str(answers), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["finished"] is True
    assert result["visited"][0] == "welkom" and result["visited"][-1] == "einde"
    assert result["slots"]["urgentie"] == "vandaag"
    assert [(n["domain"], n["text"]) for n in result["needs"]] == [
        ("financien", ""),
        ("huisvesting", "maatwerk: huishoudelijke hulp"),
    ]
    assert result["frames"] == {
        "eigen_kracht": True,
        "netwerk": True,
        "voorliggend": True,
        "maatwerk": True,
    }
    assert result["signals"][0]["kind"] == "acute_crisis"
    assert result["skipped_frames"][1]["reason"] == "alleen de zus, verder niemand"


def test_play_bad_answer_names_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = tmp_path / "fout.txt"
    answers.write_text("x\n\nmorgen\n", encoding="utf-8")
    code, _out, err = run(capsys, "dialogs", "play", MINI, "--answers", str(answers))
    assert code == 1
    assert f"{answers}:3: stap 'urgent': 'morgen' is geen van de keuzes" in err
    assert "regel 3" in err


def test_play_stops_when_answers_run_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = tmp_path / "kort.txt"
    answers.write_text("x\n", encoding="utf-8")
    code, out, err = run(capsys, "dialogs", "play", MINI, "--answers", str(answers), "--json")
    assert code == 0
    assert json.loads(out)["finished"] is False
    assert "antwoorden zijn op bij stap 'achter'" in err


def test_play_interactive(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines: Iterator[str] = iter(["", "Hulp", "", "morgen", ":terug", "", "1", ":stop"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    code, out, _ = run(capsys, "dialogs", "play", MINI)
    assert code == 0
    assert "[Hulpvraag] Waar wilt u het vandaag over hebben?" in out
    assert "'morgen' is geen van de keuzes" in out
    assert "(Enter = verder)" in out
    assert "[Hulpvraag] Hoe snel is er iets nodig?\n  1. niet dringend" in out
    assert "Niet afgerond." in out


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["dialogs", "play", "--help"])
    out = capsys.readouterr().out
    assert "lees de antwoorden uit dit bestand" in out
