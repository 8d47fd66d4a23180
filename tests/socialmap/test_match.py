"""Matching needs to provisions: voorliggend first, maatwerk apart, local first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from socialmap import SocialMap, SocialMapError

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Need:
    domain: str
    text: str


@pytest.fixture(scope="module")
def kaart() -> SocialMap:
    return SocialMap.load(FIXTURES / "kaart.csv")


def test_voorliggend_and_aanvullend_are_separate(kaart: SocialMap) -> None:
    (result,) = kaart.match([Need("financien", "ik heb schulden")], area="Voorbeeldstad")
    assert result.voorliggend and result.aanvullend
    assert all(h.provision.kind != "maatwerk" for h in result.voorliggend)
    assert [h.provision.id for h in result.aanvullend] == ["schuldhulp-voorbeeldstad"]


def test_local_provisions_come_first_with_an_area(kaart: SocialMap) -> None:
    (result,) = kaart.match([("financien", "schulden")], area="Voorbeeldstad")
    local = [not h.provision.is_national for h in result.voorliggend]
    assert local == sorted(local, reverse=True)
    assert "wijkteam-andersdorp" not in [h.provision.id for h in result.voorliggend]


def test_need_without_text_still_gets_its_domain(kaart: SocialMap) -> None:
    (result,) = kaart.match([{"domain": "adl", "text": ""}], area="Voorbeeldstad")
    assert [h.provision.id for h in result.voorliggend] == ["klussendienst"]
    assert result.voorliggend[0].why


def test_results_follow_the_order_of_the_needs(kaart: SocialMap) -> None:
    results = kaart.match([("justitie", "advocaat"), ("sociaal_netwerk", "eenzaam")])
    assert [r.domain for r in results] == ["justitie", "sociaal_netwerk"]
    assert results[1].voorliggend[0].provision.id in {"maatjesproject", "taalcafe-de-brug"}


def test_unknown_domain_is_an_error(kaart: SocialMap) -> None:
    with pytest.raises(SocialMapError, match="levensdomein"):
        kaart.match([("geld", "schulden")])
