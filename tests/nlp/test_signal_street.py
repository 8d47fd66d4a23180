"""Violence in the street by strangers is a crime to report (justitie), not a Veilig Thuis
matter; violence by someone of the household stays a signal wherever it happens, and so
does street violence that comes back. Also: carrying a knife is no threat to the client,
and "m'n ouders leven niet meer" is no death wish. Our own sentences, none of them in a
labelled set."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {s.kind for s in analyzer.signals(text)} - {"acute_crisis"}


def domains(analyzer: Analyzer, text: str) -> set[str]:
    return {n.domain for n in analyzer.needs(text)}


class TestStreetViolence:
    @pytest.mark.parametrize(
        "text",
        [
            "Ik ben vorige maand in de tram in elkaar geslagen door een paar jongens.",
            "Ik ben op straat in elkaar geslagen en nu durf ik 's avonds niet meer weg.",
            "Ze hebben me bij de geldautomaat beroofd, twee jongens met een mes.",
            "Mijn broer is na het stappen in elkaar getrapt door gasten die ik niet ken.",
            "Ze hebben me bij het tankstation geslagen, de dader is nog niet gepakt.",
        ],
    )
    def test_strangers_in_the_street_give_no_veilig_thuis_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        """You should see no violence signal: the route would send the client to Veilig
        Thuis, which is for violence at home."""
        assert "violence" not in kinds(analyzer, text)

    def test_the_crime_itself_is_still_a_need(self, analyzer: Analyzer) -> None:
        text = "Ik ben vorige maand in de tram in elkaar geslagen door een paar jongens."
        assert "justitie" in domains(analyzer, text)
        assert "huiselijke_relaties" not in domains(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Mijn man sloeg me op straat, waar iedereen bij stond.",
            "Hij slaat me, ook op straat.",
            "Mijn vader heeft me in de supermarkt geslagen omdat ik zeurde.",
            "Ik word elke dag na school opgewacht door jongens uit een andere wijk en ze slaan me.",
            "Ik ben in elkaar geslagen.",
        ],
    )
    def test_someone_at_home_or_violence_that_comes_back_stays_a_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        assert "violence" in kinds(analyzer, text)


class TestWordsThatOnlySoundLikeDanger:
    @pytest.mark.parametrize(
        "text",
        [
            "Onze jongste is opgepakt omdat hij met een mes op zak liep.",
            "Ze vonden een mes in z'n broekzak en nu moet hij voor de kinderrechter komen.",
        ],
    )
    def test_carrying_a_knife_is_no_threat_to_the_client(
        self, analyzer: Analyzer, text: str
    ) -> None:
        assert "violence" not in kinds(analyzer, text)

    def test_a_knife_held_against_you_still_is(self, analyzer: Analyzer) -> None:
        assert "violence" in kinds(analyzer, "Hij zette een mes op m'n keel.")

    def test_parents_who_died_are_no_death_wish(self, analyzer: Analyzer) -> None:
        assert not kinds(analyzer, "Ik sta er alleen voor, m'n ouders leven niet meer.")

    @pytest.mark.parametrize(
        "text",
        [
            "Het leven hoeft voor mij niet meer.",
            "Voor mij hoeft het leven echt niet meer.",
            "Ik zou eigenlijk liever niet meer leven.",
        ],
    )
    def test_not_wanting_to_live_on_is(self, analyzer: Analyzer, text: str) -> None:
        assert "suicide_risk" in kinds(analyzer, text)
