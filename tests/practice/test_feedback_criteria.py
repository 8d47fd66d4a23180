"""Each feedback criterion, scored from hand-written analyses on the mini persona."""

from __future__ import annotations

from assistant.practice import PracticeSession


def _criterion(feedback, name):
    return next(c for c in feedback.criteria if c.name == name)


def test_open_question_share_quotes_the_closed_lines(mini, stub, q):
    session = PracticeSession(mini, stub({"Heeft u schulden?": q(kind="closed")}))
    lines = ["Hoe gaat het?", "Heeft u schulden?", "Wat speelt er?", "Hoe woont u?"]
    for line in [*lines, "Wat vindt u fijn?", "Hoe ziet uw dag eruit?"]:
        session.ask(line)
    item = _criterion(session.feedback(), "open_vragen")
    assert item.value == 0.83
    assert item.points == 17
    assert [(e.line, e.text) for e in item.evidence] == [(2, "Heeft u schulden?")]


def test_short_conversation_earns_style_points_in_proportion(mini, stub):
    session = PracticeSession(mini, stub())
    for line in ["Hoe gaat het?", "Wat speelt er?", "Hoe woont u?"]:
        session.ask(line)
    feedback = session.feedback()
    assert _criterion(feedback, "open_vragen").points == 10
    assert _criterion(feedback, "houding").points == 10
    assert "kort" in _criterion(feedback, "houding").summary


def test_attitude_lists_yes_but_judging_and_early_advice(mini, stub, q):
    table = {
        "Ja, maar dat is uw eigen schuld.": q(kind="none", yes_but=True, judging=True),
        "Ga naar de schuldhulp.": q(kind="none", advice=True),
    }
    session = PracticeSession(mini, stub(table))
    session.ask("Ga naar de schuldhulp.")
    session.ask("Ja, maar dat is uw eigen schuld.")
    for number in range(6):
        session.ask(f"Hoe gaat het nu, vraag {number}?")
    item = _criterion(session.feedback(), "houding")
    assert item.value == 2
    assert item.points == 10
    notes = {e.text: e.note for e in item.evidence}
    assert "advies" in notes["Ga naar de schuldhulp."]
    assert "'ja, maar'" in notes["Ja, maar dat is uw eigen schuld."]
    assert "oordeel" in notes["Ja, maar dat is uw eigen schuld."]


def test_frames_in_method_order_get_full_points(mini, stub, q):
    lines = {"a": ["eigen_kracht"], "b": ["netwerk"], "c": ["voorliggend"], "d": ["maatwerk"]}
    session = PracticeSession(mini, stub({k: q(frames=v) for k, v in lines.items()}))
    for line in lines:
        session.ask(line)
    item = _criterion(session.feedback(), "oplossingskaders")
    assert item.points == 20
    assert item.value == "eigen_kracht -> netwerk -> voorliggend -> maatwerk"


def test_early_maatwerk_is_named_with_the_line(mini, stub, q):
    table = {"m": q(frames=["maatwerk"]), "e": q(frames=["eigen_kracht"])}
    session = PracticeSession(mini, stub(table))
    session.ask("m")
    session.ask("e")
    item = _criterion(session.feedback(), "oplossingskaders")
    assert item.points == 2 * 3 + 0
    notes = [e.note for e in item.evidence if e.text == "m"]
    assert any("voordat eigen kracht en netwerk" in n for n in notes)
    assert any("maatwerk vóór voorliggende" in n for n in notes)


def test_domains_explored_against_relevant_domains(mini, stub, q):
    session = PracticeSession(mini, stub({"Hoe woont u?": q(domains=["huisvesting"])}))
    session.ask("Hoe gaat het met geld?")
    session.ask("Hoe woont u?")
    item = _criterion(session.feedback(), "levensdomeinen")
    assert item.value == "2/3"
    assert item.points == 10
    assert "sociaal netwerk" in item.summary


def test_missed_openings_are_reported(mini, stub):
    session = PracticeSession(mini, stub())
    session.ask("Hoe gaat het met geld?")
    feedback = session.feedback()
    assert {m.id for m in feedback.missed} == {"begin", "meer"}
    assert _criterion(feedback, "openingen").points == 0
    session.ask("Hoe gaat het met uw dochter?")
    assert {m.id for m in session.feedback().missed} == {"meer"}


def test_conclusion_naming_hidden_need_by_key_term(mini, stub):
    session = PracticeSession(mini, stub())
    session.conclude("Mevrouw voelt zich eenzaam; samen kijken naar contact.")
    feedback = session.feedback()
    assert feedback.found_underlying_need
    assert _criterion(feedback, "vraag_achter_de_vraag").points >= 12


def test_conclusion_naming_hidden_need_by_analysed_domain(mini, stub):
    text = "Niemand komt meer langs bij mevrouw."
    session = PracticeSession(mini, stub(needs={text: ["sociaal_netwerk"]}))
    session.conclude(text)
    assert session.feedback().found_underlying_need


def test_conclusion_missing_the_need(mini, stub):
    session = PracticeSession(mini, stub())
    session.conclude("Betalingsregeling voor de huur.")
    feedback = session.feedback()
    assert not feedback.found_underlying_need
    assert any("vraag achter de vraag" in tip for tip in feedback.tips)


def test_score_is_sum_of_criteria_and_json_has_contract_keys(mini, stub):
    session = PracticeSession(mini, stub())
    session.ask("Hoe gaat het met geld?")
    session.conclude("Ze is eenzaam.")
    feedback = session.feedback()
    data = feedback.model_dump()
    assert data["score"] == sum(c["points"] for c in data["criteria"])
    assert {"score", "criteria", "missed", "found_underlying_need"} <= data.keys()
    assert {"name", "value", "evidence"} <= data["criteria"][0].keys()


def test_order_points_grow_with_frames_explored(mini, stub, q):
    session = PracticeSession(mini, stub({"e": q(frames=["eigen_kracht"])}))
    session.ask("e")
    assert _criterion(session.feedback(), "oplossingskaders").points == 3 + 2


def test_maatwerk_without_voorliggend_breaks_the_order(mini, stub, q):
    table = {
        "e": q(frames=["eigen_kracht"]),
        "n": q(frames=["netwerk"]),
        "m": q(frames=["maatwerk"]),
    }
    session = PracticeSession(mini, stub(table))
    for line in "enm":
        session.ask(line)
    item = _criterion(session.feedback(), "oplossingskaders")
    assert item.points == 3 * 3 + 2 * 3 - 4
    assert "volgorde klopt niet" in item.summary
