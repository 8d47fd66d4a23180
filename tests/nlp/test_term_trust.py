"""How far each lexicon term is trusted is learned from the labelled sentences: a term
that was usually wrong weighs less, a term never seen counts as the rules say, and the
table survives the model file (a broken table: see ``test_learned``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.nlp import Analyzer
from assistant.nlp.model import load_model
from assistant.nlp.term_trust import Sighting, TermTrust, doubtful, learn
from assistant.nlp.training import using


def _sightings() -> list[Sighting]:
    """'rollator' found a health need 10 times, labelled once; 'rolstoel' 10 out of 10."""
    seen = [Sighting({"lichamelijke_gezondheid": ["rollator"]}, set()) for _ in range(9)]
    seen.append(Sighting({"lichamelijke_gezondheid": ["rollator"]}, {"lichamelijke_gezondheid"}))
    seen += [
        Sighting({"lichamelijke_gezondheid": ["rolstoel"]}, {"lichamelijke_gezondheid"})
        for _ in range(10)
    ]
    return seen


def test_a_term_that_was_usually_wrong_is_trusted_less_than_one_that_was_right() -> None:
    trust = learn(_sightings())
    assert trust.prior == pytest.approx(11 / 20)
    assert trust.shift("lichamelijke_gezondheid", ["rollator"]) < 0
    assert trust.shift("lichamelijke_gezondheid", ["rolstoel"]) > 0


def test_a_term_the_sentences_never_showed_counts_as_the_rules_say() -> None:
    trust = learn(_sightings())
    assert trust.shift("lichamelijke_gezondheid", ["krukken"]) == 0.0
    assert trust.shift("financien", ["rollator"]) == 0.0
    assert trust.shift("lichamelijke_gezondheid", []) == 0.0


def test_the_best_term_of_a_domain_decides() -> None:
    trust = learn(_sightings())
    both = trust.shift("lichamelijke_gezondheid", ["rollator", "rolstoel"])
    assert both == trust.shift("lichamelijke_gezondheid", ["rolstoel"])


def test_a_few_sightings_are_pulled_towards_the_average() -> None:
    once_wrong = learn(
        [Sighting({"financien": ["poen"]}, set())]
        + [Sighting({"financien": ["schulden"]}, {"financien"}) for _ in range(9)]
    )
    often_wrong = learn(
        [Sighting({"financien": ["poen"]}, set()) for _ in range(10)]
        + [Sighting({"financien": ["schulden"]}, {"financien"}) for _ in range(90)]
    )
    assert once_wrong.shift("financien", ["poen"]) > often_wrong.shift("financien", ["poen"])


def test_the_terms_wrong_most_often_are_listed_for_the_trainer() -> None:
    doubts = doubtful(_sightings())
    assert [(d.domain, d.term, d.found, d.right) for d in doubts] == [
        ("lichamelijke_gezondheid", "rollator", 10, 1)
    ]
    assert doubtful(_sightings(), least=11) == []


def test_a_rule_hit_by_a_term_that_was_usually_wrong_is_dropped(analyzer: Analyzer) -> None:
    """You should see the debt found with the shipped trust, and dropped when the
    sentences had shown its term to be nearly always wrong."""
    text = "Ik heb schulden bij de energiemaatschappij."
    shipped = load_model()
    with using(analyzer, shipped):
        needs = analyzer.needs(text)
    assert [n.domain for n in needs] == ["financien"]
    terms = [e.term for e in needs[0].evidence if e.source == "lexicon"]
    distrusted = TermTrust({f"financien|{term}": 0.001 for term in terms}, shipped.term_trust.prior)
    doubted = replace(shipped, term_trust=distrusted)
    with using(analyzer, doubted):
        assert "financien" not in [n.domain for n in analyzer.needs(text)]


def test_a_wheelchair_that_gets_you_everywhere_is_no_need(analyzer: Analyzer) -> None:
    """You should see no need: "rolstoel" is in the lists, but in the labelled sentences it
    was right less than half the time, and here nothing is missing."""
    text = "Met mijn nieuwe rolstoel kom ik overal weer, ook in het park."
    model = load_model()
    assert model.term_trust.shift("lichamelijke_gezondheid", ["rolstoel"]) < 0
    with using(analyzer, model):
        assert analyzer.needs(text) == []


def test_the_table_survives_the_model_file(tmp_path: Path) -> None:
    model = load_model()
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.term_trust.prior == pytest.approx(model.term_trust.prior, abs=1e-4)
    assert again.term_trust.share == pytest.approx(model.term_trust.share, abs=1e-4)
    assert len(again.term_trust.share) > 500
