"""Kill a running app mid-conversation (SIGKILL, no clean exit) and resume the session.

The app runs in a real pseudo-terminal, as a worker would start it. We type until the
store shows the answered step, kill the process, then open the same data folder in a
new app and resume: at most the step being typed may be lost.
"""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import OptionList

from assistant.app.screens.conversation import ConversationScreen
from assistant.store import SessionStore

LAUNCH = "import sys; from assistant.app.run import run_app; sys.exit(run_app([]))"


def wait_for(condition, timeout: float = 60.0, fail: bool = True) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    if fail:
        pytest.fail(f"the app did not get there in time: {condition}")
    return False


def saved_step(data_dir: Path) -> str | None:
    """The current step of the newest saved session, read straight from the store."""
    if not data_dir.exists():
        return None
    with SessionStore(data_dir) as store:
        sessions = store.list()
        if not sessions:
            return None
        return str(store.load(sessions[0].id).engine.get("state", {}).get("current"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
async def test_kill_mid_session_and_resume(make_app, ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "KEUKENTAFEL_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCH],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=tmp_path,
        start_new_session=True,
    )
    os.close(slave)
    screen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            screen.extend(chunk)

    threading.Thread(target=drain, daemon=True).start()

    def type_keys(keys: str) -> None:
        os.write(master, keys.encode())
        time.sleep(0.8)

    def press_until(key: str, step: str) -> None:
        """Press a key until the store shows ``step``: under heavy load (spaCy loading
        on a busy machine) a key pressed during a screen change can be missed."""
        for _ in range(3):
            type_keys(key)
            if wait_for(lambda: saved_step(data_dir) == step, timeout=15, fail=False):
                return
        pytest.fail(f"the app did not reach step {step}")

    try:
        wait_for(lambda: b"Nieuw gesprek" in screen)
        seen = len(screen)
        type_keys("n")
        wait_for(lambda: b"leidraad" in screen[seen:])
        type_keys("\r")
        type_keys("\r")
        wait_for(lambda: saved_step(data_dir) == "welkom")
        press_until("\r", "toestemming")
        press_until("1", "aanwezigen")
        time.sleep(1)
        type_keys("Ik en mijn dochter\r")
        wait_for(lambda: saved_step(data_dir) == "huishouden")
        type_keys("Half getypt antwoord")
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert process.returncode == -signal.SIGKILL

    app = make_app(data_dir=data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert app.screen.query_one("#sessions-list", OptionList).option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert ui.step_id(pilot) == "huishouden"
        answers = [entry.answer for entry in app.screen.conversation.session.state.history]
        assert answers[-1] == "Ik en mijn dochter"
