"""Read what the plan needs from an engine session result, whatever form it arrives in.

The engine hands over ``session.result`` (a model) or its JSON form (from the store);
this module turns either into a few plain records, so the plan never depends on the
engine's classes and an older saved session still yields a plan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, NamedTuple


class Need(NamedTuple):
    domain: str
    texts: list[str]
    covered: frozenset[str]
    skipped: dict[str, str]


class Agreement(NamedTuple):
    who: str
    what: str
    when: str
    domain: str | None


class Facts(NamedTuple):
    """The parts of a session result a plan is made of."""

    dialog_id: str
    hulpvraag: str
    vraag_achter_de_vraag: str
    needs: list[Need]
    scores: dict[str, int]
    strengths: list[tuple[str, str]]
    """(domain or '', text) pairs."""
    network: list[tuple[str, str]]
    """(domain or '', 'relatie: wat') pairs."""
    agreements: list[Agreement]
    signals: list[str]


def as_data(result: Any) -> dict[str, Any]:
    """The result as plain JSON-like data."""
    if isinstance(result, Mapping):
        return dict(result)
    if hasattr(result, "model_dump"):
        return dict(result.model_dump(mode="json"))
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        return dataclasses.asdict(result)
    raise TypeError(f"cannot read a session result from {type(result).__name__}")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def read_facts(result: Any) -> Facts:
    """The plan's ingredients from a session result."""
    data = as_data(result)
    return Facts(
        dialog_id=_text(data.get("dialog_id")),
        hulpvraag=_text(data.get("hulpvraag")),
        vraag_achter_de_vraag=_text(data.get("vraag_achter_de_vraag")),
        needs=[_need(n, data) for n in data.get("needs") or []],
        scores={str(k): int(v) for k, v in (data.get("scores") or {}).items() if v},
        strengths=[e for e in map(_entry, data.get("strengths") or []) if e[1]],
        network=[m for m in map(_member, data.get("network") or []) if m[1]],
        agreements=[_agreement(a) for a in data.get("agreements") or []],
        signals=[str(s["kind"]) for s in data.get("signals") or []],
    )


def _need(need: Mapping[str, Any], data: Mapping[str, Any]) -> Need:
    domain = str(need["domain"])
    frames = need.get("frames", (data.get("frames") or {}).get(domain, {}))
    if isinstance(frames, Mapping):
        covered = frozenset(f for f, done in frames.items() if done)
    else:
        covered = frozenset(frames or ())
    own = need.get("skipped_frames") or need.get("skipped") or {}
    skipped = {str(k): _text(v) for k, v in own.items()}
    for item in data.get("skipped_frames") or []:
        if item.get("domain") == domain:
            skipped[str(item["frame"])] = _text(item.get("reason"))
    said = need.get("texts", need.get("text"))
    # The engine joins what was said with '; '; split it again to drop repeats.
    texts = [_text(t) for t in (said if isinstance(said, list) else _text(said).split("; "))]
    return Need(domain, [t for t in texts if t], covered, skipped)


def _entry(item: Any) -> tuple[str, str]:
    if isinstance(item, Mapping):
        return _text(item.get("domain")), _text(item.get("text"))
    return "", _text(item)


def _member(item: Any) -> tuple[str, str]:
    if not isinstance(item, Mapping):
        return "", _text(item)
    relation, can_do = _text(item.get("relation")), _text(item.get("can_do"))
    return _text(item.get("domain")), f"{relation}: {can_do}" if can_do else relation


def _agreement(item: Mapping[str, Any]) -> Agreement:
    who, what = _text(item.get("who")) or "cliënt", _text(item.get("what"))
    return Agreement(who, what, _text(item.get("when")), _text(item.get("domain")) or None)
