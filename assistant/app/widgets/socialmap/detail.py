"""The detail pane of the social map: everything a worker needs to refer a client.

A confidential address is never shown; an entry not verified for more than 12 months
is marked, so the worker checks before passing the number on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.markup import escape
from textual.containers import VerticalScroll
from textual.widgets import Static

from assistant.app.texts import COST, domain_name, is_stale, provision_line

CONFIDENTIAL = "vertrouwelijk adres (niet getoond)"


def _row(label: str, value: str | None) -> str:
    return f"[b]{label}:[/b] {escape(value)}" if value else ""


def detail_markup(provision: Any, why: str, today: date) -> str:
    """Console markup for one provision; empty fields are left out, never guessed."""
    p = provision
    cost = COST.get(p.cost, p.cost) + (f" ({p.cost_note})" if p.cost_note else "")
    address = CONFIDENTIAL if p.address_confidential else p.address
    verified = f"{p.last_verified:%d-%m-%Y}" if p.last_verified else "onbekend"
    stale = is_stale(p.last_verified, today)
    lines = [
        f"[b]{escape(p.name)}[/b]",
        escape(p.organisation) if p.organisation and p.organisation != p.name else "",
        f"[i]{escape(provision_line(p))}[/i]",
        "",
        escape(p.description),
        "",
        _row("Zo meld je je aan", p.how_to_apply),
        _row("Voor wie", p.eligibility),
        _row("Doelgroep", ", ".join(p.target_groups)),
        _row("Kosten", cost),
        _row("Telefoon", p.phone),
        _row("Website", p.website),
        _row("E-mail", p.email),
        _row("Adres", address),
        _row("Open", p.hours),
        _row("Talen", ", ".join(p.languages)),
        _row("Gebied", ", ".join(p.area)),
        _row("Levensdomeinen", ", ".join(domain_name(d) for d in p.domains)),
        _row("Gevonden op", why),
        _row("Laatst gecontroleerd", verified),
    ]
    if stale:
        lines.append("[reverse] Ouder dan 12 maanden: controleer de gegevens eerst. [/reverse]")
    return "\n".join(line for i, line in enumerate(lines) if line or i in (3, 5))


class ProvisionDetail(VerticalScroll, can_focus=True):
    """Scrollable detail view of the provision under the cursor."""

    def compose(self) -> Any:
        yield Static("", id="map-detail-text")

    def show(self, provision: Any | None, why: str = "", today: date | None = None) -> None:
        """Show a provision, or a hint when there is none."""
        text = self.query_one("#map-detail-text", Static)
        if provision is None:
            text.update("Kies een voorziening in de lijst om de gegevens te zien.")
            return
        text.update(detail_markup(provision, why, today or date.today()))
        self.scroll_home(animate=False)
