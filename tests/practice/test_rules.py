"""Reveal and resistance rules of the simulated client, on a small test persona."""

from __future__ import annotations

from assistant.practice import PracticeSession


def test_opening_holds_aanmeldvraag_and_start_hints(mini, stub):
    session = PracticeSession(mini, stub())
    assert session.opening == "Ik kom voor de huur. HINT-BEGIN"
    assert session.dropped == ["begin"]


def test_open_question_gets_full_story_closed_gets_short(mini, stub, q):
    session = PracticeSession(mini, stub({"Heeft u schulden?": q(kind="closed")}))
    assert session.ask("Heeft u schulden?").reply.startswith("GELD1-KORT")
    turn = session.ask("Hoe gaat het met geld?")
    assert turn.reply.startswith("GELD1-VOL")
    assert turn.told == ("geld1",)


def test_suggestive_question_gets_polite_yes_and_reveals_nothing(mini, stub, q):
    line = "U heeft zeker schulden?"
    session = PracticeSession(mini, stub({line: q(kind="suggestive")}))
    turn = session.ask(line)
    assert turn.reply == "GELD1-JA"
    assert turn.told == ()
    assert session.told == {}


def test_topic_from_analysis_domains(mini, stub, q):
    line = "Hoe woont u?"
    session = PracticeSession(mini, stub({line: q(domains=["huisvesting"])}))
    assert session.ask(line).reply == "HUIS-VOL"


def test_keywords_tolerate_inflection_and_typos(mini, stub):
    session = PracticeSession(mini, stub())
    assert session.ask("Hoe zit het met de schuldn?").reply.startswith("GELD1-VOL")


def test_unknown_topic_gets_a_filler(mini, stub):
    session = PracticeSession(mini, stub())
    assert session.ask("Hoe is het weer?").reply in mini.persona.fillers


def test_next_fact_after_first_is_told(mini, stub):
    session = PracticeSession(mini, stub())
    session.ask("Hoe gaat het met geld?")
    assert session.ask("En verder met geld?").reply == "GELD2-VOL"


def test_hint_dropped_with_fact_and_followed_up(mini, stub):
    session = PracticeSession(mini, stub())
    first = session.ask("Hoe gaat het met geld?")
    assert first.reply == "GELD1-VOL HINT-MEER"
    assert first.dropped == ("meer",)
    follow = session.ask("Wat voor brieven liggen er?")
    assert follow.followed == ("meer",)
    assert follow.reply == "GELD2-VOL"


def test_start_hint_followed_up_reveals_its_fact(mini, stub):
    session = PracticeSession(mini, stub())
    turn = session.ask("Hoe gaat het met uw dochter?")
    assert turn.followed == ("begin",)
    assert turn.reply == "DOCHTER-VOL"
    assert "netwerk" in turn.frames


def test_warned_phrase_closes_client_for_n_turns(mini, stub, q):
    line = "Wat kunt u allemaal zelf?"
    session = PracticeSession(mini, stub({line: q(warned_phrase=True)}))
    assert session.ask(line).reply == "WEERSTAND-ZELF"
    for _ in range(2):
        turn = session.ask("Hoe gaat het met geld?")
        assert turn.reply == "DICHT"
        assert turn.closed and turn.told == ()
    assert session.ask("Hoe gaat het met geld?").reply.startswith("GELD1-VOL")


def test_yes_but_and_judging_trigger_resistance(mini, stub, q):
    table = {
        "ja maar": q(kind="none", yes_but=True),
        "oordeel": q(judging=True),
        "nee want": q(kind="none", no_because=True),
    }
    session = PracticeSession(mini, stub(table))
    assert session.ask("ja maar").resistance == "yes_but"
    assert session.ask("oordeel").reply == "WEERSTAND-OORDEEL"
    assert session.ask("nee want").reply == "WEERSTAND-JAMAAR"


def test_advice_only_resisted_before_client_feels_heard(mini, stub, q):
    advice = "Ga naar de schuldhulp."
    session = PracticeSession(mini, stub({advice: q(kind="none", advice=True)}))
    assert session.ask(advice).reply == "WEERSTAND-ADVIES"
    later = PracticeSession(mini, stub({advice: q(kind="none", advice=True)}))
    later.ask("Hoe gaat het?")
    later.ask("Hoe is het weer?")
    assert later.ask(advice).resistance is None


def test_same_transcript_same_replies(mini, stub, q):
    lines = ["Hoe is het?", "Wat kunt u allemaal zelf?", "Hmm?", "Tja?", "Hoe gaat het met geld?"]
    table = {"Wat kunt u allemaal zelf?": q(warned_phrase=True)}
    runs = []
    for _ in range(2):
        session = PracticeSession(mini, stub(table))
        runs.append([session.ask(line).reply for line in lines])
    assert runs[0] == runs[1]


def test_warned_network_phrase_gets_its_own_reaction(mini, stub, q):
    line = "Wie kan er allemaal helpen?"
    session = PracticeSession(mini, stub({line: q(warned_phrase=True, frames=["netwerk"])}))
    assert session.ask(line).reply == "WEERSTAND-NETWERK"


def test_same_remark_again_while_closed_gets_short_reply(mini, stub, q):
    line = "Ga naar de schuldhulp."
    session = PracticeSession(mini, stub({line: q(kind="none", advice=True)}))
    assert session.ask(line).reply == "WEERSTAND-ADVIES"
    again = session.ask(line)
    assert again.reply == "DICHT"
    assert again.resistance == "advice"
