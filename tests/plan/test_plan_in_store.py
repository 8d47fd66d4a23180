"""A plan with the worker's edits is saved with the session and comes back unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.plan import PlanError, build_plan, edit_domain, plan_from_data, plan_to_data
from assistant.store import SessionRecord, SessionStore


def test_plan_state_round_trips_through_the_store(tmp_path: Path) -> None:
    result = {"needs": [{"domain": "huisvesting", "text": "De woning is te klein"}]}
    plan = build_plan(result, label="Wijk Zuid 1", date=dt.date(2026, 5, 4))
    plan = edit_domain(plan, "huisvesting", doel="Een passende woning binnen een jaar")
    with SessionStore(tmp_path) as store:
        saved = store.save(
            SessionRecord(
                label="Wijk Zuid 1", dialog_id="keukentafelgesprek", plan=plan_to_data(plan)
            )
        )
        loaded = store.load(saved.id)
    assert loaded.plan is not None
    assert plan_from_data(loaded.plan) == plan


def test_an_unreadable_saved_plan_gives_a_dutch_error() -> None:
    with pytest.raises(PlanError, match="opnieuw vanuit het gesprek"):
        plan_from_data({"version": 2})
