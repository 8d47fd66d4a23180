"""The shipped dialogs and personas pass their golden transcripts and random walks."""

from __future__ import annotations

from pathlib import Path

import pytest

DIALOGS = Path(__file__).resolve().parents[2] / "assistant" / "dialogs"


@pytest.mark.parametrize("name", ["keukentafelgesprek", "telefonische-intake"])
def test_shipped_dialog_goldens_and_walks(cli, name: str) -> None:
    path = DIALOGS / f"{name}.toml"
    code, out, err = cli("dialogs", "test", str(path), "--walks", "40", "--seed", "7")
    assert code == 0, out + err
    assert out.count("ok    ") >= 2
    assert "Alle wandelingen kwamen bij een eindstap, zonder fouten." in out


def test_shipped_persona_goldens(cli) -> None:
    personas = sorted((DIALOGS / "personas").glob("*.toml"))
    assert len(personas) >= 4
    code, out, err = cli("dialogs", "test", *map(str, personas))
    assert code == 0, out + err
    assert out.count("ok    ") == 2 * len(personas)
