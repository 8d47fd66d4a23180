"""Speed of the language analysis (run by hand: ``python benchmarks/bench_nlp.py``).

Measures, on this machine and in this run:
- load time of ``get_analyzer()`` in fresh processes (with and without importing spaCy);
- the median time per utterance of ``analyze()`` and ``question()`` after loading;
- a baseline in the same run: the tokenizer of a plain ``spacy.blank("nl")`` on the
  same sentences, and the ratio to it.
Targets: load <= 1.5 s, median <= 5 ms per utterance. Wall-clock load time depends on
how busy the machine is, so CPU time and the load average are printed too.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
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


def _load_times() -> tuple[float, float, float]:
    totals, builds, cpus = [], [], []
    for _ in range(LOAD_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_SNIPPET], capture_output=True, text=True, check=True
        )
        data = json.loads(out.stdout.strip().splitlines()[-1])
        totals.append(data["total"])
        builds.append(data["build"])
        cpus.append(data["cpu"])
    return statistics.median(totals), statistics.median(builds), statistics.median(cpus)


def _median_ms(function: object, texts: list[str]) -> float:
    times = []
    for _ in range(REPEAT):
        for text in texts:
            started = time.perf_counter()
            function(text)  # type: ignore[operator]
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    import spacy

    from assistant.nlp import get_analyzer

    texts = _sentences()
    total, build, cpu = _load_times()
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
    print(f"belasting van de machine (1 min):     {os.getloadavg()[0]:.2f}")
    print(f"baseline spacy.blank('nl') tokenizer: {base_ms:.3f} ms per zin")
    print(f"analyze() mediaan:                    {analyze_ms:.3f} ms per zin  (doel <= 5 ms)")
    print(f"question() mediaan:                   {question_ms:.3f} ms per zin")
    print(f"verhouding analyze / baseline:        {analyze_ms / base_ms:.1f}x")


if __name__ == "__main__":
    main()
