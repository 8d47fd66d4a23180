"""Turns pydantic's validation errors into located Dutch problems with 'did you mean'.

Each part of the file (the dialog table, each slot, each step) is validated on its own,
so one bad step does not hide the problems of the others.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.engine import format as fmt
from assistant.engine.report import Reporter
from assistant.errors import did_you_mean, field_path
from assistant.toml_lines import Path

EFFECT_MODELS: dict[str, type[BaseModel]] = {
    "need": fmt.NeedEffect,
    "strength": fmt.StrengthEffect,
    "network": fmt.NetworkEffect,
    "agreement": fmt.AgreementEffect,
    "signal": fmt.SignalEffect,
    "focus_next": fmt.FocusNextEffect,
    "set": fmt.SetEffect,
    "skip_frame": fmt.SkipFrameEffect,
}
_VALUE_NAMES = {
    "phase": "onbekende fase",
    "domain": "onbekend domein",
    "frame": "onbekend kader",
    "kind": "onbekende soort signaal",
    "answer": "onbekende soort antwoord",
    "type": "onbekend type",
}
_TYPES = {
    "string_type": "moet tekst zijn (tussen aanhalingstekens)",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": 'moet een lijst zijn, zoals ["a", "b"]',
    "dict_type": "moet een tabel zijn",
    "model_type": "moet een tabel zijn",
    "model_attributes_type": "moet een tabel zijn",
    "int_type": "moet een heel getal zijn",
}


def validate_part(
    model: type[BaseModel], raw: Any, at: Path, report: Reporter, where: str | None
) -> Any:
    """``model`` validated from ``raw``, or None after reporting each problem in Dutch."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        errors: list[dict[str, Any]] = [dict(error) for error in exc.errors()]
        misspelt = {
            did_you_mean(str(e["loc"][-1]), _keys(model))
            for e in errors
            if e["type"] == "extra_forbidden" and len(e["loc"]) == 1
        }
        for error in errors:
            missing = error["type"] == "missing" and len(error["loc"]) == 1
            if missing and f"bedoelt u '{error['loc'][0]}'?" in misspelt:
                continue  # reported once, as the misspelt key with its 'did you mean'
            _report(model, error, at, report, where)
        return None


def _keys(model: type[BaseModel]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()]


def _report(
    model: type[BaseModel], error: dict[str, Any], at: Path, report: Reporter, where: str | None
) -> None:
    loc, owner = _clean(list(error["loc"]), model)
    field = field_path(loc or list(at)) or "tabel"
    kind = error["type"]
    key = str(loc[-1]) if loc else ""
    hint = None
    if kind == "missing":
        message = f"verplicht veld '{field}' ontbreekt"
    elif kind == "extra_forbidden":
        message = f"onbekend veld '{field}'"
        hint = did_you_mean(key, _keys(owner))
    elif kind == "literal_error":
        expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        what = _VALUE_NAMES.get(key, "onbekende waarde")
        message = f"{what} '{error['input']}' bij '{field}'"
        hint = did_you_mean(str(error["input"]), expected) or f"kies uit {', '.join(expected)}"
    elif kind == "union_tag_invalid":
        tag = error.get("ctx", {}).get("tag", "")
        message = f"onbekend soort effect '{tag}' bij '{field}.type'"
        hint = did_you_mean(str(tag), list(EFFECT_MODELS)) or f"kies uit {', '.join(EFFECT_MODELS)}"
    elif kind == "union_tag_not_found":
        message = f"effect zonder 'type' bij '{field}'"
    elif kind == "string_pattern_mismatch":
        letters = "kleine letters" if model is fmt.DialogInfo else "letters"
        message = f"'{field}' mag alleen {letters}, cijfers, '-' en '_' bevatten"
    elif owner is fmt.SetEffect and key == "value":
        message = f"'{field}' moet tekst, true/false, een getal of een lijst zijn"
    else:
        message = f"'{field}' {_TYPES.get(kind, 'heeft een ongeldige waarde')}"
    report.add(message, (*at, *loc), where=where, hint=hint)


def _clean(loc: list[str | int], model: type[BaseModel]) -> tuple[list[str | int], type[BaseModel]]:
    """The location as the trainer wrote it (without pydantic's union members)."""
    if len(loc) >= 2 and loc[0] == "effects" and isinstance(loc[1], int):
        if len(loc) >= 3 and loc[2] in EFFECT_MODELS:
            return [*loc[:2], *loc[3:4]], EFFECT_MODELS[str(loc[2])]
        return loc[:2], model
    if len(loc) >= 2 and loc[0] == "transitions" and isinstance(loc[1], int):
        return loc[:3], fmt.Transition
    return loc[:1] + [part for part in loc[1:2] if isinstance(part, int)], model
