"""What a golden dialog transcript expects at its end, and how a difference is told.

Each difference is one Dutch line that names what is missing and what was not expected,
so a trainer sees at once whether the dialog or the transcript needs changing.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.engine import NeedResult, Session


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NeedExpectation(_Strict):
    """A need the conversation must record."""

    domain: str
    text: str | None = None
    """Part of the need's text (case does not matter)."""
    frames: list[str] | None = None
    """Exactly the frames covered for this need."""


class Expect(_Strict):
    """What must be true after the last turn."""

    finished: bool = True
    path: list[str] | None = None
    """Exactly the steps visited, in order (the turns already fix most of it)."""
    needs: list[str | NeedExpectation] | None = None
    """Exactly these needs (by domain)."""
    frames: list[str] | None = None
    """Exactly these frames covered in the conversation."""
    slots: dict[str, Any] = Field(default_factory=dict)
    signals: list[str] | None = None
    """Exactly these kinds of safety signal."""


def compare(expect: Expect, session: Session) -> list[str]:
    """Every way the finished transcript differs from ``expect``, in Dutch."""
    outcome = session.result
    failures = _compare_path(expect.path, outcome.visited)
    if expect.finished and not outcome.finished:
        failures.append(
            f"na de laatste beurt is het gesprek nog niet af: het staat bij '{session.current.id}'"
        )
    if not expect.finished and outcome.finished:
        failures.append("het gesprek is al afgelopen, maar de test verwacht van niet")
    if expect.needs is not None:
        failures += _compare_needs(expect.needs, outcome.needs)
    if expect.frames is not None:
        covered = [frame for frame, yes in outcome.frames.items() if yes]
        failures += _same("kaders", expect.frames, covered)
    for name, value in expect.slots.items():
        if outcome.slots.get(name) != value:
            failures.append(f"slot '{name}': verwacht {value!r}, kreeg {outcome.slots.get(name)!r}")
    if expect.signals is not None:
        failures += _same("signalen", expect.signals, [s.kind for s in outcome.signals])
    return failures


def _compare_path(expected: list[str] | None, visited: list[str]) -> list[str]:
    if expected is None or expected == visited:
        return []
    pairs = enumerate(zip(expected, visited, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(expected), len(visited)))
    wanted = expected[at] if at < len(expected) else "(einde)"
    got = visited[at] if at < len(visited) else "(einde)"
    return [f"pad wijkt af bij stap {at + 1}: verwacht '{wanted}', kreeg '{got}'"]


def _compare_needs(expected: list[str | NeedExpectation], actual: list[NeedResult]) -> list[str]:
    wanted = [n if isinstance(n, NeedExpectation) else NeedExpectation(domain=n) for n in expected]
    needs = {need.domain: need for need in actual}
    failures = _same("behoeften", [n.domain for n in wanted], list(needs))
    for want in wanted:
        need = needs.get(want.domain)
        if need is None:
            continue
        if want.text and want.text.lower() not in need.text.lower():
            failures.append(f"behoefte {want.domain}: tekst '{need.text}' bevat '{want.text}' niet")
        if want.frames is not None:
            covered = [f for f, yes in need.frames.items() if yes]
            failures += _same(f"kaders bij {want.domain}", want.frames, covered)
    return failures


def _same(what: str, expected: list[str], actual: list[str]) -> list[str]:
    missing = [x for x in expected if x not in actual]
    extra = [x for x in dict.fromkeys(actual) if x not in expected]
    if not missing and not extra:
        return []
    parts = []
    if missing:
        parts.append(f"ontbreekt: {', '.join(missing)}")
    if extra:
        parts.append(f"niet verwacht: {', '.join(extra)}")
    return [f"{what}: {'; '.join(parts)}"]
