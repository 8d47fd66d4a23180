"""Speed of the dialog engine on a generated 1,000-step dialog (run by hand).

    .venv/bin/python benchmarks/bench_engine.py

Prints medians for load + validate (target <= 200 ms) and for one answered step
(target <= 1 ms), each with a baseline measured in the same run and the ratio:
load against ``tomllib.loads`` and ``tomli.loads`` of the same text; a step against a
bare dict update.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import tomllib
from collections.abc import Callable

import tomli

from assistant.engine import Session, load_dialog_text

STEPS = 1000
KINDS = ["text", "choice", "yesno", "score"]
Clock = Callable[[], float]
ANSWERS = {"text": "Het gaat wel", "choice": "2", "yesno": "ja", "score": "3"}


def generate(steps: int = STEPS) -> str:
    """A valid dialog with ``steps`` steps, every kind of answer, conditions and effects."""
    out = [
        '[dialog]\nid = "bench"\ntitle = "Benchmark"\nstart = "s0"\n',
        '[slots.t]\ntype = "text"\n[slots.c]\ntype = "choice"\noptions = ["a", "b", "c"]\n',
        '[slots.b]\ntype = "bool"\n[slots.n]\ntype = "score"\n',
    ]
    slot = {"text": "t", "choice": "c", "yesno": "b", "score": "n"}
    for i in range(steps):
        kind = KINDS[i % len(KINDS)]
        last = i == steps - 1
        lines = [
            "[[steps]]",
            f'id = "s{i}"',
            'phase = "levensdomeinen"',
            f'prompt = "Vraag {i} over {{focus}} en {{t}}"',
            'phrasings = ["Hoe gaat het?", "Vertelt u eens."]',
            f'answer = "{kind}"',
            f'slot = "{slot[kind]}"',
        ]
        if kind == "choice":
            lines.append('options = ["a", "b", "c"]')
        if kind == "score":
            lines.append('domain = "financien"')
        lines.append(
            'effects = [ { type = "strength", text = "{answer}", '
            f'when = "score(financien) <= {i % 997 + 3} and not has_signal(violence)" }} ]'
        )
        if last:
            lines.append("end = true")
        else:
            target = f"s{i + 1}"
            lines.append(
                f'transitions = [ {{ when = "b and (n >= {i} or c in [\\"a\\", \\"b\\"])", '
                f'to = "{target}" }}, {{ to = "{target}" }} ]'
            )
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def median_ms(action: Callable[[], object], repeat: int, clock: Clock = time.perf_counter) -> float:
    """Median milliseconds of ``action`` by ``clock`` (wall time, or this process's CPU time)."""
    times = []
    for _ in range(repeat):
        start = clock()
        action()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def bench_steps(
    text: str, repeat: int = 5, clock: Clock = time.perf_counter
) -> tuple[float, float]:
    """Median ms per answered step over a full walk, and a bare dict-update baseline."""
    dialog = load_dialog_text(text, "bench.toml")
    per_step: list[float] = []
    for _ in range(repeat):
        session = Session(dialog)
        start = clock()
        while not session.finished:
            session.answer(ANSWERS[session.current.answer])
        per_step.append((clock() - start) * 1000 / STEPS)
    state: dict[str, object] = {}
    history: list[object] = []

    def bare() -> None:
        for i in range(STEPS):
            state[f"s{i % 4}"] = i
            history.append(i)

    baseline = median_ms(bare, repeat, clock) / STEPS
    return statistics.median(per_step), baseline


def main() -> int:
    text = generate()
    size = len(text) / 1024
    print(f"Dialoog: {STEPS} stappen, {size:.0f} kB TOML, Python {sys.version.split()[0]}")
    print("Elke stap heeft twee eigen voorwaarden, dus de compileercache helpt hier niet.")
    busy = os.getloadavg()[0]
    print(f"Belasting van de machine (loadavg): {busy:.1f} op {os.cpu_count()} kernen")
    load = 0.0
    for label, clock in (("kloktijd", time.perf_counter), ("CPU-tijd", time.process_time)):
        base = median_ms(lambda: tomllib.loads(text), 7, clock)
        fast = median_ms(lambda: tomli.loads(text), 7, clock)
        ours = median_ms(lambda: load_dialog_text(text, "bench.toml"), 7, clock)
        load = ours if label == "kloktijd" else load
        print(f"laden + controleren ({label}): {ours:8.1f} ms (doel <= 200 ms)")
        print(f"  basislijn tomllib.loads: {base:8.1f} ms, verhouding {ours / base:.2f}x")
        print(f"  basislijn tomli.loads (parser van de motor): {fast:8.1f} ms, ", end="")
        print(f"verhouding {ours / fast:.2f}x")
    step = 0.0
    for label, clock in (("kloktijd", time.perf_counter), ("CPU-tijd", time.process_time)):
        per_step, step_base = bench_steps(text, clock=clock)
        step = per_step if label == "kloktijd" else step
        print(f"één beantwoorde stap ({label}): {per_step:8.3f} ms (doel <= 1 ms)")
        print(f"  basislijn kale dict-update: {step_base:8.5f} ms, ", end="")
        print(f"verhouding {per_step / step_base:.0f}x")
    ok = load <= 200 and step <= 1
    print("binnen de doelen" if ok else "BUITEN de doelen (kloktijd)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
