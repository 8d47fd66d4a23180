"""Loading: cheap to import, loaded once, safe to share between threads."""

from __future__ import annotations

import os
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


def test_loading_leaves_spacys_download_commands_out_but_they_still_work() -> None:
    """spaCy's command line (and with it every HTTP client) is not imported to analyse,
    and code that does ask for it gets the real thing."""
    code = (
        "import sys\n"
        "from assistant.nlp import get_analyzer\n"
        "get_analyzer().analyze('Ik heb schulden.')\n"
        "print(sorted(m for m in ('httpx', 'requests', 'typer') if m in sys.modules))\n"
        "import spacy, spacy.cli\n"
        "print(callable(spacy.cli.download), 'spacy_version' in spacy.info(silent=True))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "True True"]


def test_the_same_words_give_the_same_evidence_in_every_run() -> None:
    """Two patterns can match the same words; which one is named must not depend on
    Python's per-run hash seed."""
    text = "Ik heb al een brief geschreven voor de kinderen, voor als ik er niet meer ben."
    code = f"from assistant.nlp import get_analyzer; print(get_analyzer().analyze({text!r}))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
