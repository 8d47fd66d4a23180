"""How a search hit explains itself in the result list and detail pane."""

from __future__ import annotations

from typing import Any

from rich.markup import escape


def why_text(hit: Any) -> str:
    """The hit's reason for matching, as one Dutch phrase."""
    why = getattr(hit, "why", "")
    if isinstance(why, str):
        return why
    if isinstance(why, list | tuple):
        return "; ".join(str(part) for part in why)
    return str(why)


def result_label(hit: Any) -> str:
    """One line in the result list: the name, marked when it is a local provision."""
    provision = hit.provision
    local = "" if "landelijk" in provision.area else " [dim]· lokaal[/]"
    return f"{escape(provision.name)}{local}"
