"""The plan and the store are core parts: they work without the Textual app loaded."""

from __future__ import annotations

import subprocess
import sys


def test_plan_and_store_do_not_import_textual() -> None:
    code = (
        "import sys, assistant.plan, assistant.store; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
