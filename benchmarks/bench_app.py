"""Benchmark of the worker app (run by hand: ``python benchmarks/bench_app.py``).

1. Launch to an interactive start screen, against a bare Textual app showing one label,
   both started as fresh processes in the same run (target: at most 1.5x the bare app).
   'Interactive' is the first refresh after the start screen is mounted; spaCy and the
   social map index load afterwards in background workers and are not waited for.
2. Keystroke to results in the social map screen: the time to search and redraw the
   result list for one keystroke (target: within one frame, 16.7 ms at 60 Hz), and the
   full pilot round trip of a key press for comparison.

Prints medians (and p95 for latency). Uses a temporary data folder.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7

BARE = """
import os, time
from textual.app import App
from textual.widgets import Label
class Bare(App):
    def compose(self):
        yield Label("Hallo")
    def on_mount(self):
        self.call_after_refresh(self.ready)
    def ready(self):
        os.write(1, f"{time.time()}\\n".encode())
        self.exit()
Bare().run(headless=True, size=(80, 24))
"""

KEUKENTAFEL = """
import os, time
from assistant.app.app import KeukentafelApp
from assistant.app.screens.start import StartScreen
class Measured(KeukentafelApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.ready)
    def ready(self):
        assert isinstance(self.screen, StartScreen)
        os.write(1, f"{time.time()}\\n".encode())
        os._exit(0)
Measured().run(headless=True, size=(80, 24))
"""


def launch_seconds(code: str, env: dict[str, str]) -> float:
    """Seconds from starting the process to its 'ready' line."""
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    child.kill()
    child.wait()
    return float(line) - start


def bench_launch() -> None:
    env = {**os.environ, "KEUKENTAFEL_DATA_DIR": tempfile.mkdtemp(prefix="kt-bench-")}
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(launch_seconds(BARE, env))
        ours.append(launch_seconds(KEUKENTAFEL, env))
    b, o = statistics.median(bare), statistics.median(ours)
    print(
        f"start: kale Textual-app {b * 1000:.0f} ms, Keukentafel {o * 1000:.0f} ms, "
        f"verhouding {o / b:.2f}x (doel <= 1.5x), mediaan van {RUNS}"
    )


async def bench_keystrokes() -> None:
    from assistant.app.app import KeukentafelApp
    from assistant.app.config import AppConfig

    folder = tempfile.mkdtemp(prefix="kt-bench-")
    app = KeukentafelApp(
        AppConfig(
            data_dir=os.path.join(folder, "data"),  # type: ignore[arg-type]
            load_language=False,
        )
    )
    queries = ["schuldhulp", "voedselbank", "eenzaam", "mantelzorg", "huisarts", "wmo loket"]
    redraw, round_trip = [], []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_until_loaded()
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        search = screen.query_one("#map-search")
        for query in queries:
            search.value = ""  # type: ignore[attr-defined]
            await pilot.pause()
            for key in query.replace(" ", ""):
                start = time.perf_counter()
                await pilot.press(key)
                round_trip.append(time.perf_counter() - start)
                start = time.perf_counter()
                screen.refresh_results()  # type: ignore[attr-defined]
                redraw.append(time.perf_counter() - start)

    def summary(samples: list[float]) -> str:
        p95 = statistics.quantiles(samples, n=20)[-1]
        return f"mediaan {statistics.median(samples) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"

    print(
        f"toets -> resultaten (zoeken + lijst bijwerken): {summary(redraw)} "
        f"over {len(redraw)} toetsen (doel: binnen één frame, 16,7 ms)"
    )
    print(f"toets -> pilot-rondgang (inclusief Textual-berichten): {summary(round_trip)}")


if __name__ == "__main__":
    bench_launch()
    asyncio.run(bench_keystrokes())
