"""The shipped knowledge base is complete, ordered and matches the shared vocabulary."""

from __future__ import annotations

import pytest

from assistant.knowledge import KnowledgeError, load_knowledge
from assistant.knowledge.vocabulary import DOMAIN_SLUGS, FRAME_SLUGS, PHASE_SLUGS

K = load_knowledge()


def test_eleven_domains_in_matrix_order() -> None:
    assert [d.slug for d in K.domains] == list(DOMAIN_SLUGS)
    assert len(K.domains) == 11


@pytest.mark.parametrize("slug", DOMAIN_SLUGS)
def test_every_domain_has_name_description_and_five_distinct_levels(slug: str) -> None:
    domain = K.domain(slug)
    assert domain.name and domain.description
    assert len(domain.levels) == 5
    assert len(set(domain.levels)) == 5
    assert all(domain.level(score) for score in range(1, 6))


def test_domain_names_are_dutch() -> None:
    assert K.domain_name("financien") == "Financiën"
    assert K.domain_name("adl") == "Algemene Dagelijkse Levensverrichtingen"


def test_level_names_one_to_five() -> None:
    assert [K.level_name(n) for n in range(1, 6)] == [
        "acute problematiek",
        "niet zelfredzaam",
        "beperkt zelfredzaam",
        "voldoende zelfredzaam",
        "volledig zelfredzaam",
    ]
    with pytest.raises(KnowledgeError, match="1 tot en met 5"):
        K.level_name(6)


def test_four_frames_in_method_order_with_open_examples() -> None:
    assert [f.slug for f in K.frames] == list(FRAME_SLUGS)
    assert [f.name for f in K.frames][:2] == ["Eigen kracht", "Sociaal netwerk"]
    for frame in K.frames:
        assert frame.explanation
        assert frame.example_question.endswith("?")
        assert frame.example_question not in frame.avoid


def test_warned_phrasings_are_recorded() -> None:
    assert "Wat kunt u allemaal zelf?" in K.frame("eigen_kracht").avoid
    assert "Wie kan er allemaal helpen?" in K.frame("netwerk").avoid


def test_kanteling_conversation_and_method_phases() -> None:
    assert next(p.name for p in K.kanteling) == "Eerste contact"
    assert [p.slug for p in K.kanteling][-1] == "toewijzing"
    assert len(K.kanteling) == 5
    assert [p.slug for p in K.phases] == list(PHASE_SLUGS)
    assert K.phase_label("vraag_achter_de_vraag") == "Vraag achter de vraag"
    assert [p.slug for p in K.method] == [
        "analyse",
        "plan",
        "ondersteuning",
        "evaluatie",
        "monitoring",
    ]
    assert "acties" in K.method[1].items


def test_participatieladder_has_six_rungs() -> None:
    assert [r.rung for r in K.ladder] == [1, 2, 3, 4, 5, 6]
    assert K.rung(1).name == "geïsoleerd levend"
    assert K.rung(6).name == "betaald werk"


@pytest.mark.parametrize("slug", DOMAIN_SLUGS)
def test_support_row_for_every_domain(slug: str) -> None:
    row = K.support(slug)
    assert row.voorliggend and row.aanvullend


def test_support_follows_the_seed_table() -> None:
    assert K.support("financien").aanvullend == (
        "Thuisbegeleiding",
        "Schuldhulpverlening",
        "Budgetbeheer",
    )
    assert K.support("huisvesting").voorliggend == ("Woningcorporatie",)
    assert K.support("justitie").aanvullend == ("Reclassering",)
    assert "Huisarts" in K.support("geestelijke_gezondheid").voorliggend


def test_unknown_slug_gets_dutch_error_with_suggestion() -> None:
    with pytest.raises(KnowledgeError, match="bedoelt u 'financien'"):
        K.domain("financiën")
    with pytest.raises(KnowledgeError, match="onbekend oplossingskader"):
        K.frame("mantelzorg")


def test_loading_is_cached() -> None:
    assert load_knowledge() is K


def test_domain_level_outside_scale_is_a_dutch_error() -> None:
    with pytest.raises(KnowledgeError, match="1 tot en met 5"):
        K.domain("huisvesting").level(0)
