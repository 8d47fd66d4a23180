"""The vote of the most similar labelled sentences: sentences that share rare kept words
vote for their domains, denied words make nothing alike, and the index survives the model
file."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer
from assistant.nlp.features import token_features
from assistant.nlp.neighbours import Neighbours, build

OUTPUTS = ["financien", "verslaving", "any_need"]
MONEY, DRINK, NEED = 0, 1, 2


def features(analyzer: Analyzer, text: str) -> list[str]:
    view = analyzer.rules(text)
    return list(token_features(view.doc, view.scope))


@pytest.fixture
def index(analyzer: Analyzer) -> Neighbours:
    labelled = [
        ("De vaste lasten gaan er al af voordat het loon binnen is.", [MONEY, NEED]),
        ("Aan het eind van de maand is de rekening altijd leeg.", [MONEY, NEED]),
        ("De lege flessen breng ik pas 's avonds laat naar de glasbak.", [DRINK, NEED]),
        ("We gaan zondag met de kinderen naar het strand.", []),
    ]
    return build([features(analyzer, t) for t, _ in labelled], [d for _, d in labelled], 3)


def test_a_sentence_like_a_labelled_one_gets_its_domains(
    analyzer: Analyzer, index: Neighbours
) -> None:
    vote = index.votes(features(analyzer, "Ik zet elke week de flessen bij de glasbak."))
    assert vote[DRINK] > 0.5 > vote[MONEY]
    assert vote[NEED] > 0.5


def test_words_in_common_with_nothing_give_how_common_each_domain_is(
    analyzer: Analyzer, index: Neighbours
) -> None:
    vote = index.votes(features(analyzer, "Onweer!"))
    assert vote == pytest.approx([0.5, 0.25, 0.75])


def test_a_denied_word_makes_no_sentence_alike(analyzer: Analyzer, index: Neighbours) -> None:
    denied = index.votes(features(analyzer, "Naar de glasbak ga ik nooit."))
    said = index.votes(features(analyzer, "Ik ga elke avond naar de glasbak."))
    assert denied[DRINK] < said[DRINK]


def test_an_empty_index_has_no_opinion() -> None:
    assert build([], [], 3).votes(["w:glasbak"]) == [0.5, 0.5, 0.5]


def test_the_index_votes_the_same_after_the_model_file(
    analyzer: Analyzer, index: Neighbours
) -> None:
    again = Neighbours.from_dict(index.to_dict())
    for text in ("De flessen naar de glasbak.", "Het loon is op voor de lasten."):
        found = features(analyzer, text)
        assert again.votes(found) == pytest.approx(index.votes(found))
