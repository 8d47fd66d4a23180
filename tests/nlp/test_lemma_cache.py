"""The lemma table and its cache: the same answers with or without a cache, and a
broken cache file is read past, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.nlp.lemmas import LemmaTable, cache_files

WORDS = ["Schulden", "gedronken", "deurwaarder", "schuldn", "woninkje", "ĳsbeer", "é" * 30]


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
    assert not table.is_known("x" * 80)  # longer than any Dutch word
    assert not table.is_known("gewend")  # the lookup table lists it nowhere ...
    assert table.is_word("gewend")  # ... spaCy's lemma exceptions do
    assert table.is_word("opluchting")
    assert not table.is_word("schuldn")
    assert not table.is_word("x" * 80)
    for file in cache_files():  # written for the next start
        assert file.is_file()
        assert fresh_cache in file.parents


def test_the_cache_gives_the_same_answers(fresh_cache: Path) -> None:
    first = LemmaTable()  # from spacy-lookups-data
    second = LemmaTable()  # from the cache now
    assert [second.key(w) for w in WORDS] == [first.key(w) for w in WORDS]
    assert [second.is_known(w) for w in WORDS] == [first.is_known(w) for w in WORDS]
    assert [second.is_word(w) for w in WORDS] == [first.is_word(w) for w in WORDS]
    subset = second.subset({"schuld", "drinken"})
    assert subset == first.subset({"schuld", "drinken"})
    assert subset["schulden"] == "schuld"
    assert "huis" not in subset


def test_a_broken_cache_is_read_past(fresh_cache: Path) -> None:
    LemmaTable()
    for file in cache_files():
        file.write_bytes(b"kapot")
    table = LemmaTable()
    assert table.key("schulden") == "schuld"
    assert table.subset({"schuld"})["schulden"] == "schuld"


def test_caches_of_older_versions_are_removed(fresh_cache: Path) -> None:
    old = fresh_cache / "keukentafel" / "nl_lemma_lookup-1.0.5-v2.marshal"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"oud")
    LemmaTable()
    assert not old.exists()


def test_lexicon_forms_win_over_the_table(fresh_cache: Path) -> None:
    table = LemmaTable()
    table.add_forms({"nie": "niet"})
    assert table.key("nie") == "niet"
    assert table.is_known("nie")


def test_a_lexicon_form_is_part_of_the_subset(fresh_cache: Path) -> None:
    table = LemmaTable()
    table.add_forms({"poen": "geld"})
    assert table.subset({"geld"})["poen"] == "geld"
    again = LemmaTable()
    again.add_forms({"poen": "schuld"})
    assert again.subset({"geld", "schuld"})["poen"] == "schuld"
