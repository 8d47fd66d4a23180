"""Filter bar of the social map: domain, kind and area, compact for small terminals."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Select

from assistant.app.texts import KIND, domain_choices

ALL = "__alle__"


class FilterBar(Horizontal):
    """Three selects; a change posts ``Select.Changed`` which the screen listens to."""

    def __init__(self, areas: list[str], area: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._areas = areas
        self._area = area

    def compose(self) -> ComposeResult:
        yield Select(
            [("Alle domeinen", ALL), *domain_choices()],
            value=ALL,
            allow_blank=False,
            compact=True,
            id="filter-domain",
        )
        yield Select(
            [("Alle soorten", ALL), *((label, slug) for slug, label in KIND.items())],
            value=ALL,
            allow_blank=False,
            compact=True,
            id="filter-kind",
        )
        areas = [(area, area) for area in self._areas]
        yield Select(
            [("Alle gebieden", ALL), *areas, ("Alleen landelijk", "landelijk")],
            value=self._area if self._area in self._areas else ALL,
            allow_blank=False,
            compact=True,
            id="filter-area",
        )

    def values(self) -> dict[str, Any]:
        """Filters as keyword arguments for ``SocialMap.search``."""
        domain = self.query_one("#filter-domain", Select).value
        kind = self.query_one("#filter-kind", Select).value
        area = self.query_one("#filter-area", Select).value
        return {
            "domains": None if domain == ALL else [domain],
            "kinds": None if kind == ALL else [kind],
            "area": None if area == ALL else area,
        }
