"""The lemma table and its caches: the same answers with or without a cache, and a
broken cache file is read past, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.nlp.lemmas import LemmaTable, cache_file


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_words_get_their_lemma_and_real_words_are_known(fresh_cache: Path) -> None:
    table = LemmaTable()
    assert table.key("Schulden") == "schuld"
    assert table.key("gedronken") == "drinken"
    assert table.is_known("deurwaarder")
    assert not table.is_known("schuldn")
    assert cache_file().is_file()  # written for the next start
    assert fresh_cache in cache_file().parents


def test_the_cache_gives_the_same_table_and_subset(fresh_cache: Path) -> None:
    first = LemmaTable()
    first_subset = first.subset({"schuld", "drinken"})
    second = LemmaTable()  # from the cache now
    assert (second.forms, second.lemmas) == (first.forms, first.lemmas)
    assert second.subset({"schuld", "drinken"}) == first_subset
    assert first_subset["schulden"] == "schuld"
    assert "huis" not in first_subset


def test_a_broken_cache_is_read_past(fresh_cache: Path) -> None:
    LemmaTable()
    cache_file().write_bytes(b"geen marshal")
    for subset in cache_file().parent.glob("subset-*"):
        subset.write_bytes(b"kapot")
    table = LemmaTable()
    assert table.key("schulden") == "schuld"
    assert table.subset({"schuld"})["schulden"] == "schuld"


def test_lexicon_forms_win_over_the_table(fresh_cache: Path) -> None:
    table = LemmaTable()
    table.add_forms({"nie": "niet"})
    assert table.key("nie") == "niet"
    assert table.is_known("nie")


def test_changing_a_lexicon_form_gives_a_new_subset(fresh_cache: Path) -> None:
    table = LemmaTable()
    table.add_forms({"poen": "geld"})
    assert table.subset({"geld"})["poen"] == "geld"
    again = LemmaTable()
    again.add_forms({"poen": "schuld"})
    assert again.subset({"geld", "schuld"})["poen"] == "schuld"
