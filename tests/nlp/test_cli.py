"""The commands ``assistant needs`` and ``assistant vraag`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.nlp import Analyzer

EXTRA_SET = Path(__file__).parent / "data/needs-extra.jsonl"


def test_needs_json(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "Ik heb schulden en mijn man slaat me.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "financien" in [n["domain"] for n in data["needs"]]
    assert data["signals"][0]["kind"] == "violence"


def test_needs_human_output_is_dutch(
    analyzer: Analyzer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["needs", "Ik heb geen vrienden meer."]) == 0
    assert "Sociaal netwerk" in capsys.readouterr().out
    assert main(["needs", "Mooi weer vandaag."]) == 0
    assert "Geen levensdomeinen gevonden." in capsys.readouterr().out


def test_needs_file_keeps_order(
    analyzer: Analyzer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uitspraken.txt"
    lines = ['{"text": "Ik ben dakloos."}', "Ik drink te veel.", "", "Mooi weer."]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["needs", "--file", str(path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[n["domain"] for n in r["needs"]] for r in rows] == [
        ["huisvesting"],
        ["verslaving"],
        [],
    ]


def test_needs_eval_json(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--eval", str(EXTRA_SET), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"macro_f1", "micro_f1", "primary_top2", "no_need_fpr"} <= set(data)


def test_needs_eval_table(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--eval", str(EXTRA_SET)]) == 0
    out = capsys.readouterr().out
    assert "Precisie" in out and "Macro-F1" in out and "Financiën" in out


def test_needs_without_input_is_a_dutch_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs"]) == 1
    assert "Geef één tekst" in capsys.readouterr().err


def test_needs_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--file", "bestaat-niet.txt"]) == 1
    assert "kan niet gelezen worden" in capsys.readouterr().err


def test_vraag(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vraag", "Heeft u al eens geprobeerd om hulp te vragen?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "closed" and data["advice"] is True
    assert main(["vraag", "Wat maakt het voor u zo moeilijk?"]) == 0
    assert "Soort: open vraag" in capsys.readouterr().out
