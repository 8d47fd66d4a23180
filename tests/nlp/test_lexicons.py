"""Trainers extend the word lists with their own folder; mistakes are reported clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.lexicons import LexiconError, load_lexicons
from assistant.nlp import Analyzer


def test_shipped_lexicons_cover_every_domain() -> None:
    lexicons = load_lexicons()
    assert len({d.domain for d in lexicons.domains}) == 11
    assert set(lexicons.safety.routes) == {"suicide_risk", "violence", "acute_crisis"}


def test_bad_extra_file_is_reported_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "domains").mkdir()
    bad = tmp_path / "domains" / "eigen.toml"
    bad.write_text('domain = "geldzaken"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicons([tmp_path])
    assert "eigen.toml" in info.value.render()


def test_extra_folder_adds_words(tmp_path: Path) -> None:
    (tmp_path / "domains").mkdir()
    (tmp_path / "domains" / "regio.toml").write_text(
        'domain = "financien"\n[[groups]]\nterms = ["krakkemikkig budget"]\n', encoding="utf-8"
    )
    analyzer = Analyzer([tmp_path])
    assert [n.domain for n in analyzer.needs("Ik heb een krakkemikkig budget.")] == ["financien"]


def test_a_trainers_strong_new_word_counts_though_the_model_never_saw_it(
    tmp_path: Path,
) -> None:
    """The learned layer weighs in, but a strong term of the trainer's own list is enough."""
    (tmp_path / "domains").mkdir()
    (tmp_path / "domains" / "regio.toml").write_text(
        'domain = "dagbesteding"\n[[groups]]\nweight = 0.9\nterms = ["zwoegplek"]\n',
        encoding="utf-8",
    )
    analyzer = Analyzer([tmp_path])
    assert analyzer.model is not None and "w:zwoegplek" not in analyzer.model.weights
    assert [n.domain for n in analyzer.needs("Ik mis de zwoegplek.")] == ["dagbesteding"]
