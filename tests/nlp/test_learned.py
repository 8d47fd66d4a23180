"""The learned layer: it adds what the rules missed, outweighs a rule hit only when it is
sure, keeps danger first, and trains deterministically; a broken model file is a clear
Dutch error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.nlp import Analyzer
from assistant.nlp.model import (
    FORMAT,
    ModelFileError,
    NeedModel,
    Settings,
    load_model,
    read_model_data,
)
from assistant.nlp.training import Example, fit, using

DOMAINS = list(DOMAIN_SLUGS)
QUIET = -6.0
"""A bias that keeps every domain far below the threshold unless a word pushes it."""


def handmade(weights: dict[str, dict[str, float]]) -> NeedModel:
    """A model that only knows these words: {feature: {domain: weight}}. A word that
    points at a domain points at "any need" just as much."""
    rows = {
        name: [w.get(d, 0.0) for d in DOMAINS] + [max(w.values())] for name, w in weights.items()
    }
    combiner = load_model().combiner
    return NeedModel(DOMAINS, [QUIET] * (len(DOMAINS) + 1), rows, Settings(), combiner)


def test_the_shipped_model_loads_and_knows_every_domain() -> None:
    model = load_model()
    assert model.domains == DOMAINS
    assert len(model.weights) > 500


def test_a_domain_the_rules_missed_is_added_with_the_words_as_evidence(
    analyzer: Analyzer,
) -> None:
    text = "De lege flessen breng ik pas 's avonds laat naar de glasbak."
    with using(analyzer, None):
        assert analyzer.needs(text) == []
    model = handmade({"w:glasbak": {"verslaving": 5.0}, "w:avond": {"verslaving": 4.0}})
    with using(analyzer, model):
        needs = analyzer.needs(text)
    assert [n.domain for n in needs] == ["verslaving"]
    evidence = needs[0].evidence
    assert {e.text for e in evidence} == {"avonds", "glasbak"}
    assert all(e.source == "model" for e in evidence)
    assert text[evidence[0].start : evidence[0].end] == evidence[0].text


def test_a_denied_word_does_not_count_for_the_model(analyzer: Analyzer) -> None:
    model = handmade({"w:glasbak": {"verslaving": 9.0}})
    with using(analyzer, model):
        assert analyzer.needs("Naar de glasbak ga ik nooit.") == []


def test_a_rule_hit_stays_when_the_model_has_no_view(analyzer: Analyzer) -> None:
    text = "Ik heb schulden bij de energiemaatschappij."
    unsure = NeedModel(DOMAINS, [-2.5] * (len(DOMAINS) + 1), {}, Settings(), load_model().combiner)
    with using(analyzer, unsure):
        assert [n.domain for n in analyzer.needs(text)] == ["financien"]


def test_a_rule_hit_is_outweighed_when_the_model_is_sure_it_is_no_need(
    analyzer: Analyzer,
) -> None:
    text = "Ik heb schulden bij de energiemaatschappij."
    against = handmade({"w:schuld": {"financien": -20.0}})
    with using(analyzer, against):
        assert analyzer.needs(text) == []


def test_danger_stays_first_whatever_the_model_thinks(analyzer: Analyzer) -> None:
    text = "Ik heb schulden en ze dreigen me af te maken als ik niet betaal."
    model = handmade({"w:schuld": {"financien": 20.0}, "w:dreigen": {"justitie": -20.0}})
    with using(analyzer, model):
        result = analyzer.analyze(text)
    assert [s.kind for s in result.signals] == ["violence"]
    assert result.needs[0].domain != "financien"


def test_fitting_learns_a_word_and_is_deterministic() -> None:
    data = [Example(["w:glasbak", "w:avond"], {"verslaving"}) for _ in range(20)]
    data += [Example(["w:avond", "w:tuin"], set()) for _ in range(20)]
    first, second = fit([data[0::3], data[1::3], data[2::3]]), fit([data])
    assert first.to_json() == fit([data[0::3], data[1::3], data[2::3]]).to_json()
    assert second.probabilities(["w:glasbak"])["verslaving"] > 0.7
    assert first.probabilities(["w:glasbak"])["verslaving"] > 0.7
    assert first.probabilities(["w:tuin"])["verslaving"] < 0.3
    assert first.reasons("verslaving", ["w:tuin", "w:glasbak"])[0][0] == "w:glasbak"


def test_a_model_survives_a_round_trip_through_its_file(tmp_path: Path) -> None:
    model = handmade({"w:glasbak": {"verslaving": 5.0}})
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.probabilities(["w:glasbak"]) == pytest.approx(model.probabilities(["w:glasbak"]))
    assert again.combiner.weights == pytest.approx(model.combiner.weights, abs=1e-4)
    assert again.combiner.keep_from == model.combiner.keep_from


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{niet af", "geen geldige JSON"),
        (
            json.dumps({"format": FORMAT, "domains": ["geld"], "bias": [0], "weights": {}}),
            "klopt niet",
        ),
        (
            json.dumps({"format": FORMAT, "domains": DOMAINS, "bias": [0], "weights": {}}),
            "aantal gewichten",
        ),
        (
            json.dumps({"format": FORMAT, "domains": DOMAINS, "bias": [0] * 12, "weights": {}}),
            "het onderdeel 'combiner' ontbreekt",
        ),
        (json.dumps({"format": 1, "domains": DOMAINS}), "oudere versie van Keukentafel"),
    ],
)
def test_a_broken_model_file_is_named_in_dutch(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "kapot-model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert "kapot-model.json" in str(caught.value)
    assert says in str(caught.value)


@pytest.mark.parametrize(
    ("section", "part", "value", "says"),
    [
        (
            "neighbours",
            "postings",
            {"w:glasbak": [10**6]},
            "een voorbeeldzin in de index bestaat niet",
        ),
        ("neighbours", "labels", [[99]], "een voorbeeldzin in de index heeft een onbekend domein"),
        ("neighbours", "outputs", 20, "past niet bij het aantal domeinen"),
        ("term_trust", "prior", "veel", "een aandeel dat geen getal is"),
        ("term_trust", "terms", {"financien|poen": 1.5}, "tussen 0 en 1"),
    ],
)
def test_a_broken_part_of_the_model_file_is_named_in_dutch(
    tmp_path: Path, section: str, part: str, value: object, says: str
) -> None:
    """The index of similar sentences and the table of how often each term was right."""
    data = read_model_data()
    data[section][part] = value
    path = tmp_path / "kapot-model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert "kapot-model.json klopt niet" in str(caught.value)
    assert says in str(caught.value)


def test_a_missing_model_file_is_named_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match=r"weg\.json kan niet gelezen worden"):
        load_model(tmp_path / "weg.json")


SENTENCES = Path(__file__).parents[2] / "assistant/knowledge/learned/sentences"


def test_the_shipped_model_was_trained_on_every_sentence_file() -> None:
    """Adding sentences without retraining would leave them unused: retrain with the
    command in assistant/knowledge/learned/README.md."""
    trained_on = load_model().trained_on
    for path in SENTENCES.glob("*.jsonl"):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert path.name in trained_on, f"{path.name} is niet meegetraind"
        # a few sentences may be left out because they look like the judge set
        assert 0.8 * len(lines) <= trained_on[path.name] <= len(lines)
