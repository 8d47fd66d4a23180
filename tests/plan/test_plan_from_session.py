"""A plan built through the real engine, from a short conversation and the shipped one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from assistant.engine import Session, load_dialog
from assistant.plan import (
    ChosenProvision,
    build_plan,
    export_plan,
    plan_from_json,
    render_markdown,
)

FIXTURE = Path(__file__).parent / "fixtures" / "plan_gesprek.toml"
SHIPPED = Path(__file__).resolve().parents[2] / "assistant" / "dialogs" / "keukentafelgesprek.toml"
PICKS = [
    ChosenProvision(
        id="schuldhulpmaatje",
        name="SchuldHulpMaatje",
        domain="financien",
        kind="voorliggend",
        phone="0800-8115",
    ),
    ChosenProvision(id="bewind", name="Beschermingsbewind", domain="financien", kind="maatwerk"),
]


def _conversation() -> Session:
    session = Session(load_dialog(FIXTURE))
    session.answer("Ik wil hulp bij het huishouden")
    session.answer("Sinds mijn man overleed groeit alles me boven het hoofd")
    session.answer("De rekeningen stapelen zich op")
    session.answer(2)
    session.answer("Ik heb alle post in een map gedaan")
    session.answer({"relatie": "dochter", "wat": "kijkt mee met de post"})
    session.answer("Geldzaken op orde, bij het buurthuis")
    session.answer({"wie": "cliënt", "wat": "belt SchuldHulpMaatje", "wanneer": "vrijdag"})
    session.raise_signal("acute_crisis", "zei iets over afsluiting van de stroom")
    session.answer(None)
    assert session.finished
    return session


def test_markdown_holds_the_whole_plan_from_a_conversation() -> None:
    plan = build_plan(
        _conversation().result, label="Gesprek wijk Noord 3", chosen=PICKS, date=dt.date(2026, 1, 9)
    )
    markdown = render_markdown(plan)
    assert "**Gesprek:** Gesprek wijk Noord 3" in markdown
    assert "**Datum:** 9 januari 2026" in markdown
    assert "Ik wil hulp bij het huishouden" in markdown
    assert "groeit alles me boven het hoofd" in markdown
    assert "### Financiën" in markdown
    assert "**Probleemstelling:** De rekeningen stapelen zich op." in markdown
    assert "**ZRM-score nu:** 2 (niet zelfredzaam)" in markdown
    assert "- **Eigen kracht:** Ik heb alle post in een map gedaan" in markdown
    assert "- **Sociaal netwerk:** dochter: kijkt mee met de post" in markdown
    assert "- **Voorliggende voorzieningen:** SchuldHulpMaatje (tel. 0800-8115)" in markdown
    assert "- **Aanvullend (maatwerk):** Beschermingsbewind" in markdown
    assert "1. **Cliënt:** belt SchuldHulpMaatje (wanneer: vrijdag)" in markdown
    assert "## Let op: veiligheid" in markdown and "112" in markdown
    assert "afsluiting van de stroom" not in markdown
    frames = [markdown.index(f"**{h}:**") for h in ("Eigen kracht", "Sociaal netwerk")]
    assert frames == sorted(frames)


def test_plan_from_a_saved_session_matches_the_live_one() -> None:
    session = _conversation()
    restored = Session.from_json(session.to_json(), load_dialog(FIXTURE))
    live = build_plan(session.result, label="x", date=dt.date(2026, 1, 9))
    again = build_plan(restored.result, label="x", date=dt.date(2026, 1, 9))
    assert again == live
    assert live.dialog_id == "plan-test"


def test_exported_json_reads_back_to_the_same_plan(tmp_path: Path) -> None:
    plan = build_plan(_conversation().result, label="Wijk Noord 3", chosen=PICKS)
    _, json_file = export_plan(plan, tmp_path)
    assert plan_from_json(json_file.read_bytes()) == plan


def _answer_for(session: Session) -> Any:
    step = session.current
    if step.answer == "text":
        return f"Wat de cliënt zei bij {step.id}"
    if step.answer == "yesno":  # go on where asked, say 'no' to danger and repeat questions
        return step.id in ("toestemming", "scoren", "gesprek_verder", "samenvatting_check")
    if step.answer == "choice":
        return session.options[0]
    if step.answer == "score":
        return 3
    if step.answer == "domains":
        return ["huisvesting", "geestelijke_gezondheid"]
    if step.answer == "list":
        return {field: f"{field} bij {step.id}" for field in step.entry_fields}
    return None


@pytest.mark.skipif(not SHIPPED.exists(), reason="shipped dialog not present")
def test_a_full_shipped_keukentafelgesprek_gives_a_complete_plan() -> None:
    session = Session(load_dialog(SHIPPED))
    for _ in range(500):
        if session.finished:
            break
        session.answer(_answer_for(session))
    assert session.finished
    plan = build_plan(session.result, label="Oefengesprek")
    markdown = render_markdown(plan)
    assert [d.domain for d in plan.domains] == ["huisvesting", "geestelijke_gezondheid"]
    for heading in ("## Hulpvraag", "### Huisvesting", "### Geestelijke gezondheid", "## Acties"):
        assert heading in markdown
    assert plan.hulpvraag and plan.acties
    assert all(d.by_frame()["eigen_kracht"] for d in plan.domains)
