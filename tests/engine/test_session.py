"""Walking a dialog: answers, transitions, effects, skipping, jumping, undo."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.engine import AnswerError, Session, SessionError, load_dialog_text


def walk(session: Session, *answers: Any) -> None:
    for answer in answers:
        session.answer(answer)


def to_scan(session: Session) -> None:
    walk(session, None, "Hulp in huis", "Ik voel me alleen", "niet dringend")


def test_starts_at_start(session: Session) -> None:
    assert session.current.id == "welkom"
    assert session.state.visited == ["welkom"]
    assert not session.finished


def test_next_and_slot_filled(session: Session) -> None:
    walk(session, None, "  Hulp in huis ")
    assert session.current.id == "achter"
    assert session.state.slots["hulpvraag"] == "Hulp in huis"
    assert session.prompt == "Wat zou er anders zijn als 'Hulp in huis' geregeld is?"


def test_first_matching_transition(session: Session) -> None:
    to_scan(session)
    walk(session, "geen")  # no domains -> the first transition holds
    assert session.current.id == "afspraak"


def test_transition_falls_through_to_unconditional(session: Session) -> None:
    to_scan(session)
    session.answer(["financien"])
    assert session.current.id == "score"
    assert session.focus == "financien"


def test_choice_by_number_or_label(session: Session) -> None:
    walk(session, None, "x", "")
    session.answer("2")
    assert session.state.slots["urgentie"] == "binnen een week"
    session.back()
    session.answer("VANDAAG")
    assert session.state.slots["urgentie"] == "vandaag"


def test_signal_effect_with_condition(session: Session) -> None:
    walk(session, None, "x", "", "niet dringend")
    assert session.signals == []
    session.back()
    session.answer(3)
    assert [s.kind for s in session.signals] == ["acute_crisis"]
    assert session.signals[0].step == "urgent"


def test_need_from_domains_answer_and_focus(session: Session) -> None:
    to_scan(session)
    session.answer("financien, Huisvesting")
    assert [n.domain for n in session.needs] == ["financien", "huisvesting"]
    assert session.prompt == "Hoe zelfredzaam is de cliënt op financiën?"


def test_score_on_focus_domain(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2)
    assert session.state.scores == {"financien": 2}


def test_strength_network_and_frames(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2, "Ik maak lijstjes", "buurvrouw; boodschappen")
    assert session.state.strengths[0].text == "Ik maak lijstjes"
    assert session.state.strengths[0].domain == "financien"
    member = session.state.network[0]
    assert (member.relation, member.can_do, member.domain) == (
        "buurvrouw",
        "boodschappen",
        "financien",
    )
    assert session.state.slots["mensen"] == [{"relatie": "buurvrouw", "wat": "boodschappen"}]
    assert session.needs[0].covered == ["eigen_kracht", "netwerk"]


def test_skip_frame_effect_and_agreement(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2, "lijstjes", "zus", True, None)
    need = session.needs[0]
    assert need.skipped == {"maatwerk": "voorliggende hulp is genoeg"}
    assert need.done
    assert session.current.id == "afspraak"
    walk(session, "Bellen met de bank", None)
    assert session.finished
    agreement = session.state.agreements[0]
    assert (agreement.who, agreement.what, agreement.when) == (
        "cliënt",
        "Bellen met de bank",
        "volgende week",
    )


def test_need_effect_with_focus_text(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2, "lijstjes", "zus", False, "bewindvoering")
    assert session.needs[0].texts == ["maatwerk: bewindvoering"]
    assert session.needs[0].covered == ["eigen_kracht", "netwerk", "voorliggend", "maatwerk"]


@pytest.mark.parametrize(
    ("answers", "bad", "fragment"),
    [
        ([None], "", "heeft een antwoord nodig"),
        ([None], 3, "als tekst"),
        ([None, "x", ""], "5", "Kies een nummer van 1 tot en met 3"),
        ([None, "x", ""], "morgen", "geen van de keuzes"),
        ([None, "x", "", 1], "geld", "geen levensdomein"),
        ([None, "x", "", 1, "financien"], 6, "geen score"),
        ([None, "x", "", 1, "financien"], "drie", "geen score"),
        ([None, "x", "", 1, "financien", 2, "y"], "a; b; c", "Te veel delen"),
        ([None, "x", "", 1, "financien", 2, "y", "z"], "misschien", "'ja' of 'nee'"),
    ],
)
def test_bad_answer_leaves_state_exactly(
    session: Session, answers: list[Any], bad: Any, fragment: str
) -> None:
    walk(session, *answers)
    before = session.to_json()
    with pytest.raises(AnswerError) as info:
        session.answer(bad)
    assert fragment in info.value.message
    assert session.to_json() == before


def test_optional_empty_answer_skips(session: Session) -> None:
    walk(session, None, "x", "   ")
    assert session.current.id == "urgent"
    assert "vraag_achter_de_vraag" not in session.state.slots
    assert session.state.history[-1].skipped


def test_skip_rules(session: Session) -> None:
    session.answer(None)
    with pytest.raises(AnswerError, match="niet overslaan"):
        session.skip("geen zin")
    session.answer("x")
    session.skip()  # optional
    assert session.current.id == "urgent"


def test_skip_with_reason_records_frame(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2)
    with pytest.raises(AnswerError, match="reden"):
        session.skip("")
    session.skip("Cliënt wil dit nu niet bespreken")
    assert session.needs[0].skipped == {"eigen_kracht": "Cliënt wil dit nu niet bespreken"}
    assert session.current.id == "netwerk"


def test_method_rule_blocks_provisions_until_frames_handled(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2, "lijstjes")
    session.answer("")  # optional netwerk step left empty: not covered
    assert session.current.id == "voorliggend"
    assert session.method_block is not None
    assert "sociaal netwerk nog niet verkend" in session.method_block
    before = session.to_json()
    with pytest.raises(AnswerError, match="sociaal netwerk"):
        session.answer(True)
    assert session.to_json() == before
    assert not session.provisions_allowed("financien")
    session.skip_frame("financien", "netwerk", "Er is geen netwerk")
    assert session.provisions_allowed("financien")
    session.answer(True)
    assert session.current.id == "volgende"


def test_back_undoes_exactly(session: Session) -> None:
    to_scan(session)
    snapshots = []
    for answer in ["financien, huisvesting", 2, "lijstjes", "buurvrouw; boodschappen", True]:
        snapshots.append(session.to_json())
        session.answer(answer)
    for snapshot in reversed(snapshots):
        session.back()
        assert session.to_json() == snapshot


def test_back_keeps_signals(session: Session) -> None:
    walk(session, None, "x", "", "vandaag")
    session.back()
    assert session.current.id == "urgent"
    assert "urgentie" not in session.state.slots
    assert [s.kind for s in session.signals] == ["acute_crisis"]


def test_back_at_start_is_an_error(session: Session) -> None:
    with pytest.raises(SessionError, match="niets om terug"):
        session.back()
    assert not session.can_back


def test_goto_phase_and_back(session: Session) -> None:
    session.goto_phase("afspraken")
    assert session.current.id == "afspraak"
    session.back()
    assert session.current.id == "welkom"
    with pytest.raises(SessionError, match="geen fase"):
        session.goto_phase("koffie")


def test_app_events(session: Session) -> None:
    need = session.add_need("schulden" if False else "financien", "Rekeningen stapelen op")
    assert need.source == "analyse"
    session.add_need("financien", "Ook een boete")
    assert session.needs[0].texts == ["Rekeningen stapelen op", "Ook een boete"]
    session.raise_signal("violence", "Partner slaat")
    assert session.signals[0].source == "analyse"
    with pytest.raises(SessionError):
        session.add_need("geld", "x")
    with pytest.raises(SessionError):
        session.raise_signal("brand", "x")
    session.set_focus("financien")
    assert session.focus == "financien"


def test_app_events_survive_back_of_earlier_step(session: Session) -> None:
    session.answer(None)
    session.add_need("huisvesting", "Woning te klein")
    session.back()
    assert session.current.id == "welkom"
    assert [n.domain for n in session.needs] == ["huisvesting"]


def test_finished_session_refuses_answers(session: Session) -> None:
    session.goto_phase("afsluiting")
    session.answer(None)
    assert session.finished
    with pytest.raises(AnswerError, match="afgelopen"):
        session.answer(None)


def test_result(session: Session) -> None:
    to_scan(session)
    walk(session, "financien", 2, "lijstjes", "zus; koken", True, None, "Bank bellen", None)
    result = session.result
    assert result.finished
    assert result.hulpvraag == "Hulp in huis"
    assert result.vraag_achter_de_vraag == "Ik voel me alleen"
    assert result.scores == {"financien": 2}
    assert result.needs[0].frames == {
        "eigen_kracht": True,
        "netwerk": True,
        "voorliggend": True,
        "maatwerk": False,
    }
    assert result.skipped_frames[0].reason == "voorliggende hulp is genoeg"
    assert result.frames["maatwerk"] is False
    assert result.visited[0] == "welkom" and result.visited[-1] == "einde"


SET_DIALOG = """
[dialog]
id = "set"
title = "Set"
start = "a"
[slots.klaar]
type = "bool"
[slots.soort]
type = "choice"
options = ["kort", "lang"]
[[steps]]
id = "a"
phase = "hulpvraag"
prompt = "Vraag"
answer = "yesno"
effects = [
  { type = "set", slot = "klaar", value = true, when = "answer" },
  { type = "set", slot = "soort", value = "lang", if = "not answer" },
  { type = "agreement", what = "Iets", when = "morgen", if = "answer" },
]
transitions = [ { when = "klaar and soort != 'lang'", to = "b" }, { to = "c" } ]
[[steps]]
id = "b"
phase = "afsluiting"
prompt = "Klaar"
end = true
[[steps]]
id = "c"
phase = "afsluiting"
prompt = "Lang"
end = true
"""


@pytest.mark.parametrize(("answer", "target", "agreements"), [("ja", "b", 1), ("nee", "c", 0)])
def test_set_effect_and_conditions(answer: str, target: str, agreements: int) -> None:
    session = Session(load_dialog_text(SET_DIALOG))
    session.answer(answer)
    assert session.current.id == target
    assert len(session.state.agreements) == agreements


def test_empty_domain_list_is_an_answer(session: Session) -> None:
    to_scan(session)
    session.answer([])
    assert session.state.slots["domeinen"] == []
    assert session.current.id == "afspraak"
