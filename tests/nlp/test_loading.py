"""Loading: cheap to import, loaded once, safe to share between threads."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from assistant.nlp import Analyzer, get_analyzer


def test_import_does_not_load_spacy_or_textual() -> None:
    code = "import sys, assistant.nlp; print('spacy' in sys.modules, 'textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_one_shared_analyzer_for_all_threads(analyzer: Analyzer) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(lambda _: get_analyzer(), range(8)))
        needs = list(pool.map(analyzer.needs, ["Ik heb schulden."] * 8))
    assert all(a is analyzer for a in found)
    assert all(n[0].domain == "financien" for n in needs)
    assert analyzer.load_seconds > 0
