"""Each kind of mistake in a dialog file is rejected with its file, line and a Dutch message."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import DialogError, load_dialog

BAD = Path(__file__).parent / "fixtures" / "bad"

EXPECTED = {
    "toml_syntax": (23, "tekst tussen aanhalingstekens wordt niet afgesloten"),
    "unknown_key": (34, "onbekend veld 'promt' (bedoelt u 'prompt'?)"),
    "missing_field": (39, "verplicht veld 'phase' ontbreekt"),
    "unknown_target": (28, "onbekende stap 'eind' (bedoelt u 'einde'?)"),
    "unreachable": (40, "stap 'los' is niet bereikbaar"),
    "no_end": (32, "vanaf stap 'zelf' is geen eindstap bereikbaar"),
    "duplicate_id": (32, "stap-id 'score' komt twee keer voor (ook op regel 20)"),
    "undeclared_slot": (17, "slot 'hulpvrag' is niet gedeclareerd (bedoelt u 'hulpvraag'?)"),
    "unknown_domain": (25, "onbekend domein 'geld'"),
    "unknown_phase": (33, "onbekende fase 'eigenkracht' bij 'phase' (bedoelt u 'eigen_kracht'?)"),
    "unknown_frame": (34, "onbekend kader 'buurt'"),
    "unknown_signal": (36, "onbekende soort signaal 'brand'"),
    "unknown_effect": (36, "onbekend soort effect 'kracht'"),
    "unknown_start": (4, "startstap 'start' bestaat niet"),
    "slot_type_mismatch": (17, "slot 'cijfer' is van type 'score'"),
    "choice_without_options": (16, "een keuzestap heeft 'options' nodig"),
    "condition_syntax": (27, "gebruik '==' om te vergelijken"),
    "condition_unknown_name": (27, "onbekende naam 'bedrag'"),
    "condition_type": (27, "'<=' vergelijkt alleen getallen"),
    "condition_unknown_function": (27, "onbekende functie 'scoor'; bedoelt u 'score'?"),
    "condition_unknown_domain": (27, "'score' verwacht een domein"),
    "bad_template": (36, "onbekende naam '{antwoord}'"),
    "no_way_on": (32, "de stap heeft geen vervolg"),
    "last_transition_conditional": (28, "de laatste overgang heeft een voorwaarde"),
}


def rendered(name: str) -> str:
    with pytest.raises(DialogError) as info:
        load_dialog(BAD / f"{name}.toml")
    return info.value.render()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_located(name: str) -> None:
    line, fragment = EXPECTED[name]
    text = rendered(name)
    assert f"{name}.toml:{line}:" in text
    located = [row for row in text.splitlines() if f"{name}.toml:{line}:" in row]
    assert any(fragment in row for row in located), text
    assert "Traceback" not in text


def test_every_fixture_is_covered() -> None:
    files = {path.stem for path in BAD.glob("*.toml")}
    assert files - {"many_problems"} == set(EXPECTED)


def test_all_problems_at_once() -> None:
    text = rendered("many_problems")
    for line, fragment in [
        (17, "slot 'hulpvrag' is niet gedeclareerd"),
        (25, "onbekend domein 'geld'"),
        (28, "onbekende stap 'eind'"),
        (34, "onbekend veld 'promt'"),
    ]:
        assert any(f"many_problems.toml:{line}:" in r and fragment in r for r in text.splitlines())
    assert text.splitlines()[0].endswith("4 problemen gevonden")


def test_toml_error_has_column() -> None:
    with pytest.raises(DialogError) as info:
        load_dialog(BAD / "toml_syntax.toml")
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == (23, 33)


def test_missing_file_is_a_dialog_error(tmp_path: Path) -> None:
    with pytest.raises(DialogError, match="niet worden gelezen") as caught:
        load_dialog(tmp_path / "bestaat-niet.toml")
    rendered = caught.value.render()
    assert "bestaat-niet.toml: het bestand of de map bestaat niet" in rendered
