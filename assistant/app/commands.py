"""Command palette provider (ctrl+p) that finds provisions on the social map.

The palette is the quickest way to a provision's details from anywhere: type a few
letters, pick a hit, and the social map opens on that provision.
"""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from textual.command import Hit, Hits, Provider

from assistant.app.texts import provision_line


class ProvisionCommands(Provider):
    """Searches the in-memory social map index; silent until the map has loaded."""

    async def search(self, query: str) -> Hits:
        app = cast(Any, self.app)
        social_map = getattr(app, "social_map", None)
        if social_map is None or not query.strip():
            return
        hits = social_map.search(query, area=app.config.area, limit=8)
        for rank, hit in enumerate(hits):
            provision = hit.provision
            yield Hit(
                score=max(0.05, 1.0 - rank * 0.1),
                match_display=f"Voorziening: {provision.name}",
                command=partial(app.show_provision, provision.id),
                text=provision.name,
                help=provision_line(provision),
            )
