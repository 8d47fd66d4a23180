"""``assistant practice``: list personas, replay a transcript, JSON and Markdown output."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.cli.main import main

TRANSCRIPTS = Path(__file__).parent / "transcripts"


def test_list_prints_persona_names_one_per_line(capsys):
    assert main(["practice", "--list"]) == 0
    names = capsys.readouterr().out.split()
    assert {"huurachterstand", "mantelzorger", "weduwnaar", "jongere-blowen"} <= set(names)


def test_replay_prints_replies_and_feedback_in_dutch(capsys):
    transcript = TRANSCRIPTS / "weduwnaar_goed.txt"
    assert main(["practice", "--persona", "weduwnaar", "--transcript", str(transcript)]) == 0
    out = capsys.readouterr().out
    assert "Jan Bakker:" in out
    assert "Feedback:" in out and "van de 100 punten" in out


def test_json_has_contract_keys_and_markdown_export(capsys, tmp_path):
    transcript = TRANSCRIPTS / "huurachterstand_slecht.txt"
    export = tmp_path / "feedback.md"
    argv = ["practice", "--persona", "huurachterstand", "--transcript", str(transcript)]
    assert main([*argv, "--json", "--markdown", str(export)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"score", "criteria", "missed", "found_underlying_need"} <= data.keys()
    assert all({"name", "value", "evidence"} <= c.keys() for c in data["criteria"])
    assert data["found_underlying_need"] is False
    assert len(data["replies"]) == 8
    assert "# Oefengesprek" in export.read_text(encoding="utf-8")


def test_unknown_persona_is_a_dutch_error(capsys, tmp_path):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Hoe gaat het?\n", encoding="utf-8")
    assert main(["practice", "--persona", "bestaatniet", "--transcript", str(transcript)]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_missing_transcript_is_a_dutch_error(capsys, tmp_path):
    argv = ["practice", "--persona", "weduwnaar", "--transcript", str(tmp_path / "x.txt")]
    assert main(argv) == 1
    assert "Kan het gesprek" in capsys.readouterr().err


def test_practice_core_does_not_import_textual():
    import subprocess
    import sys

    code = "import sys, assistant.practice, assistant.cli.practice; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
