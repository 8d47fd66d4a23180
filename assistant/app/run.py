"""Entry point used by ``assistant`` without a subcommand: start the app.

Problems that stop the app from starting (a data folder that cannot be used, a broken
installation) are printed as Dutch sentences with exit code 1, never as a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.errors import KeukentafelError


def run_app(dialog_paths: list[str]) -> int:
    """Start the app on the shipped data, with extra dialog files from ``--dialog``."""
    from assistant.app.app import KeukentafelApp
    from assistant.app.config import AppConfig

    missing = [path for path in dialog_paths if not Path(path).is_file()]
    if missing:
        for path in missing:
            print(f"Dialoogbestand niet gevonden: {path}", file=sys.stderr)
        return 1
    config = AppConfig(extra_dialogs=[Path(path) for path in dialog_paths])
    try:
        result = KeukentafelApp(config).run()
    except KeukentafelError as exc:
        print(exc.render(), file=sys.stderr)
        return 1
    return int(result or 0)
