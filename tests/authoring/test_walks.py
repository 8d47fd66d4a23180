"""Seeded random walks: they end, a crash is reported with its step, coverage is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.authoring.walks import report_lines, run_walks
from assistant.engine import Session, load_dialog, load_dialog_text


def test_walks_cover_a_small_dialog(fixtures: Path) -> None:
    report = run_walks(load_dialog(fixtures / "goed.toml"), walks=30, seed=7)
    assert report.failures == []
    assert report.unreached_steps == []
    assert ("verder", "zelf") in report.edges_seen


def test_same_seed_same_walks(fixtures: Path) -> None:
    dialog = load_dialog(fixtures / "volgorde.toml")
    one, two = run_walks(dialog, 5, 3), run_walks(dialog, 5, 3)
    assert one.edges_seen == two.edges_seen


def rare(fixtures: Path) -> str:
    """volgorde.toml with a maatwerk route no random walk can take."""
    text = (fixtures / "volgorde.toml").read_text(encoding="utf-8")
    return text.replace("needs_count() > 2", "score(justitie) == 5")


def test_unreached_transition_is_listed(fixtures: Path) -> None:
    report = run_walks(load_dialog_text(rare(fixtures), "zeldzaam.toml"), walks=10, seed=1)
    assert report.unreached_steps == ["maatwerk"]
    assert ("domeinen", "maatwerk") in report.unreached_edges
    lines = report_lines(report)
    assert "Stappen bereikt: 8 van 9 (89%). Niet bereikt: maatwerk." in lines
    assert any("Niet bereikt: domeinen → maatwerk" in line for line in lines)


def test_endless_loop_is_reported(fixtures: Path) -> None:
    text = (fixtures / "goed.toml").read_text(encoding="utf-8")
    text = text.replace(
        'transitions = [{ when = "open_needs() > 0", to = "zelf" }, { to = "einde" }]',
        'transitions = [{ when = "needs_count() > 0", to = "zelf" }, { to = "einde" }]',
    )
    report = run_walks(load_dialog_text(text, "lus.toml"), walks=2, seed=1)
    assert len(report.failures) == 2
    assert "niet afgelopen" in report.failures[0].message


def test_a_step_that_crashes_is_reported(fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Session.answer

    def answer(self: Session, value: object = None) -> None:
        if self.current.id == "mensen":
            raise ValueError("kapot")
        original(self, value)

    monkeypatch.setattr(Session, "answer", answer)
    report = run_walks(load_dialog(fixtures / "goed.toml"), walks=3, seed=1)
    assert report.failures
    failure = report.failures[0]
    assert failure.step == "mensen"
    assert "ValueError: kapot" in failure.message
    assert any(line.startswith("FOUT  wandeling") for line in report_lines(report))


def test_cli_walks_report_coverage(cli, fixtures: Path, tmp_path: Path) -> None:
    path = tmp_path / "zeldzaam.toml"
    path.write_text(rare(fixtures), encoding="utf-8")
    code, out, _ = cli("dialogs", "test", "--walks", "10", "--seed", "2", str(path))
    assert code == 0
    assert "Wandelingen: 10 (seed 2)." in out
    assert "Alle wandelingen kwamen bij een eindstap, zonder fouten." in out
    assert "Niet bereikt: maatwerk." in out


def test_back_that_does_not_restore_is_reported(
    fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def back(self: Session) -> None:
        self.state.slots["hulpvraag"] = "verkeerd"

    monkeypatch.setattr(Session, "back", back)
    report = run_walks(load_dialog(fixtures / "goed.toml"), walks=30, seed=1)
    assert report.failures
    assert "terug (back) gaf niet precies de stand" in report.failures[0].message
