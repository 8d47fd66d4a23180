"""Speed of the language analysis (run by hand: ``python benchmarks/bench_nlp.py``).

Measures, on this machine and in this run:
- load time of ``get_analyzer()`` in fresh processes (with and without importing spaCy);
- the median time per utterance of ``analyze()`` and ``question()`` after loading;
- a baseline in the same run: the tokenizer of a plain ``spacy.blank("nl")`` on the
  same sentences, and the ratio to it.
Targets: load <= 1.5 s, median <= 5 ms per utterance. A start normally finds the lemma
table and the snapshot of the lexicons in the cache folder; "eerste start" measures a
first start with an empty one (it builds both). Wall-clock load time depends on
how busy the machine is, so CPU time and the load average are printed too. Load runs are
interleaved with two baselines: a bare ``import spacy; spacy.blank("nl")``, and, with
``--baseline PATH``, ``get_analyzer()`` of another checkout (an older version, say).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT.parent / "shared/data/needs-dev.jsonl", ROOT / "tests/nlp/data/needs-extra.jsonl"]
LOAD_RUNS = 5
REPEAT = 5

_LOAD_SNIPPET = """
import json, time
t, c = time.perf_counter(), time.process_time()
from assistant.nlp import get_analyzer
a = get_analyzer()
print(json.dumps({"total": time.perf_counter() - t, "build": a.load_seconds,
                  "cpu": time.process_time() - c}))
"""


def _sentences() -> list[str]:
    texts = []
    for path in SETS:
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    return texts


_BARE_SNIPPET = """
import json, time
t, c = time.perf_counter(), time.process_time()
import spacy
spacy.blank("nl")
print(json.dumps({"total": time.perf_counter() - t, "build": 0.0,
                  "cpu": time.process_time() - c}))
"""


def _run(
    snippet: str, root: Path, cold: bool = False, cache: str | None = None
) -> dict[str, float]:
    """One load in a fresh process; ``cold`` gives it an empty cache folder (a first start),
    ``cache`` a cache folder of its own."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    if cold:
        with tempfile.TemporaryDirectory() as empty:
            return _run_in(snippet, root, {**env, "XDG_CACHE_HOME": empty})
    if cache is not None:
        env["XDG_CACHE_HOME"] = cache
    return _run_in(snippet, root, env)


def _run_in(snippet: str, root: Path, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", snippet],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env=env,
    )
    data: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def _load_times(baseline: Path | None) -> dict[str, dict[str, float]]:
    """Median total, build and CPU seconds per variant, the variants run in turns."""
    variants = {
        "nu": (_LOAD_SNIPPET, ROOT, False),
        "eerste start": (_LOAD_SNIPPET, ROOT, True),
        "kaal spaCy": (_BARE_SNIPPET, ROOT, False),
    }
    if baseline is not None:
        variants["baseline"] = (_LOAD_SNIPPET, baseline, False)
    # Another version has a cache folder of its own: each version removes cache files of
    # other layouts, so sharing one would make every start of both a first start.
    with tempfile.TemporaryDirectory() as baseline_cache:
        caches = {"baseline": baseline_cache}
        for name in ("nu", "baseline"):  # warm each cache once, unmeasured
            if name in variants:
                snippet, root, _ = variants[name]
                _run(snippet, root, cache=caches.get(name))
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
        for _ in range(LOAD_RUNS):
            for name, (snippet, root, cold) in variants.items():
                runs[name].append(_run(snippet, root, cold, caches.get(name)))
    return {
        name: {key: statistics.median(r[key] for r in found) for key in found[0]}
        for name, found in runs.items()
    }


def _median_ms(function: object, texts: list[str]) -> float:
    times = []
    for _ in range(REPEAT):
        for text in texts:
            started = time.perf_counter()
            function(text)  # type: ignore[operator]
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", type=Path, help="a checkout of another version")
    args = parser.parse_args()
    import spacy

    from assistant.nlp import get_analyzer

    texts = _sentences()
    loads = _load_times(args.baseline)
    total, build, cpu = (loads["nu"][key] for key in ("total", "build", "cpu"))
    analyzer = get_analyzer()
    baseline = spacy.blank("nl").tokenizer
    for text in texts[:10]:  # warm up caches
        analyzer.analyze(text)
        baseline(text)
    base_ms = _median_ms(baseline, texts)
    analyze_ms = _median_ms(analyzer.analyze, texts)
    question_ms = _median_ms(analyzer.question, texts)
    print(f"zinnen: {len(texts)}, herhalingen: {REPEAT}, laadmetingen: {LOAD_RUNS}")
    print(f"laden, mediaan (incl. import spaCy):  {total:.2f} s  (doel <= 1.5 s)")
    print(f"laden, mediaan CPU-tijd (incl. import): {cpu:.2f} s  (minder gevoelig voor drukte)")
    print(f"laden, mediaan (analyzer zelf):       {build:.2f} s")
    for name in ("eerste start", "kaal spaCy", "baseline"):
        if name in loads:
            other = loads[name]
            print(
                f"laden {name + ',':14} mediaan:      {other['total']:.2f} s "
                f"(CPU {other['cpu']:.2f} s; nu / {name}: {total / other['total']:.2f}x)"
            )
    print(f"belasting van de machine (1 min):     {os.getloadavg()[0]:.2f}")
    print(f"baseline spacy.blank('nl') tokenizer: {base_ms:.3f} ms per zin")
    print(f"analyze() mediaan:                    {analyze_ms:.3f} ms per zin  (doel <= 5 ms)")
    print(f"question() mediaan:                   {question_ms:.3f} ms per zin")
    print(f"verhouding analyze / baseline:        {analyze_ms / base_ms:.1f}x")


if __name__ == "__main__":
    main()
