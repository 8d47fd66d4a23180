"""The snapshot of the lexicons and model: a start from it answers exactly as a start
without it, and a lexicon a trainer edits is never hidden behind an old snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.lexicons import LexiconError
from assistant.nlp import Analyzer
from assistant.nlp import snapshot as snapshot_module
from assistant.nlp.cache import cache_dir
from assistant.nlp.model import ModelFileError

SAYINGS = [
    "Ik heb schulden en de deurwaarder staat elke week voor de deur.",
    "M'n man drinkt te veel, maar ik heb geen schulden.",
    "Soms denk ik dat ze beter af zijn zonder mij.",
    "Ik schrok me dood toen de brief kwam.",
]
QUESTIONS = ["Wat zou u willen dat er verandert?", "Heeft u al eens de schuldhulp gebeld?"]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def _answers(analyzer: Analyzer) -> list[object]:
    return [analyzer.analyze(s) for s in SAYINGS] + [analyzer.question(q) for q in QUESTIONS]


def _team_words(folder: Path, term: str) -> Path:
    (folder / "domains").mkdir(exist_ok=True)
    path = folder / "domains" / "team.toml"
    path.write_text(f'domain = "financien"\n[[groups]]\nterms = ["{term}"]\n', encoding="utf-8")
    return path


def test_a_start_from_the_snapshot_answers_the_same(fresh_cache: Path) -> None:
    first = Analyzer()
    snapshots = list(cache_dir().glob("snapshot-*"))
    assert len(snapshots) == 1
    assert _answers(Analyzer()) == _answers(first)


def test_a_broken_snapshot_is_built_again(fresh_cache: Path) -> None:
    expected = _answers(Analyzer())
    for snapshot in cache_dir().glob("snapshot-*"):
        snapshot.write_bytes(b"kapot")
    assert _answers(Analyzer()) == expected


def test_an_edited_team_list_counts_at_the_next_start(fresh_cache: Path) -> None:
    team = fresh_cache / "team"
    team.mkdir()
    _team_words(team, "krakkemikkig budget")
    assert Analyzer([team]).needs("Ik heb een krakkemikkig budget.")
    _team_words(team, "poenprobleem")
    again = Analyzer([team])
    assert [n.domain for n in again.needs("Ik heb een poenprobleem.")] == ["financien"]
    assert not again.needs("Ik heb een krakkemikkig budget.")


def test_a_broken_team_list_is_reported_although_a_snapshot_exists(fresh_cache: Path) -> None:
    team = fresh_cache / "team"
    team.mkdir()
    path = _team_words(team, "poenprobleem")
    Analyzer([team])
    path.write_text('domain = "geldzaken"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Analyzer([team])
    assert "team.toml" in info.value.render()


def test_a_missing_model_file_is_a_dutch_error_naming_it(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_module, "DANGER_FILE", fresh_cache / "weg-gevaar.json")
    with pytest.raises(ModelFileError, match=r"weg-gevaar\.json kan niet gelezen worden"):
        Analyzer()
