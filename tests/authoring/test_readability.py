"""The B1 readability rule: sentence length, long words, formal and unknown words."""

from __future__ import annotations

from assistant.authoring.readability import MAX_SENTENCE_WORDS, check_text, sentences


def kinds(text: str) -> list[str]:
    return [issue.kind for issue in check_text(text)]


def test_plain_questions_pass() -> None:
    assert kinds("Hoe gaat het nu met u? Wat lukt er al wel, ook al is het klein?") == []
    assert kinds("Met wie woont u hier? Wat zou u het liefst willen?") == []


def test_inflections_and_compounds_are_known() -> None:
    assert kinds("Hij speelt, zij blijft en ik ging. De buurvrouw kookt soms.") == []
    assert kinds("Het keukentafelgesprek gaat over uw woonsituatie.") == []


def test_long_sentence() -> None:
    text = " ".join(["woord"] * (MAX_SENTENCE_WORDS + 1)) + "."
    issues = check_text(text)
    assert [i.kind for i in issues] == ["lange-zin"]
    assert f"{MAX_SENTENCE_WORDS + 1} woorden" in issues[0].message
    assert kinds(" ".join(["woord"] * MAX_SENTENCE_WORDS) + ".") == []


def test_sentences_split_at_colon_and_line_breaks() -> None:
    assert sentences("Stel dat het beter gaat: wat is er dan anders?\nEn nu?") == [
        "Stel dat het beter gaat:",
        "wat is er dan anders?",
        "En nu?",
    ]


def test_long_word_unless_method_word() -> None:
    issues = check_text("Is er een ondersteuningsbehoefteinventarisatie gedaan?")
    assert [i.kind for i in issues] == ["lang-woord"]
    assert "letters" in issues[0].message
    assert kinds("Dit is een maatwerkvoorziening van de gemeente.") == []


def test_formal_word_gets_a_plain_alternative() -> None:
    issues = check_text("Wat doet u indien het misgaat?")
    assert [i.kind for i in issues] == ["moeilijk-woord"]
    assert issues[0].hint == "schrijf liever 'als'"


def test_unknown_word_but_names_and_templates_are_left_alone() -> None:
    assert kinds("Hoe gaat het met de flurbgrommel?") == ["moeilijk-woord"]
    assert kinds("Hoe gaat het met Truus en Henk?") == []
    assert kinds("Wat speelt er rond {focus}?") == []
