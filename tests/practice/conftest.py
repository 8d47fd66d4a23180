"""Shared helpers for the practice tests: a stand-in analyzer and the mini persona.

The stand-in is not a question classifier: each test states the analysis it wants for a
line, so the rules of the simulation are tested apart from the language analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.practice import Persona, load_persona

HERE = Path(__file__).parent
MINI = HERE / "fixtures" / "personas_mini" / "mini.toml"


@dataclass(frozen=True)
class Q:
    """A hand-written question analysis."""

    kind: str = "open"
    yes_but: bool = False
    no_because: bool = False
    advice: bool = False
    judging: bool = False
    warned_phrase: bool = False
    frames: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Need:
    domain: str
    confidence: float = 0.95


class StubAnalyzer:
    """Returns the analysis a test gave for each line (default: an open question)."""

    def __init__(
        self, table: dict[str, Q] | None = None, needs: dict[str, list[str]] | None = None
    ):
        self.table = table or {}
        self.need_table = needs or {}

    def question(self, text: str) -> Q:
        return self.table.get(text, Q())

    def needs(self, text: str) -> list[Need]:
        return [Need(d) for d in self.need_table.get(text, [])]


@pytest.fixture
def mini() -> Persona:
    return load_persona(MINI)


@pytest.fixture
def q() -> type[Q]:
    """The hand-written analysis record."""
    return Q


@pytest.fixture
def stub() -> type[StubAnalyzer]:
    """The stand-in analyzer class."""
    return StubAnalyzer
