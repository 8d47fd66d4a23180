"""Good conversations score clearly above poor ones, for every persona, on the real analysis.

Besides one good and one poor transcript per persona there are variants written in other
words ("_anders"), so the scoring has to rest on the language analysis, not on sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.practice import find_persona, load_all, read_transcript, replay

TRANSCRIPTS = Path(__file__).parent / "transcripts"
PERSONAS = [p.id for p in load_all()]


@pytest.fixture(scope="module")
def analyzer():
    from assistant.nlp import get_analyzer

    return get_analyzer()


def _score(persona_id: str, name: str, analyzer) -> tuple[int, object]:
    persona = find_persona(persona_id)
    session = replay(persona, read_transcript(TRANSCRIPTS / f"{persona_id}_{name}.txt"), analyzer)
    feedback = session.feedback()
    return feedback.score, feedback


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize("good", ["goed", "goed_anders"])
@pytest.mark.parametrize("poor", ["slecht", "slecht_anders"])
def test_good_scores_25_above_poor(persona_id, good, poor, analyzer):
    good_score, good_feedback = _score(persona_id, good, analyzer)
    poor_score, poor_feedback = _score(persona_id, poor, analyzer)
    assert good_score >= poor_score + 25, (good_score, poor_score)
    assert good_feedback.found_underlying_need
    assert not poor_feedback.found_underlying_need


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_every_persona_has_good_and_poor_transcripts(persona_id):
    for name in ("goed", "slecht"):
        assert (TRANSCRIPTS / f"{persona_id}_{name}.txt").exists()


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_replay_is_deterministic(persona_id, analyzer):
    persona = find_persona(persona_id)
    for name in ("goed", "slecht"):
        transcript = read_transcript(TRANSCRIPTS / f"{persona_id}_{name}.txt")
        first = replay(persona, transcript, analyzer)
        second = replay(persona, transcript, analyzer)
        assert [t.reply for t in first.turns] == [t.reply for t in second.turns]
        assert first.feedback() == second.feedback()


def test_good_conversation_follows_hints_and_poor_closes_client(analyzer):
    _, good = _score("weduwnaar", "goed", analyzer)
    _, poor = _score("weduwnaar", "slecht", analyzer)
    assert len(good.missed) < len(poor.missed)
    attitude = next(c for c in poor.criteria if c.name == "houding")
    assert attitude.evidence
