"""The CSV columns and how one cell becomes a field value.

Conversion is strict on purpose: a value we do not understand is reported, never guessed
or quietly changed. Only surrounding spaces are removed, and an empty ``cost`` means
``onbekend`` (documented in docs/sociale-kaart.md).
"""

from __future__ import annotations

import re
from datetime import date

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "organisation",
    "description",
    "keywords",
    "domains",
    "kind",
    "access",
    "cost",
    "cost_note",
    "area",
    "neighbourhood",
    "phone",
    "website",
    "email",
    "address",
    "address_confidential",
    "hours",
    "target_groups",
    "languages",
    "eligibility",
    "how_to_apply",
    "last_verified",
    "source",
)
REQUIRED: tuple[str, ...] = ("id", "name", "description", "domains", "kind", "access", "area")
LIST_FIELDS = frozenset({"keywords", "domains", "area", "target_groups", "languages"})
LIST_SEPARATOR = ";"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CellError(ValueError):
    """A cell that cannot be converted; the message is Dutch and shown to the user."""


def parse_date(text: str) -> date:
    """Parse a strict ``YYYY-MM-DD`` date."""
    if not _DATE.match(text):
        raise CellError(f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijv. 2025-03-01")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CellError(f"'{text}' is geen bestaande datum") from None


def parse_bool(text: str) -> bool:
    """``ja`` / ``nee`` (exactly, lowercase) to a bool."""
    if text == "ja":
        return True
    if text == "nee":
        return False
    raise CellError(f"'{text}' is geen ja of nee; laat leeg, of schrijf ja of nee")


def convert_cell(column: str, raw: str) -> object | None:
    """Turn one non-empty CSV cell into a field value (None: leave the field unset)."""
    text = raw.strip()
    if not text:
        return None
    if column in LIST_FIELDS:
        return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]
    if column == "address_confidential":
        return parse_bool(text)
    if column == "last_verified":
        return parse_date(text)
    return text


def format_cell(value: object) -> str:
    """The CSV text of one field value (inverse of :func:`convert_cell`)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
