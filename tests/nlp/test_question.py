"""Question analysis: kind, 'ja, maar', advice, judging, warned phrasings, frames."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hoe gaat het nu met u?", "open"),
        ("Wat maakt dat het zo zwaar is?", "open"),
        ("Kunt u daar iets meer over vertellen?", "open"),
        ("Heeft u schulden?", "closed"),
        ("Bent u wel eens bij de huisarts geweest?", "closed"),
        ("Dat is toch best zwaar, hè?", "suggestive"),
        ("U drinkt zeker te veel, of niet?", "suggestive"),
        ("Hoe slaapt u en heeft u ook pijn?", "multiple"),
        ("Hoe gaat het thuis? Wat doet u overdag?", "multiple"),
        ("Ik hoor dat het zwaar voor u is.", "none"),
    ],
)
def test_question_kinds(analyzer: Analyzer, text: str, kind: str) -> None:
    assert analyzer.question(text).kind == kind


def test_yes_but_and_no_because(analyzer: Analyzer) -> None:
    assert analyzer.question("Ja, maar dat kan toch anders?").yes_but
    assert analyzer.question("Nee, want dan wordt het alleen maar erger.").no_because
    assert not analyzer.question("Ja, en wat gebeurde er toen?").yes_but


@pytest.mark.parametrize(
    "text",
    [
        "U moet gewoon uw post openmaken.",
        "Heeft u al eens geprobeerd om een budget te maken?",
        "Misschien kunt u naar de voedselbank gaan.",
        "Zal ik huishoudelijke hulp voor u aanvragen?",
    ],
)
def test_advice_and_early_solutions(analyzer: Analyzer, text: str) -> None:
    assert analyzer.question(text).advice


def test_open_question_is_not_advice(analyzer: Analyzer) -> None:
    result = analyzer.question("Wat heeft u zelf al geprobeerd?")
    assert not result.advice
    assert "eigen_kracht" in result.frames


def test_judging(analyzer: Analyzer) -> None:
    assert analyzer.question("Dat is niet zo slim, had u dat niet eerder moeten melden?").judging
    assert not analyzer.question("Wat is er toen gebeurd?").judging


def test_warned_phrasings(analyzer: Analyzer) -> None:
    assert analyzer.question("Wat kunt u allemaal zelf?").warned_phrase
    assert analyzer.question("Wie kan er allemaal helpen?").warned_phrase
    assert not analyzer.question("Wie zou u kunnen helpen met de boodschappen?").warned_phrase


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Wat betekent dat voor u?", "vraag_achter_de_vraag"),
        ("Wat is u eerder gelukt toen het moeilijk was?", "eigen_kracht"),
        ("Heeft u familie of vrienden in de buurt?", "netwerk"),
        ("Kent u het buurthuis?", "voorliggend"),
        ("Heeft u al een indicatie voor begeleiding?", "maatwerk"),
    ],
)
def test_frames(analyzer: Analyzer, text: str, frame: str) -> None:
    assert frame in analyzer.question(text).frames


def test_domains_and_evidence(analyzer: Analyzer) -> None:
    text = "Hoe gaat het met de schulden?"
    result = analyzer.question(text)
    assert result.domains == ["financien"]
    assert any(e.label == "financien" and text[e.start : e.end] == e.text for e in result.evidence)
    assert set(result.model_dump()) >= {"kind", "frames", "domains", "evidence"}


@pytest.mark.parametrize(
    "text",
    [
        "Met wie woont u hier?",
        "Sinds wanneer is het zo?",
        "Op welke domeinen wilt u iets veranderen?",
        "Bij wie zou u terechtkunnen?",
        "Voor wie zorgt u?",
        "Waarover maakt u zich zorgen?",
        "En met wie praat u daarover?",
        "Van wie krijgt u hulp?",
        "Tot wanneer loopt de uitkering?",
        "Met hoeveel mensen woont u samen?",
        "Oké, en naar wie gaat u als het moeilijk wordt?",
        "In hoeverre lukt het u om de post bij te houden?",
        "Om welke reden belt u ons?",
        "Naar welke school gaan de kinderen?",
        "Waarheen zou u willen verhuizen?",
    ],
)
def test_preposition_before_question_word_is_open(analyzer: Analyzer, text: str) -> None:
    assert analyzer.question(text).kind == "open"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Heeft u met wie contact?", "closed"),
        ("Met uw buurvrouw heeft u contact?", "closed"),
        ("Over welke dingen maakt u zich zorgen, en met wie praat u daarover?", "multiple"),
    ],
)
def test_preposition_questions_keep_other_kinds(analyzer: Analyzer, text: str, kind: str) -> None:
    assert analyzer.question(text).kind == kind


def test_preposition_question_shows_the_question_word(analyzer: Analyzer) -> None:
    result = analyzer.question("Met wie woont u hier?")
    assert [e.text for e in result.evidence if e.label == "open"] == ["wie"]
