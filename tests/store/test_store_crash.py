"""Killing the app in the middle of autosaving loses at most the step being saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.store import SessionRecord, SessionStore

ROOT = Path(__file__).resolve().parents[2]

SAVER = textwrap.dedent(
    """
    import sys
    from assistant.store import SessionRecord, SessionStore

    store = SessionStore(sys.argv[1])
    records = [
        SessionRecord(label=f"Gesprek {n}", dialog_id="keukentafelgesprek", engine={})
        for n in range(3)
    ]
    step = 0
    while True:
        for record in records:
            record = record.model_copy(
                update={"engine": {"step": step, "tekst": "x" * (step % 5000)}}
            )
            store.save(record)
            print(record.id, step, flush=True)
        step += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_during_autosave_leaves_a_sound_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert saver.stdout is not None
    last_saved: dict[str, int] = {}
    for line in saver.stdout:  # wait until plenty of saves are known to be committed
        session_id, step = line.split()
        last_saved[session_id] = int(step)
        if int(step) >= 60:
            break
    saver.send_signal(signal.SIGKILL)
    saver.wait()
    saver.stdout.close()

    with SessionStore(folder) as store:
        summaries = store.list()
        assert len(summaries) == 3
        for summary in summaries:
            record: SessionRecord = store.load(summary.id)
            # Every save reported before the kill is there, or a later one.
            assert record.engine["step"] >= last_saved[summary.id]
            assert record.engine["tekst"] == "x" * (record.engine["step"] % 5000)
        store.save(store.load(summaries[0].id).model_copy(update={"notes": "hervat"}))
        assert store.list()[0].id == summaries[0].id
