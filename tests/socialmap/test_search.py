"""Search on a small fixed map: typos, prefixes, diacritics, lay words, order and why."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from socialmap import SocialMap, SocialMapError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def kaart() -> SocialMap:
    return SocialMap.load(FIXTURES / "kaart.csv", strict=True)


def first(kaart: SocialMap, query: str, **filters: object) -> str:
    hits = kaart.search(query, **filters)  # type: ignore[arg-type]
    assert hits, f"nothing found for {query!r}"
    return hits[0].provision.id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("schuldhulpmaatje", "schuldhulpmaatje"),
        ("schuldh", "schuldhulpmaatje"),  # prefix while typing
        ("schuldhulpmaatej", "schuldhulpmaatje"),  # typo at the end
        ("shculdhulpmaatje", "schuldhulpmaatje"),  # swapped letters
        ("voedslbank", "voedselbank-voorbeeldstad"),  # letter missing
        ("taalcafe", "taalcafe-de-brug"),  # no diacritics
        ("TAALCAFÉ", "taalcafe-de-brug"),  # case
        ("taal cafe", "taalcafe-de-brug"),  # compound typed apart
        ("rood staan", "schuldhulpmaatje"),  # lay words
        ("eenzaamheid", "maatjesproject"),  # word form
        ("zelfmoord", "113-zelfmoordpreventie"),
        ("suicide", "113-zelfmoordpreventie"),  # diacritics in a keyword
        ("juridisch-loket", "juridisch-loket"),  # hyphen
        ("klusjes", "klussendienst"),
        ("voedselbanken", "voedselbank-voorbeeldstad"),  # plural
        ("schldhulpmaat", "schuldhulpmaatje"),  # typo while still typing
        ("juridisch loket 0900", "juridisch-loket"),
    ],
)
def test_finds_the_intended_provision_first(kaart: SocialMap, query: str, expected: str) -> None:
    assert first(kaart, query) == expected


def test_financien_matches_financien_with_diaeresis(kaart: SocialMap) -> None:
    hits = kaart.search("financien", limit=20)
    assert "geldloket-voorbeeldstad" in [h.provision.id for h in hits]


def test_every_hit_says_why(kaart: SocialMap) -> None:
    hits = kaart.search("schuldh")
    assert all(h.why for h in hits)
    assert hits[0].why == 'naam: "SchuldHulpMaatje" (begint met "schuldh")'
    assert kaart.search("geldzorgen")[0].why.startswith('trefwoord: "geldzorgen"')


def test_voorliggend_before_maatwerk_at_equal_score(kaart: SocialMap) -> None:
    ids = [h.provision.id for h in kaart.search("huishouden", area="Voorbeeldstad")]
    assert ids.index("klussendienst") < ids.index("huishoudelijke-hulp")


def test_order_is_deterministic(kaart: SocialMap) -> None:
    runs = {tuple(h.provision.id for h in kaart.search("geld")) for _ in range(3)}
    assert len(runs) == 1
    hits = kaart.search("geld")
    keys = [(-h.score, h.provision.id) for h in hits]
    assert all(a[0] <= b[0] for a, b in pairwise(keys))


def test_area_filter_keeps_local_and_national(kaart: SocialMap) -> None:
    ids = {h.provision.id for h in kaart.search("geldzorgen", area="Voorbeeldstad")}
    assert "geldloket-voorbeeldstad" in ids
    assert "schuldhulpmaatje" in ids
    assert "wijkteam-andersdorp" not in ids
    assert "wijkteam-andersdorp" in {h.provision.id for h in kaart.search("geldzorgen")}


def test_domain_kind_and_access_filters(kaart: SocialMap) -> None:
    hits = kaart.search("", domains=["financien"], kinds=["maatwerk"], limit=50)
    assert [h.provision.id for h in hits] == ["schuldhulp-voorbeeldstad"]
    assert all(h.provision.access == "vrij" for h in kaart.search("geld", access="vrij"))


def test_empty_query_with_filter_lists_the_domain_lightest_first(kaart: SocialMap) -> None:
    hits = kaart.search("", domains="financien", limit=50)
    assert len(hits) == 5
    assert hits[-1].provision.kind == "maatwerk"
    assert all(h.why for h in hits)


def test_unknown_filter_value_is_a_dutch_error(kaart: SocialMap) -> None:
    with pytest.raises(SocialMapError, match="Onbekende waarde"):
        kaart.search("geld", domains=["geld"])


def test_nonsense_finds_nothing(kaart: SocialMap) -> None:
    assert kaart.search("xqzwv") == []


def test_get_len_iter(kaart: SocialMap) -> None:
    assert len(kaart) == 12
    assert kaart.get("juridisch-loket").phone == "0900-8020"
    assert {p.id for p in kaart} >= {"klussendienst"}
    with pytest.raises(SocialMapError):
        kaart.get("bestaat-niet")
