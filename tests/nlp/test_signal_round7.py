"""False danger signals that four new writers' sentences showed (0.4.2), in our own
words: a real Dutch word "corrected" into a danger word by the typo fixer ("gewend" ->
"geweld"), threatening with a lawyer, not knowing where to live, being afraid someone
*notices* something, a burning feeling when peeing, and a psychosis that is over. The
same words where there is danger still raise the signal."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {s.kind for s in analyzer.signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Alleen eten is niet leuk, maar ik ben het inmiddels wel gewend.",
        "De aardappels zijn gepeld, de soep staat op.",
        "Hij heeft nog een keer geschept, toen was de stoep sneeuwvrij.",
        "Ik heb weer last van nierstenen, de pijn is niet te doen.",
        "Wat een opluchting dat de brief binnen is.",
        "Mijn ex dreigt met een advocaat als ik de kinderen hou.",
        "Als de huur omhooggaat, weet ik niet waar we moeten wonen.",
        "Ik ben bang dat hij het merkt als ik weer te laat kom op mijn werk.",
        "Het brandt een beetje als ik plas, ik moet naar de dokter.",
        "Mijn dochter heeft vorig jaar een psychose gehad en woont weer thuis.",
    ],
)
def test_no_signal(analyzer: Analyzer, text: str) -> None:
    """You should see no banner for these everyday sentences."""
    assert kinds(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Er is bij ons thuis veel geweld, hij slaat me.", "violence"),
        ("Ik ben bang dat hij me weer slaat als hij thuiskomt.", "violence"),
        ("Hij weet waar ik woon, hij staat elke avond voor de deur.", "violence"),
        ("Hij dreigt me iets aan te doen als ik wegga.", "violence"),
        ("Het brandt! De keuken staat vol rook.", "acute_crisis"),
        ("Mijn zoon zit nu midden in een psychose.", "acute_crisis"),
    ],
)
def test_signal_kept(analyzer: Analyzer, text: str, kind: str) -> None:
    """You should still see the banner where there is danger."""
    assert kind in kinds(analyzer, text)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("schuldn", "schuld"), ("deurwaader", "deurwaarder"), ("depresie", "depressie")],
)
def test_typos_still_fixed(analyzer: Analyzer, typo: str, meant: str) -> None:
    """A misspelt word that is no Dutch word is still traced to the lexicon word."""
    doc, _ = analyzer.parse(f"Ik heb {typo}.")
    assert doc[2].norm_ == meant


@pytest.mark.parametrize(
    ("word", "key"),
    [("ik verhuis", "verhuizen"), ("ik luister", "luisteren"), ("ze meeneem", "meenemen")],
)
def test_verb_stems_reach_their_verb(analyzer: Analyzer, word: str, key: str) -> None:
    """A first-person verb form that is also a rare noun still counts as its verb."""
    doc, _ = analyzer.parse(word)
    assert doc[1].norm_ == key
