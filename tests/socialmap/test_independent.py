"""socialmap stands alone: it never pulls in the assistant, Textual or spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_importing_socialmap_loads_no_assistant_textual_or_spacy() -> None:
    code = (
        "import sys, socialmap, socialmap.cli, socialmap.io;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('assistant', 'textual', 'spacy')];"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
