"""Human-readable terminal text for provisions and problems (Dutch, no colours).

Every text goes through :meth:`Provision.shown_address`, so a confidential address is
never printed.
"""

from __future__ import annotations

import textwrap

from socialmap.model import DOMAIN_NAMES, Provision
from socialmap.search.hit import Hit

COST_LABELS = {
    "gratis": "gratis",
    "eigen_bijdrage": "eigen bijdrage",
    "zorgverzekering": "via zorgverzekering",
    "betaald": "betaald",
    "onbekend": "kosten onbekend",
}
ACCESS_LABELS = {
    "vrij": "vrij toegankelijk",
    "verwijzing": "via verwijzing",
    "indicatie": "met indicatie",
    "justitie": "via justitie",
}


def _wrap(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def summary_line(p: Provision) -> str:
    """``voorliggend · vrij toegankelijk · gratis · Voorbeeldstad``."""
    area = "landelijk" if p.is_national else ", ".join(p.area)
    return " · ".join([p.kind, ACCESS_LABELS[p.access], COST_LABELS[p.cost], area])


def contact_line(p: Provision) -> str:
    """Phone, website and e-mail on one line (empty when none is known)."""
    parts = []
    if p.phone:
        parts.append(f"bel {p.phone}")
    if p.website:
        parts.append(p.website)
    if p.email:
        parts.append(p.email)
    return " · ".join(parts)


def hit_block(number: int, hit: Hit) -> str:
    """A search result in a few short lines."""
    p = hit.provision
    lines = [f"{number:>2}. {p.name}  [{summary_line(p)}]", _wrap(p.description)]
    if contact := contact_line(p):
        lines.append(f"   {contact}")
    if hit.why:
        lines.append(_wrap(f"Waarom: {hit.why}"))
    lines.append(f"   id: {p.id}")
    return "\n".join(lines)


def provision_details(p: Provision) -> str:
    """Every field of one provision, labelled in Dutch."""
    rows = [
        ("Naam", p.name),
        ("Organisatie", p.organisation),
        ("Wat", p.description),
        ("Levensdomeinen", ", ".join(DOMAIN_NAMES[d] for d in p.domains)),
        ("Soort", p.kind),
        ("Toegang", ACCESS_LABELS[p.access]),
        ("Kosten", COST_LABELS[p.cost] + (f" ({p.cost_note})" if p.cost_note else "")),
        ("Gebied", ", ".join(p.area) + (f", wijk {p.neighbourhood}" if p.neighbourhood else "")),
        ("Telefoon", p.phone),
        ("Website", p.website),
        ("E-mail", p.email),
        ("Adres", p.shown_address),
        ("Openingstijden", p.hours),
        ("Voor wie", ", ".join(p.target_groups)),
        ("Talen", ", ".join(p.languages)),
        ("Voorwaarden", p.eligibility),
        ("Zo meld je je aan", p.how_to_apply),
        ("Trefwoorden", ", ".join(p.keywords)),
        ("Gecontroleerd op", p.last_verified.isoformat() if p.last_verified else "onbekend"),
        ("Bron", p.source),
        ("Id", p.id),
    ]
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(
        textwrap.fill(
            str(value),
            width=88,
            initial_indent=f"{label}:".ljust(width),
            subsequent_indent=" " * width,
        )
        for label, value in rows
        if value
    )
