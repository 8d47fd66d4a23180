"""One analyzer for the whole test session: loading spaCy is the slow part."""

from __future__ import annotations

import pytest

from assistant.nlp import Analyzer, get_analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return get_analyzer()
