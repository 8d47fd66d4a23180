"""The Provision model accepts good entries and refuses bad ones with Dutch reasons."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from socialmap import Provision
from socialmap.model import CONFIDENTIAL_TEXT

GOOD = {
    "id": "voedselbank-zuid",
    "name": "Voedselbank Zuid",
    "description": "Een voedselpakket per week.",
    "domains": ["financien"],
    "kind": "voorliggend",
    "access": "verwijzing",
    "area": ["Voorbeeldstad"],
}


def test_minimal_provision_gets_defaults() -> None:
    p = Provision(**GOOD)
    assert p.cost == "onbekend"
    assert p.keywords == []
    assert p.address_confidential is False
    assert not p.is_national


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("id", "Voedsel Bank", "kleine letters"),
        ("domains", ["geld"], "domains"),
        ("domains", [], "domains"),
        ("domains", ["financien", "financien"], "dubbel"),
        ("kind", "zwaar", "kind"),
        ("access", "open", "access"),
        ("area", ["landelijk", "Voorbeeldstad"], "landelijk"),
        ("phone", "bel ons", "telefoonnummer"),
        ("email", "geen-adres", "e-mailadres"),
        ("website", "www.voorbeeld.nl", "https://"),
        ("name", "   ", "leeg"),
    ],
)
def test_invalid_values_are_refused(field: str, value: object, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        Provision(**{**GOOD, field: value})
    assert fragment in str(info.value)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError):
        Provision(**{**GOOD, "telefoon": "0800"})


def test_confidential_address_is_hidden_in_public_forms() -> None:
    p = Provision(**GOOD, address="Geheime Laan 7", address_confidential=True)
    assert p.shown_address == CONFIDENTIAL_TEXT
    assert "Geheime" not in str(p.public_dict())
    assert "Geheime" not in repr(p)


def test_last_verified_is_a_date() -> None:
    p = Provision(**GOOD, last_verified=date(2025, 1, 2))
    assert p.public_dict()["last_verified"] == "2025-01-02"
