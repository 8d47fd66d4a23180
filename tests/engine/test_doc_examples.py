"""Every ```toml example in docs/dialoogformaat.md is a valid dialog; the example plays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.engine import Session, load_dialog_text
from assistant.engine.player import play_lines

DOC = Path(__file__).parents[2] / "docs" / "dialoogformaat.md"
TEXT = DOC.read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```toml\n(.*?)^```", TEXT, flags=re.MULTILINE | re.DOTALL)


def test_doc_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_example_loads_clean(index: int) -> None:
    dialog = load_dialog_text(BLOCKS[index], f"{DOC.name} voorbeeld {index + 1}")
    assert dialog.steps


def test_complete_example_plays_with_its_answer_file() -> None:
    answers = re.search(r"Een antwoordbestand.*?^```\n(.*?)^```", TEXT, re.MULTILINE | re.DOTALL)
    assert answers is not None
    session = Session(load_dialog_text(BLOCKS[-1]))
    play_lines(session, answers.group(1).splitlines(), "antwoorden.txt")
    result = session.result
    assert result.finished
    assert [need.domain for need in result.needs] == ["financien", "sociaal_netwerk"]
    assert result.needs[1].skipped_frames == {"netwerk": "Er is nu niemand in beeld"}
    assert result.agreements[0].when == "vrijdag"
