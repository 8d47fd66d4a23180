"""Base app that turns an unexpected crash into a Dutch message and a private log.

Textual would print a traceback with local variables, which may quote what a client
said. Instead the worker reads what to do, and the details go to ``fouten.log`` in the
data folder (readable by the worker only).
"""

from __future__ import annotations

from textual.app import App

from assistant.app.config import AppConfig


class CrashSafeApp(App[int]):
    """Owns the configuration and the crash handling; see the module docstring."""

    def __init__(self, config: AppConfig | None = None) -> None:
        super().__init__()
        self.config = config or AppConfig()

    def _handle_exception(self, error: Exception) -> None:
        """Keep the error for :meth:`_fatal_error` (Textual's hook for a crash)."""
        self._crash = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Replace Textual's traceback with a Dutch message; details go to a log file."""
        from rich.text import Text

        from assistant.app.services.crash import crash_message, write_error_log

        error = getattr(self, "_crash", None) or RuntimeError("onbekende fout")
        log = write_error_log(self.config.data_dir, error)
        self.bell()
        self._exit_renderables[:] = [Text(crash_message(log))]
        self._close_messages_no_wait()

    def _print_error_renderables(self) -> None:
        """Only our Dutch message; Textual would add an English note on several errors."""
        if self._exit_renderables:
            self.error_console.print(self._exit_renderables[-1])
            self._exit_renderables.clear()
