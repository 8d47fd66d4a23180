"""The shipped dialogs load and can be played to an end; the engine stays free of Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.engine import AnswerError, Session, load_dialog
from assistant.engine.names import DOMAIN_NAMES

DIALOGS = sorted((Path(__file__).parents[2] / "assistant" / "dialogs").glob("*.toml"))


def autoplay(session: Session, limit: int = 400) -> None:
    """Answer every step with something plausible; 'ja' only on a step's first visit."""
    seen: set[str] = set()
    for _ in range(limit):
        if session.finished:
            return
        step = session.current
        first = step.id not in seen
        seen.add(step.id)
        if session.method_block and session.focus:
            for frame in session.missing_before_provisions(session.focus):
                session.skip_frame(session.focus, frame, "test: overgeslagen")
        answer = {
            "none": None,
            "text": "Dat wil ik graag samen bekijken",
            "choice": "1",
            "yesno": "ja" if first else "nee",
            "score": "3",
            "domains": "financien, sociaal_netwerk",
            "list": "; ".join(["iemand", "helpt", "morgen"][: len(step.entry_fields)]),
        }[step.answer]
        session.answer(answer)
    raise AssertionError(f"no end after {limit} steps, at {session.current.id}")


@pytest.mark.parametrize("path", DIALOGS, ids=[p.name for p in DIALOGS])
def test_shipped_dialog_loads_and_plays_to_an_end(path: Path) -> None:
    session = Session(load_dialog(path))
    try:
        autoplay(session)
    except AnswerError as exc:  # pragma: no cover - shows which step failed
        raise AssertionError(f"{session.current.id}: {exc.message}") from exc
    assert session.finished
    restored = Session.from_json(session.to_json(), session.dialog)
    assert restored.to_json() == session.to_json()


def test_engine_does_not_import_textual() -> None:
    code = (
        "import sys, assistant.engine, assistant.engine.player, assistant.engine.export; "
        "print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_domain_names_agree_with_knowledge_base() -> None:
    from assistant.knowledge import load_knowledge

    knowledge = load_knowledge()
    assert {slug: knowledge.domain_name(slug) for slug in DOMAIN_NAMES} == DOMAIN_NAMES
