"""Danger words that tell of something other than danger now raise no signal: a film or
the news, a bruise the client explains, a death that is told, parents' worry about "als
wij er niet meer zijn". Each stays a signal as soon as it could be danger: the client
steps into the story, someone else gives the explanation, the bruises keep coming, the
death was an attempt. Our own sentences, none of them in a labelled set."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer


def kinds(analyzer: Analyzer, text: str) -> set[str]:
    return {s.kind for s in analyzer.signals(text)} - {"acute_crisis"}


class TestStories:
    @pytest.mark.parametrize(
        "text",
        [
            "Gisteren keken we een documentaire over zelfmoord onder boeren, heel indrukwekkend.",
            "Op school hebben ze een toneelstuk over huiselijk geweld gespeeld, heel knap gedaan.",
            "Ik las in de krant dat een vrouw in Almere door haar man is mishandeld.",
            "Er was op het nieuws een jongen die zijn vader had bedreigd met een mes.",
        ],
    )
    def test_a_film_or_the_news_gives_no_signal(self, analyzer: Analyzer, text: str) -> None:
        """You should see no red bar: the danger is in the story, not at the client's home."""
        assert not kinds(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Sinds die film over zelfmoord denk ik er zelf ook steeds aan.",
            "Na dat programma over huiselijk geweld besefte ik dat mijn man me ook slaat.",
            "Er was een film over huiselijk geweld op tv. Zo gaat het bij ons thuis ook.",
            "Ik zag een serie over kinderen die geslagen worden. Ik herkende er zoveel in.",
        ],
    )
    def test_the_client_stepping_into_the_story_stays_a_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        """You should see the route: the client (or their own home) comes into the story.
        Safety first, so "mijn" or "ons" later in the sentence is enough."""
        assert kinds(analyzer, text)


class TestExplainedBruises:
    @pytest.mark.parametrize(
        "text",
        [
            "Die blauwe plek op m'n arm is van het hockeyen, ik kreeg een stick tegen me aan.",
            "Ik ben van de trap gevallen, vandaar dat blauwe oog.",
            "Ons kleintje leert net lopen, ze zit vol blauwe plekken, ze knalt overal tegenaan.",
        ],
    )
    def test_a_bruise_with_an_everyday_cause_gives_no_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        assert "violence" not in kinds(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Hij zegt dat hij van de trap gevallen is, maar hij heeft een blauw oog.",
            "Ze heeft weer blauwe plekken, ze zei dat ze met de fiets gevallen is.",
            "Ze is gevallen, zegt ze, maar ze heeft elke week nieuwe blauwe plekken.",
            "Mijn dochter heeft blauwe plekken op haar rug.",
        ],
    )
    def test_a_quoted_cause_bruises_that_keep_coming_or_no_cause_stay_a_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        """You should see the Veilig Thuis route: "hij zegt dat hij gevallen is" is what a
        cover story sounds like."""
        assert "violence" in kinds(analyzer, text)

    def test_other_violence_is_not_explained_away_by_a_sport(self, analyzer: Analyzer) -> None:
        text = "Mijn man slaat me als hij terugkomt van het voetbal."
        assert "violence" in kinds(analyzer, text)


class TestDeathsTold:
    @pytest.mark.parametrize(
        "text",
        [
            "Mijn oom heeft zich in 1995 van het leven beroofd, de familie praat er nooit over.",
            "Een buurjongen heeft zich vorig jaar verhangen, de hele straat was er stil van.",
        ],
    )
    def test_someone_elses_death_that_is_told_gives_no_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        assert "suicide_risk" not in kinds(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Mijn zoon heeft zich bijna verhangen, we vonden hem net op tijd.",
            "Mijn dochter wil zich van het leven beroven.",
            "Mijn vader heeft geprobeerd zich van het leven te beroven.",
            "Mijn broer heeft zich vorig jaar verhangen en nu wil ik zelf ook niet meer leven.",
        ],
    )
    def test_an_attempt_a_wish_or_the_client_after_it_stays_a_signal(
        self, analyzer: Analyzer, text: str
    ) -> None:
        assert "suicide_risk" in kinds(analyzer, text)


class TestEverydayWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Wie zorgt er voor onze zoon als wij er niet meer zijn?",
            "De wijkverpleging zet elke ochtend mijn pillen klaar.",
            "Ik heb geen geld voor de trein naar de reclassering.",
            "Die nieuwe huisbaas, ik zou hem wel kunnen wurgen met zijn regeltjes.",
        ],
    )
    def test_plain_talk_gives_no_signal(self, analyzer: Analyzer, text: str) -> None:
        assert not kinds(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Als ik er niet meer ben, hoeft niemand meer voor mij te zorgen.",
            "Ik heb de pillen al klaarliggen.",
            "Soms denk ik erover om voor de trein te springen.",
        ],
    )
    def test_the_client_about_themself_stays_a_signal(self, analyzer: Analyzer, text: str) -> None:
        assert "suicide_risk" in kinds(analyzer, text)
