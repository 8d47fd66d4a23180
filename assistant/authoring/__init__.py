"""Trainer tooling: method-aware lint, script tests and previews for dialogs and personas.

Core code (no Textual). The command line is in :mod:`assistant.cli.authoring`, the app's
preview in :mod:`assistant.app.screens.dialog_preview`. Typical use::

    source = load_source("mijn-dialoog.toml")      # dialog or persona, never raises
    warnings = lint_source(source)                 # located Problems, severity 'waarschuwing'
    result = run_file_tests(Path("mijn-dialoog.toml"), walks=50, seed=1)
"""

from __future__ import annotations

from assistant.authoring.catalog import FileStatus, file_status, trainer_files
from assistant.authoring.lint import RULES, lint_source, rule_of
from assistant.authoring.sources import Source, load_source, source_from_text
from assistant.authoring.testing import FileTests, make_golden, run_file_tests
from assistant.authoring.walks import WalkReport, run_walks

__all__ = [
    "RULES",
    "FileStatus",
    "FileTests",
    "Source",
    "WalkReport",
    "file_status",
    "lint_source",
    "load_source",
    "make_golden",
    "rule_of",
    "run_file_tests",
    "run_walks",
    "source_from_text",
    "trainer_files",
]
