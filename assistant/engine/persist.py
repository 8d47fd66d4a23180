"""Saving and restoring a session as JSON: the action log plus the state it produces.

The dialog's id and content hash travel along. On restore the log is replayed and must
give the saved state again. A changed dialog file raises :class:`SessionError`, unless
the caller accepts it (``allow_changed=True``): then as much of the log as still fits is
replayed and ``session.dialog_changed`` is set, with ``session.restore_note`` saying
where replay stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.engine.errors import SessionError
from assistant.errors import KeukentafelError

if TYPE_CHECKING:
    from assistant.engine.dialog import Dialog
    from assistant.engine.session import Session

FORMAT_VERSION = 1


def to_json(session: Session) -> dict[str, Any]:
    """The session as a JSON-ready dict."""
    return {
        "format": FORMAT_VERSION,
        "dialog": {"id": session.dialog.id, "hash": session.dialog.content_hash},
        "actions": [dict(action) for action in session.actions],
        "state": session.state.model_dump(mode="json"),
    }


def from_json(data: dict[str, Any], dialog: Dialog, *, allow_changed: bool = False) -> Session:
    """Restore a session saved by :func:`to_json` over ``dialog``."""
    from assistant.engine.session import Session

    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise SessionError("Dit is geen bewaarde sessie die ik kan lezen.")
    saved = data.get("dialog", {})
    if saved.get("id") != dialog.id:
        raise SessionError(
            f"Deze sessie hoort bij dialoog '{saved.get('id')}', niet bij '{dialog.id}'."
        )
    session = Session(dialog)
    actions = list(data.get("actions", []))
    if saved.get("hash") == dialog.content_hash:
        session._replay(actions)
        if session.state.model_dump(mode="json") != data.get("state"):
            raise SessionError("De bewaarde sessie klopt niet met haar eigen geschiedenis.")
        return session
    if not allow_changed:
        raise SessionError(
            f"Het dialoogbestand '{dialog.id}' is veranderd sinds deze sessie is bewaard. "
            "Open de sessie opnieuw en kies of u toch wilt doorgaan."
        )
    session.dialog_changed = True
    for index, action in enumerate(actions):
        try:
            _replay_checked(session, action)
        except KeukentafelError as exc:
            session.restore_note = (
                f"Doorgaan lukte tot stap {index + 1} van {len(actions)}: {exc.message}"
            )
            break
    return session


def _replay_checked(session: Session, action: dict[str, Any]) -> None:
    """Apply an old action through the public methods, so every value is checked again."""
    op = action.get("op")
    if op == "answer":
        session.answer(action.get("value"))
    elif op == "skip":
        session.skip(str(action.get("reason", "")))
    elif op == "goto":
        session.goto_phase(str(action.get("phase")))
    else:
        session._do(action)
