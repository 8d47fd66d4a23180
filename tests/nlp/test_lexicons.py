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


def test_a_bad_extra_scope_file_is_named_itself_with_every_problem(tmp_path: Path) -> None:
    """scope.toml in a trainer's folder adds to ours; a mistake in it names that file, its
    line and the place in it counted from 1, not our file and the place in the joined
    list."""
    (tmp_path / "scope.toml").write_text(
        'settled = [\n  "alles opgelost",\n  3,\n]\nsetled = ["het gaat goed"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as info:
        load_lexicons([tmp_path])
    report = info.value.render()
    own = str(tmp_path / "scope.toml")
    assert f"{own}:3: settled[2]: verwacht tekst" in report
    assert f"{own}:5: setled: onbekend veld (bedoelt u 'settled'?)" in report
    assert "knowledge/lexicons/scope.toml" not in report


def test_a_broken_toml_word_list_is_told_in_dutch_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "scope.toml").write_text('settled = ["alles opgelost"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicons([tmp_path])
    report = info.value.render()
    assert f"{tmp_path / 'scope.toml'}:2" in report
    assert "TOML-fout: een lijst [ ... ] wordt niet afgesloten" in report


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


def test_a_choice_between_phrases_is_reported_with_file_and_place(tmp_path: Path) -> None:
    """ "a|b" chooses between single words; "hoe je het|hoe ik het" would silently match
    nothing, so the trainer is told where and what to write instead."""
    (tmp_path / "domains").mkdir()
    bad = tmp_path / "domains" / "eigen.toml"
    bad.write_text(
        'domain = "financien"\n[[groups]]\nterms = ["geld", "weet niet hoe je het|hoe ik het"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as info:
        load_lexicons([tmp_path])
    report = info.value.render()
    assert "eigen.toml:3: groups[1].terms[2]" in report
    assert "niet tussen woordgroepen" in report and "Value error" not in report


def test_a_choice_of_single_words_next_to_the_same_word_is_fine(tmp_path: Path) -> None:
    (tmp_path / "domains").mkdir()
    (tmp_path / "domains" / "eigen.toml").write_text(
        'domain = "huiselijke_relaties"\n[[groups]]\nterms = ["trekt aan m\'n|haar haar"]\n',
        encoding="utf-8",
    )
    assert any(d.domain == "huiselijke_relaties" for d in load_lexicons([tmp_path]).domains)


def test_a_trainer_adds_question_topics_and_judging_words(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    """question.toml in the trainer's folder adds to ours, tables included."""
    (tmp_path / "question.toml").write_text(
        'judging = ["wat een slappe hap"]\n[topics]\nfinancien = ["knaken"]\n', encoding="utf-8"
    )
    text = "Hoe gaat het met de knaken? Wat een slappe hap."
    assert analyzer.question(text).domains == []
    extended = Analyzer([tmp_path]).question(text)
    assert extended.domains == ["financien"]
    assert extended.judging
