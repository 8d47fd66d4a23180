"""Whatever a trainer types, loading ends in a Dialog or a DialogError, never a crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.engine import DialogError, load_dialog_text

MINI_LINES = (Path(__file__).parent / "fixtures" / "good" / "mini.toml").read_text().splitlines()


def load_or_error(text: str) -> None:
    try:
        load_dialog_text(text, "x.toml")
    except DialogError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.path == "x.toml"
            assert problem.render().startswith("x.toml")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    load_or_error(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, len(MINI_LINES) - 1), min_size=1, max_size=4))
def test_mini_with_lines_removed(removed: list[int]) -> None:
    load_or_error("\n".join(line for i, line in enumerate(MINI_LINES) if i not in set(removed)))


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(MINI_LINES) - 1), st.sampled_from(['"', "x", "= 1", "[", "{", "}"]))
def test_mini_with_junk_inserted(index: int, junk: str) -> None:
    lines = list(MINI_LINES)
    lines[index] = lines[index] + junk
    load_or_error("\n".join(lines))
