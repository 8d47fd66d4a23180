"""The plan follows the method: per need the frames in order, acties from agreements."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.plan import (
    ChosenProvision,
    PlanError,
    PlanVanAanpak,
    add_action,
    add_oplossing,
    build_plan,
    choose_provision,
    drop_provision,
    edit_domain,
    edit_plan,
    remove_action,
    render_markdown,
)

RESULT = {
    "hulpvraag": "Ik wil hulp bij het huishouden",
    "vraag_achter_de_vraag": "Sinds mijn man overleed lukt het me niet meer alleen",
    "needs": [
        {"domain": "financien", "text": "De rekeningen stapelen zich op"},
        {"domain": "sociaal_netwerk", "text": "Ik voel me eenzaam"},
    ],
    "scores": {"sociaal_netwerk": 3, "financien": 2, "adl": 4},
    "strengths": [{"text": "Houdt de post bij in een map", "domain": "financien"}, "Kookt zelf"],
    "network": [{"relation": "dochter", "can_do": "helpt met de post", "domain": "financien"}],
    "agreements": [{"who": "cliënt", "what": "Belt de SchuldHulpMaatje", "when": "vrijdag"}],
    "skipped_frames": [{"domain": "sociaal_netwerk", "frame": "netwerk", "reason": "geen familie"}],
    "signals": [],
}
SHM = ChosenProvision(
    id="shm", name="SchuldHulpMaatje", domain="financien", kind="voorliggend", phone="0800-8115"
)
BEWIND = {"id": "bewind", "name": "Beschermingsbewind", "domain": "financien", "kind": "maatwerk"}


def _plan() -> PlanVanAanpak:
    return build_plan(RESULT, label="Wijk Noord 3", chosen=[SHM], date=dt.date(2026, 3, 1))


def test_domains_follow_the_matrix_order_with_drafted_texts() -> None:
    plan = _plan()
    assert [d.domain for d in plan.domains] == ["financien", "sociaal_netwerk"]
    money = plan.domain("financien")
    assert money.domain_name == "Financiën"
    assert money.probleemstelling == "De rekeningen stapelen zich op."
    assert "rekeningen stapelen zich op" in money.doel
    assert "van 2 (niet zelfredzaam) naar minstens 3 (beperkt zelfredzaam)" in money.resultaat
    assert [s.domain for s in plan.scores] == ["financien", "adl", "sociaal_netwerk"]


def test_solutions_are_grouped_by_frame_in_the_method_order() -> None:
    grouped = _plan().domain("financien").by_frame()
    assert list(grouped) == ["eigen_kracht", "netwerk", "voorliggend", "maatwerk"]
    assert [o.text for o in grouped["eigen_kracht"]] == ["Houdt de post bij in een map"]
    assert [o.text for o in grouped["netwerk"]] == ["dochter: helpt met de post"]
    assert [(o.text, o.phone) for o in grouped["voorliggend"]] == [
        ("SchuldHulpMaatje", "0800-8115")
    ]
    assert grouped["maatwerk"] == []


def test_strengths_without_a_domain_belong_to_the_whole_plan() -> None:
    assert [o.text for o in _plan().general] == ["Kookt zelf"]


def test_edits_are_validated_and_survive_a_rebuild() -> None:
    plan = edit_domain(_plan(), "financien", doel="Overzicht over de rekeningen")
    plan = edit_plan(plan, hulpvraag="Hulp bij de administratie")
    plan = add_action(plan, "medewerker", "Vraagt bewind aan", "binnen twee weken")
    rebuilt = build_plan(RESULT, label="Wijk Noord 3", chosen=plan.chosen, previous=plan)
    assert rebuilt.domain("financien").doel == "Overzicht over de rekeningen"
    assert rebuilt.hulpvraag == "Hulp bij de administratie"
    assert [a.wat for a in rebuilt.acties][-1] == "Vraagt bewind aan"
    assert rebuilt.domain("sociaal_netwerk").doel == _plan().domain("sociaal_netwerk").doel


def test_bad_edits_get_dutch_errors() -> None:
    with pytest.raises(PlanError, match="Onbekend veld"):
        edit_domain(_plan(), "financien", naam="Jan")
    with pytest.raises(PlanError, match="geen onderdeel"):
        edit_domain(_plan(), "justitie", doel="x")
    with pytest.raises(PlanError, match="'wie' en een 'wat'"):
        add_action(_plan(), "", "iets")
    with pytest.raises(PlanError, match="geen actie nummer 5"):
        remove_action(_plan(), 4)


def test_choosing_and_dropping_a_provision() -> None:
    plan = choose_provision(_plan(), BEWIND)
    assert [o.text for o in plan.domain("financien").by_frame()["maatwerk"]] == [
        "Beschermingsbewind"
    ]
    assert choose_provision(plan, BEWIND) == plan
    plan = drop_provision(plan, "bewind")
    assert plan.domain("financien").by_frame()["maatwerk"] == []
    assert [c.id for c in plan.chosen] == ["shm"]


def test_a_provision_for_a_domain_without_a_need_adds_that_domain() -> None:
    plan = choose_provision(
        _plan(), {"id": "tafel", "name": "Tafeltje Dekje", "domain": "adl", "kind": "voorliggend"}
    )
    assert [d.domain for d in plan.domains] == ["financien", "adl", "sociaal_netwerk"]


def test_a_worker_can_add_a_solution_of_their_own() -> None:
    plan = add_oplossing(_plan(), "sociaal_netwerk", "eigen_kracht", "Gaat weer naar het koor")
    assert "Gaat weer naar het koor" in render_markdown(plan)
    assert "sociaal_netwerk.oplossingen" in plan.edited


def test_skipped_frames_show_the_reason() -> None:
    markdown = render_markdown(_plan())
    assert "**Sociaal netwerk:** overgeslagen (geen familie)" in markdown


def test_safety_signals_show_the_route_without_the_words_said() -> None:
    result = {
        **RESULT,
        "signals": [{"kind": "suicide_risk", "text": "zei: ik wil er niet meer zijn"}],
    }
    markdown = render_markdown(build_plan(result, label="Wijk Noord 3"))
    assert "## Let op: veiligheid" in markdown
    assert "113" in markdown
    assert "niet meer zijn" not in markdown


def test_what_a_worker_typed_never_becomes_markup() -> None:
    plan = edit_plan(_plan(), hulpvraag="# kop *vet* <script>")
    assert r"\# kop \*vet\* \<script>" in render_markdown(plan)


def test_incomplete_input_gets_dutch_errors() -> None:
    with pytest.raises(PlanError, match="label"):
        build_plan(RESULT, label="  ")
    with pytest.raises(PlanError, match="voorziening mist gegevens"):
        build_plan(RESULT, label="x", chosen=[{"id": "a", "name": "A"}])


def test_rebuilding_keeps_the_chosen_provisions_by_default() -> None:
    rebuilt = build_plan(RESULT, label="Wijk Noord 3", previous=_plan())
    assert [c.id for c in rebuilt.chosen] == ["shm"]


def test_empty_answers_leave_no_empty_lines_in_the_plan() -> None:
    result = {
        "needs": [{"domain": "adl", "text": "Genoemd; Douchen lukt niet meer; Genoemd"}],
        "strengths": [{"text": "", "domain": "adl"}],
        "network": [{"relation": "", "can_do": "", "domain": "adl"}],
        "agreements": [{"who": "", "what": ""}],
    }
    plan = build_plan(result, label="Wijk West")
    part = plan.domain("adl")
    assert part.probleemstelling == "Genoemd; Douchen lukt niet meer."
    assert part.oplossingen == () and plan.acties == ()
