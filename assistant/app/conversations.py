"""The app's part that deals with stored conversations and the dialogs to choose from.

Kept apart from :mod:`assistant.app.app` so the main class stays about screens and
keys. The store is opened on first use, so the start screen never waits for SQLite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.app.config import AppConfig
from assistant.app.crash_safe import CrashSafeApp
from assistant.errors import KeukentafelError

if TYPE_CHECKING:
    from assistant.app.services.conversation import Conversation
    from assistant.app.services.dialogs import DialogEntry
    from assistant.store import SessionStore


class ConversationApp(CrashSafeApp):
    """Starts, resumes and saves conversations; lists dialogs."""

    def __init__(self, config: AppConfig | None = None) -> None:
        super().__init__(config)
        self._store: SessionStore | None = None
        self._dialogs: list[DialogEntry] | None = None

    def open_store(self) -> SessionStore | None:
        """The sessions store, opened on first use; a problem becomes a Dutch notice."""
        if self._store is None:
            from assistant.store import SessionStore

            try:
                self._store = SessionStore(self.config.data_dir)
            except KeukentafelError as exc:
                self.notify(exc.render(), title="Gesprekken opslaan lukt niet", severity="error")
        return self._store

    def dialog_entries(self, reload: bool = False) -> list[DialogEntry]:
        """Shipped dialogs and ``--dialog`` files, each checked (cached)."""
        from assistant.app.services.dialogs import discover

        if self._dialogs is None or reload:
            self._dialogs = discover(self.config.dialogs_dir, self.config.extra_dialogs)
        return self._dialogs

    def dialog_title(self, dialog_id: str) -> str:
        """The title of a dialog by id, for the list of saved conversations."""
        for entry in self.dialog_entries():
            if entry.id == dialog_id:
                return entry.title
        return dialog_id

    def start_conversation(self, dialog_path: str, label: str) -> bool:
        """Begin a new conversation; True when it started."""
        from assistant.app.services.conversation import Conversation

        entry = next(e for e in self.dialog_entries() if str(e.path) == dialog_path)
        try:
            conversation = Conversation.new(entry, label)
        except KeukentafelError as exc:
            self.notify(exc.render(), title="Starten lukt niet", severity="error")
            return False
        self.save_conversation(conversation)
        self._open_conversation(conversation)
        return True

    def resume_conversation(self, session_id: str) -> None:
        """Open a saved conversation where it was left."""
        from assistant.app.services.conversation import Conversation

        store = self.open_store()
        if store is None:
            return
        try:
            record = store.load(session_id)
            conversation = Conversation.resume(record, self.dialog_entries())
        except KeukentafelError as exc:
            self.notify(exc.render(), title="Hervatten lukt niet", severity="error")
            return
        for warning in conversation.warnings:
            self.notify(warning, title="Let op", severity="warning", timeout=12)
        self._open_conversation(conversation)

    def _open_conversation(self, conversation: Conversation) -> None:
        from assistant.app.screens.conversation import ConversationScreen
        from assistant.app.screens.start import StartScreen

        conversation.today = self.config.today
        while not isinstance(self.screen, StartScreen):
            self.pop_screen()
        self.push_screen(ConversationScreen(conversation))

    def save_conversation(self, conversation: Conversation) -> None:
        """Autosave; a failure is shown, the conversation goes on in memory."""
        store = self.open_store()
        if store is None:
            return
        try:
            conversation.save(store)
        except KeukentafelError as exc:
            self.notify(exc.render(), title="Opslaan mislukt", severity="error")

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()
