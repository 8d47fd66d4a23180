"""Sociale kaart: search-as-you-type with filters and a detail view.

Opened with F2 from any screen, the cursor lands in the search box; Escape pops this
screen, and Textual gives focus back to the widget the worker was in. The search
index lives in memory, so results are recomputed on every keystroke, synchronously.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Select
from textual.widgets.option_list import Option

from assistant.app.config import STYLES
from assistant.app.keys import SOCIAL_MAP, bindings
from assistant.app.widgets.socialmap.detail import ProvisionDetail
from assistant.app.widgets.socialmap.filters import FilterBar
from assistant.app.widgets.socialmap.results import result_label, why_text

LIMIT = 30


class SocialMapScreen(Screen[None]):
    """Find provisions while the client talks."""

    BINDINGS = bindings(SOCIAL_MAP)
    CSS_PATH = STYLES / "socialmap.tcss"

    def __init__(self, show_id: str | None = None, query: str = "") -> None:
        super().__init__()
        self._show_id = show_id
        self._query = query
        self._hits: list[Any] = []

    @property
    def _app(self) -> Any:
        return self.app

    def compose(self) -> ComposeResult:
        yield Header(icon="⌕")
        search = Input(
            value=self._query,
            placeholder="Typ een woord, bijv. schulden, eenzaam, mantelzorg",
            id="map-search",
        )
        search.border_title = "Zoeken in de sociale kaart"
        yield search
        yield FilterBar(self._areas(), self._app.config.area, id="map-filters")
        with Horizontal(id="map-body"):
            yield OptionList(id="map-results")
            yield ProvisionDetail(id="map-detail")
        yield Footer()

    def _areas(self) -> list[str]:
        social_map = self._app.social_map or ()
        found = sorted({a for p in social_map for a in p.area if a != "landelijk"})
        default = self._app.config.area
        return found if default in found else [default, *found]

    def on_mount(self) -> None:
        self.sub_title = "Sociale kaart"
        self._app.resources_changed.subscribe(self, self._on_resources)
        self.focus_search()
        self.refresh_results()

    def _on_resources(self, part: str) -> None:
        if part == "map":
            self.refresh_results()

    def focus_search(self) -> None:
        """Put the cursor in the search box (F2 on this screen does this too)."""
        self.query_one("#map-search", Input).focus()

    @on(Input.Changed, "#map-search")
    @on(Select.Changed)
    def refresh_results(self) -> None:
        """Search again with the current text and filters."""
        results = self.query_one("#map-results", OptionList)
        social_map = self._app.social_map
        results.clear_options()
        if social_map is None:
            self._hits = []
            message = {"mislukt": "De sociale kaart is niet beschikbaar."}.get(
                self._app.status.get("map", ""), "De sociale kaart wordt nog geladen…"
            )
            results.add_option(Option(message, disabled=True))
            self._show(None)
            return
        query = self.query_one("#map-search", Input).value
        filters = self.query_one(FilterBar).values()
        self._hits = social_map.search(query, limit=LIMIT, **filters)
        if self._show_id and not query.strip():
            self._pin(self._show_id)
        results.add_options(Option(result_label(hit), id=hit.provision.id) for hit in self._hits)
        if not self._hits:
            results.add_option(Option("Niets gevonden. Probeer een ander woord.", disabled=True))
        self.query_one("#map-results", OptionList).highlighted = 0 if self._hits else None
        self._show(self._hits[0] if self._hits else None)

    def _pin(self, provision_id: str) -> None:
        """Put the provision chosen in the command palette on top."""
        social_map = self._app.social_map
        if provision_id in social_map:
            self._hits = [h for h in self._hits if h.provision.id != provision_id]
            self._hits.insert(0, _Pinned(social_map.get(provision_id)))

    @on(OptionList.OptionHighlighted, "#map-results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self._hits):
            self._show(self._hits[event.option_index])

    @on(Input.Submitted, "#map-search")
    def _to_results(self) -> None:
        if self._hits:
            self.query_one("#map-results", OptionList).focus()

    def _show(self, hit: Any | None) -> None:
        today = self._app.config.today or date.today()
        detail = self.query_one(ProvisionDetail)
        detail.show(hit.provision if hit else None, why_text(hit) if hit else "", today)

    def _current(self) -> Any | None:
        index = self.query_one("#map-results", OptionList).highlighted
        if index is None or not 0 <= index < len(self._hits):
            return None
        return self._hits[index].provision

    def _copy(self, field: str, label: str) -> None:
        provision = self._current()
        value = getattr(provision, field, None) if provision else None
        if not value:
            self.notify(f"Deze voorziening heeft geen {label}.", severity="warning")
            return
        self.app.copy_to_clipboard(value)
        self.notify(f"{label.capitalize()} gekopieerd: {value}")

    def action_copy_phone(self) -> None:
        self._copy("phone", "telefoonnummer")

    def action_copy_website(self) -> None:
        self._copy("website", "website")

    def action_focus_results(self) -> None:
        self._to_results()

    def action_focus_search(self) -> None:
        self.focus_search()

    def action_close(self) -> None:
        self.dismiss()


class _Pinned:
    """A hit-like wrapper for a provision opened from the command palette."""

    def __init__(self, provision: Any) -> None:
        self.provision = provision
        self.score = 1.0
        self.why = "gekozen via Zoeken (Ctrl+P)"
