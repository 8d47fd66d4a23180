"""Shared helpers for the authoring tests: fixture paths, a stand-in question analyzer,
and running the CLI with the trainer commands registered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import assistant.cli.authoring  # noqa: F401  (registers dialogs lint/test/check)
from assistant.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
DIALOGS = REPO / "assistant" / "dialogs"


@dataclass(frozen=True)
class Style:
    kind: str
    yes_but: bool = False
    no_because: bool = False
    warned_phrase: bool = False


class FakeAnalyzer:
    """A tiny stand-in for assistant.nlp: enough to drive each question rule."""

    def question(self, text: str) -> Style:
        lower = text.lower()
        warned = "allemaal zelf" in lower or "allemaal helpen" in lower
        yes_but = lower.startswith("ja, maar")
        if not text.rstrip().endswith("?"):
            return Style("none", yes_but=yes_but, warned_phrase=warned)
        if " toch " in f" {lower} ":
            return Style("suggestive", yes_but, warned_phrase=warned)
        first = re.findall(r"\w+", lower)[:1]
        is_open = first and first[0] in {"wat", "hoe", "wie", "waar", "welke", "wanneer"}
        return Style("open" if is_open else "closed", yes_but, warned_phrase=warned)


@pytest.fixture
def fake() -> FakeAnalyzer:
    return FakeAnalyzer()


class Cli:
    """Runs ``assistant ARGS`` in-process and returns (exit code, stdout, stderr)."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
