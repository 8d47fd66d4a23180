"""Persona files: the shipped ones load, and every kind of mistake is located."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.practice import PERSONA_DIR, PersonaError, load_all, load_persona

BAD = Path(__file__).parent / "fixtures" / "bad_personas"


def _problems(name: str) -> list:
    with pytest.raises(PersonaError) as info:
        load_persona(BAD / f"{name}.toml")
    problems = list(info.value.problems)
    assert all(p.path and p.path.endswith(f"{name}.toml") for p in problems)
    return problems


def test_shipped_personas_load_with_three_or_more_domains():
    personas = load_all(PERSONA_DIR)
    assert {p.id for p in personas} >= {
        "huurachterstand",
        "mantelzorger",
        "weduwnaar",
        "jongere-blowen",
    }
    for persona in personas:
        assert len(persona.relevant_domains()) >= 3
        assert persona.openings and persona.hidden_need.key_terms


@pytest.mark.parametrize(
    ("name", "line", "column", "words"),
    [
        ("syntax", 9, 24, "TOML-fout"),
        ("misspelt_key", 56, None, "bedoelt u 'short'?"),
        ("unknown_domain", 23, None, "bedoelt u 'huisvesting'?"),
        ("unknown_topic_domain", 75, None, "onbekend levensdomein 'financiën'"),
        ("unknown_fact", 76, None, "onbekend feit 'huizen'"),
        ("unknown_with_fact", 87, None, "onbekend feit 'geld3'"),
        ("missing_key", 58, None, "de sleutel 'full' ontbreekt"),
        ("wrong_level", 24, None, "mag hoogstens 5"),
        ("empty_topic", 71, None, "past nooit"),
    ],
)
def test_each_mistake_is_located(name, line, column, words):
    problems = _problems(name)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.column) == (line, column)
    assert words in problem.render()
    assert problem.render().startswith(f"{problem.path}:{line}")


def test_all_problems_reported_at_once():
    problems = _problems("many")
    assert [p.line for p in problems] == [12, 24, 77]
    assert "bedoelt u 'mood'?" in problems[0].render()


def test_unreadable_file_is_a_dutch_error(tmp_path):
    with pytest.raises(PersonaError, match="Kan het personabestand"):
        load_persona(tmp_path / "bestaat-niet.toml")
