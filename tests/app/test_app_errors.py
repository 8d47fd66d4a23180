"""Unexpected errors: the worker reads Dutch, the traceback goes to a private log."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app.screens.help import HelpScreen


async def test_crash_gives_dutch_message_and_private_log(
    make_app, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    def broken(self: HelpScreen) -> None:
        raise RuntimeError("kapot in de test")

    monkeypatch.setattr(HelpScreen, "compose", broken)
    app = make_app()
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f1")
            await pilot.pause()
    message = " ".join(capsys.readouterr().err.split())
    assert "Er ging iets onverwachts mis" in message and "Gesprek hervatten" in message
    assert "Traceback" not in message and "NOTE" not in message
    log = tmp_path / "data" / "fouten.log"
    assert "kapot in de test" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600
