"""Both shipped dialogs load clean and play to an end through the engine.

The answer scripts are realistic conversations: a widow who asks for help in the house
but is mostly lonely and behind with her post; a worried neighbour on the phone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from assistant.engine import Dialog, Session, load_dialog
from assistant.knowledge import load_knowledge

DIALOGS = Path(__file__).resolve().parents[2] / "assistant" / "dialogs"

KEUKENTAFEL: dict[str, list[Any]] = {
    "toestemming": ["ja"],
    "aanwezigen": ["Mevrouw De Vries en haar zoon Peter"],
    "huishouden": ["Mevrouw woont alleen sinds haar man is overleden"],
    "aanleiding": ["Ik wil graag hulp bij het huishouden."],
    "verwachting": [""],
    "urgentie": ["het kan wachten"],
    "veiligheid": ["nee"],
    "verleden": ["Sinds mijn man vorig jaar overleed, gaat alles minder."],
    "heden": ["Ik kom de dag wel door, maar ik zie bijna niemand."],
    "zwaarst": ["De post stapelt zich op en ik ben vaak alleen."],
    "toekomst": [""],
    "gewenste_situatie": ["Weer overzicht over mijn geld en af en toe mensen zien."],
    "betekenis": ["Dat ik me weer iemand voel."],
    "samenvatting": [
        "Het gaat mevrouw om overzicht over haar geld.",
        "Het gaat mevrouw om overzicht over haar geld en om minder alleen zijn.",
    ],
    "samenvatting_check": ["nee", "ja"],
    "samenvatting_aanvullen": ["Het alleen zijn is het zwaarst."],
    "domeinen": [["financien", "sociaal_netwerk"]],
    "scoren": ["ja"],
    "score_financien": ["2"],
    "score_sociaal_netwerk": ["2"],
    "score_huisvesting": ["5"],
    "score_adl": ["4"],
    "participatie": ["2 sociale contacten buitenshuis"],
    "participatie_wens": [3],
    "behoefte_wens": [
        "Weer zelf overzicht over de rekeningen.",
        "Een paar keer per week iemand zien.",
    ],
    "ek_wat_lukt": ["Ze opent de post nog elke dag.", "Ze belt haar zus elke zondag."],
    "ek_eerder": ["Vroeger deed ze de boekhouding van de tennisclub.", ""],
    "ek_wens": ["Zelf weer een overzicht van de vaste lasten maken.", ""],
    "nw_contact": ["Haar zoon komt eens per week.", "Haar zus en de buurvrouw."],
    "nw_persoon": [
        {"relatie": "zoon", "wat": "helpt met internetbankieren"},
        {"relatie": "buurvrouw", "wat": "wil samen naar de koffieochtend"},
    ],
    "nw_nog_iemand": ["nee", "nee"],
    "nw_vragen": ["Ze wil haar zoon niet te veel belasten.", ""],
    "vv_bekend": ["", "Het buurthuis om de hoek"],
    "vv_passend": [
        "Thuisadministratie door een vrijwilliger",
        "Koffieochtend in het buurthuis",
    ],
    "vv_genoeg": ["nee", "ja"],
    "mw_wat_blijft": ["De schulden bij de energieleverancier zijn te groot om zelf te regelen."],
    "mw_passend": ["Schuldhulpverlening"],
    "afspraak": [{"wie": "zoon", "wat": "samen de post sorteren", "wanneer": "zaterdag"}],
    "nog_afspraak": ["nee"],
    "vervolg": ["Over drie weken bij mevrouw thuis"],
    "terugblik": ["Fijn dat er echt geluisterd werd."],
}
"""Answers per step id, used in order when a step comes back (loops)."""


def _dialog(name: str) -> Dialog:
    return load_dialog(DIALOGS / f"{name}.toml")


def play(dialog: Dialog, script: Mapping[str, list[Any]]) -> tuple[Session, list[tuple[str, Any]]]:
    """Play ``dialog`` to its end; return the session and (step, focus) per answered step."""
    queues = {step: list(answers) for step, answers in script.items()}
    session = Session(dialog)
    trail: list[tuple[str, Any]] = []
    for _ in range(500):
        if session.finished:
            break
        step = session.current
        assert "{" not in session.prompt, (step.id, session.prompt)
        trail.append((step.id, session.focus))
        queue = queues.get(step.id)
        session.answer(queue.pop(0) if queue else None)
    assert session.finished
    assert all(not rest for rest in queues.values()), {k: v for k, v in queues.items() if v}
    return session, trail


@pytest.mark.parametrize("name", ["keukentafelgesprek", "telefonische-intake"])
def test_shipped_dialog_loads_clean(name: str) -> None:
    dialog = _dialog(name)
    phases = {p.slug for p in load_knowledge().phases}
    assert all(step.phase in phases for step in dialog.steps.values())


def test_intake_has_at_most_twelve_steps() -> None:
    assert len(_dialog("telefonische-intake").steps) <= 12


def test_keukentafelgesprek_has_at_least_forty_steps() -> None:
    assert len(_dialog("keukentafelgesprek").steps) >= 40


def test_keukentafelgesprek_plays_two_needs_through_all_frames() -> None:
    session, _ = play(_dialog("keukentafelgesprek"), KEUKENTAFEL)
    result = session.result
    assert result.finished
    assert result.hulpvraag == "Ik wil graag hulp bij het huishouden."
    assert result.vraag_achter_de_vraag is not None
    assert "minder alleen" in result.vraag_achter_de_vraag
    assert [n.domain for n in result.needs] == ["financien", "sociaal_netwerk"]
    assert result.scores == {
        "financien": 2,
        "huisvesting": 5,
        "adl": 4,
        "sociaal_netwerk": 2,
    }
    money, network = result.needs
    assert money.text == "Weer zelf overzicht over de rekeningen."
    assert network.text == "Een paar keer per week iemand zien."
    assert money.frames == dict.fromkeys(money.frames, True)
    assert network.frames["eigen_kracht"] and network.frames["netwerk"]
    assert network.frames["voorliggend"] and not network.frames["maatwerk"]
    assert "maatwerk" in network.skipped_frames
    assert result.frames == dict.fromkeys(result.frames, True)
    assert result.signals == []
    assert {m.relation for m in result.network} == {"zoon", "buurvrouw"}
    assert any(s.domain == "financien" for s in result.strengths)
    whats = [a.what for a in result.agreements]
    assert "Maatwerk aanvragen: Schuldhulpverlening" in whats
    assert "samen de post sorteren" in whats
    assert "mw_wat_blijft" in result.visited


def test_each_need_goes_through_eigen_kracht_and_netwerk_before_provisions() -> None:
    dialog = _dialog("keukentafelgesprek")
    _, trail = play(dialog, KEUKENTAFEL)
    for domain in ("financien", "sociaal_netwerk"):
        phases = [dialog.step(step).phase for step, focus in trail if focus == domain]
        first_provision = phases.index("voorzieningen")
        assert "eigen_kracht" in phases[:first_provision]
        assert "netwerk" in phases[:first_provision]
        assert phases.index("eigen_kracht") < phases.index("netwerk")


def test_keukentafelgesprek_safety_signal_and_crisis_end() -> None:
    script: dict[str, list[Any]] = {
        "toestemming": ["ja"],
        "aanleiding": ["Ik kan het niet meer aan."],
        "urgentie": ["vandaag nog"],
        "veiligheid": ["ja"],
        "gevaar_soort": ["gedachten aan zelfdoding"],
        "veiligheidsafspraak": ["Samen de huisarts gebeld; collega ingelicht."],
        "gesprek_verder": ["nee"],
    }
    session, _ = play(_dialog("keukentafelgesprek"), script)
    result = session.result
    assert [s.kind for s in result.signals] == ["suicide_risk"]
    assert "113" in result.signals[0].text
    assert result.visited[-1] == "crisis_afsluiting"
    assert any(a.when == "vandaag" for a in result.agreements)


def test_keukentafelgesprek_without_needs_goes_to_agreements() -> None:
    per_need = ("behoefte_", "ek_", "nw_", "vv_", "mw_", "score_")
    script = {k: v for k, v in KEUKENTAFEL.items() if not k.startswith(per_need)}
    script |= {"domeinen": ["geen"], "scoren": ["nee"]}
    session, trail = play(_dialog("keukentafelgesprek"), script)
    assert session.result.needs == []
    assert not any(step.startswith(("ek_", "nw_", "vv_")) for step, _ in trail)


def test_intake_neighbour_reports_violence() -> None:
    script: dict[str, list[Any]] = {
        "beller": ["een naaste (familie, buur, vriend)"],
        "client_weet_het": ["nee"],
        "vraag": ["Ik hoor 's nachts vaak geschreeuw bij de buren."],
        "waarom_nu": ["Gisteren hoorde ik een kind huilen en iets breken."],
        "veiligheid": ["ja"],
        "gevaar_soort": [2],
        "domeinen": [["huiselijke_relaties"]],
        "vervolg": ["terugbellen"],
        "wanneer": ["Vandaag voor vijf uur, na overleg met Veilig Thuis"],
    }
    session, trail = play(_dialog("telefonische-intake"), script)
    result = session.result
    assert [s.kind for s in result.signals] == ["violence"]
    assert "Veilig Thuis" in result.signals[0].text
    assert result.slots["urgentie"] == "vandaag"
    assert [n.domain for n in result.needs] == ["huiselijke_relaties"]
    assert result.agreements[0].what == "terugbellen"
    assert "urgentie" not in [step for step, _ in trail]


def test_intake_client_calls_without_danger() -> None:
    script: dict[str, list[Any]] = {
        "beller": [1],
        "vraag": ["Ik heb een brief gekregen over een huurachterstand."],
        "waarom_nu": [""],
        "veiligheid": ["nee"],
        "urgentie": ["binnen een week"],
        "domeinen": [["financien", "huisvesting"]],
        "vervolg": ["keukentafelgesprek bij de cliënt thuis"],
        "wanneer": ["Dinsdag om tien uur"],
    }
    session, trail = play(_dialog("telefonische-intake"), script)
    result = session.result
    assert result.signals == []
    assert result.hulpvraag == "Ik heb een brief gekregen over een huurachterstand."
    assert {n.domain for n in result.needs} == {"financien", "huisvesting"}
    assert "client_weet_het" not in [step for step, _ in trail]
    assert len(trail) <= 12


def test_cli_plays_keukentafelgesprek_from_answers_file(capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.cli.main import main

    answers = Path(__file__).with_name("antwoorden_keukentafelgesprek.txt")
    dialog = DIALOGS / "keukentafelgesprek.toml"
    code = main(["dialogs", "play", str(dialog), "--answers", str(answers), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["finished"] is True
    assert [n["domain"] for n in data["needs"]] == ["financien", "sociaal_netwerk"]
    assert data["frames"] == dict.fromkeys(
        ["eigen_kracht", "netwerk", "voorliggend", "maatwerk"], True
    )
    assert data["signals"] == []


def test_cli_checks_shipped_dialogs_clean(capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.cli.main import main

    paths = [
        str(DIALOGS / f"{name}.toml") for name in ("keukentafelgesprek", "telefonische-intake")
    ]
    assert main(["dialogs", "check", *paths]) == 0
    assert "in orde" in capsys.readouterr().out
