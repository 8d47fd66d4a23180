"""The map shipped in the package: complete, clean and useful out of the box."""

from __future__ import annotations

import pytest

from socialmap import DOMAINS, SocialMap
from socialmap.cli import main


@pytest.fixture(scope="module")
def kaart() -> SocialMap:
    return SocialMap.load()


def test_loads_without_problems(kaart: SocialMap) -> None:
    assert [p.render() for p in kaart.problems] == []


def test_covers_every_domain(kaart: SocialMap) -> None:
    covered = {domain for provision in kaart for domain in provision.domains}
    assert covered == set(DOMAINS)


def test_has_enough_national_and_local_entries(kaart: SocialMap) -> None:
    assert sum(p.is_national for p in kaart) >= 100
    assert sum("Voorbeeldstad" in p.area for p in kaart) >= 60


def test_every_domain_has_something_in_voorbeeldstad(kaart: SocialMap) -> None:
    for domain in DOMAINS:
        (result,) = kaart.match([(domain, "")], area="Voorbeeldstad")
        assert result.voorliggend or result.aanvullend, domain


def test_schuldhulp_finds_debt_help_first(
    kaart: SocialMap, capsys: pytest.CaptureFixture[str]
) -> None:
    first = kaart.search("schuldhulp")[0].provision
    assert "financien" in first.domains
    assert main(["search", "schuldhulp", "--limit", "1"]) == 0
    assert first.name in capsys.readouterr().out


def test_no_confidential_address_in_the_export(capsys: pytest.CaptureFixture[str]) -> None:
    kaart = SocialMap.load()
    secrets = [p.address for p in kaart if p.address_confidential and p.address]
    assert main(["export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert all(secret not in out for secret in secrets)


def test_a_typo_that_is_also_a_rare_word_start_still_finds_the_keyword(
    kaart: SocialMap,
) -> None:
    """'eenzam' only begins 'eenzame', but a worker means 'eenzaam': show those too."""
    hits = kaart.search("eenzam", limit=10)
    assert len(hits) >= 3
    assert sum("eenzaam" in hit.provision.keywords for hit in hits) >= 2
