"""The provision model: one entry of the sociale kaart.

Field names follow the CSV columns of the map files, so a spreadsheet, a TOML file and the
Python object all use the same words. How each field maps onto Open Referral HSDS 3.0 is
documented in ``docs/sociale-kaart.md``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

DomainSlug = Literal[
    "financien",
    "dagbesteding",
    "huisvesting",
    "huiselijke_relaties",
    "geestelijke_gezondheid",
    "lichamelijke_gezondheid",
    "verslaving",
    "adl",
    "sociaal_netwerk",
    "maatschappelijke_participatie",
    "justitie",
]
Kind = Literal["algemeen", "collectief", "voorliggend", "maatwerk"]
Access = Literal["vrij", "verwijzing", "indicatie", "justitie"]
Cost = Literal["gratis", "eigen_bijdrage", "zorgverzekering", "betaald", "onbekend"]

DOMAINS: tuple[str, ...] = get_args(DomainSlug)
KINDS: tuple[str, ...] = get_args(Kind)
ACCESSES: tuple[str, ...] = get_args(Access)
COSTS: tuple[str, ...] = get_args(Cost)
NATIONAL = "landelijk"

DOMAIN_NAMES: dict[str, str] = {
    "financien": "Financiën",
    "dagbesteding": "Dagbesteding",
    "huisvesting": "Huisvesting",
    "huiselijke_relaties": "Huiselijke relaties",
    "geestelijke_gezondheid": "Geestelijke gezondheid",
    "lichamelijke_gezondheid": "Lichamelijke gezondheid",
    "verslaving": "Verslaving",
    "adl": "Algemene dagelijkse levensverrichtingen",
    "sociaal_netwerk": "Sociaal netwerk",
    "maatschappelijke_participatie": "Maatschappelijke participatie",
    "justitie": "Justitie",
}

KIND_RANK: dict[str, int] = {"algemeen": 0, "voorliggend": 0, "collectief": 1, "maatwerk": 2}
"""Lighter support first: *zo licht als mogelijk, zo zwaar als nodig*."""

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,24}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^https?://[^\s]+\.[^\s]+$")
CONFIDENTIAL_TEXT = "vertrouwelijk adres (niet getoond)"


class Provision(BaseModel):
    """One provision (voorziening) on the social map."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    """Stable slug (lowercase letters, digits, hyphens); other parts refer to it."""
    name: str = Field(min_length=1)
    """The name people know it by, e.g. ``SchuldHulpMaatje``."""
    description: str = Field(min_length=1)
    """What it offers, in plain Dutch (B1)."""
    domains: list[DomainSlug] = Field(min_length=1)
    """The ZRM life domains it helps with (at least one)."""
    kind: Kind
    """algemeen | collectief | voorliggend | maatwerk (maatwerk needs an indication)."""
    access: Access
    """vrij (walk in) | verwijzing (via a worker or GP) | indicatie | justitie."""
    area: list[str] = Field(min_length=1)
    """``["landelijk"]`` or one or more gemeenten where it is offered."""
    organisation: str | None = None
    """The organisation behind it, when it differs from the name."""
    keywords: list[str] = Field(default_factory=list)
    """Lay words and synonyms people actually say: "rood staan", "eenzaam"."""
    cost: Cost = "onbekend"
    """gratis | eigen_bijdrage | zorgverzekering | betaald | onbekend (empty = onbekend)."""
    cost_note: str | None = None
    """Free text about the cost, e.g. the size of the eigen bijdrage."""
    neighbourhood: str | None = None
    """The wijk or neighbourhood, for local provisions."""
    phone: str | None = None
    """Phone number as people dial it, e.g. ``0800-8115``."""
    website: str | None = None
    """Full web address starting with http:// or https://."""
    email: str | None = None
    """E-mail address."""
    address: str | None = Field(default=None, repr=False)
    """Visiting address; never shown or exported when ``address_confidential``."""
    address_confidential: bool = False
    """True for a secret address (e.g. a women's shelter): it is never shown in full."""
    hours: str | None = None
    """Opening or phone hours, free text."""
    target_groups: list[str] = Field(default_factory=list)
    """Who it is for, e.g. ``jongeren``, ``mantelzorgers``."""
    languages: list[str] = Field(default_factory=list)
    """Languages spoken besides Dutch, or the languages it is offered in."""
    eligibility: str | None = None
    """Who may use it (conditions)."""
    how_to_apply: str | None = None
    """Zo meld je je aan: how a client or worker gets access."""
    last_verified: date | None = None
    """When someone last checked these facts."""
    source: str | None = None
    """Where the facts come from (a web address or a description)."""

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(
                "gebruik alleen kleine letters, cijfers en streepjes (bijv. 'voedselbank-zuid')"
            )
        return value

    @field_validator("name", "description")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("mag niet leeg zijn")
        return value

    @field_validator("domains")
    @classmethod
    def _unique_domains(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("een levensdomein staat er dubbel in")
        return value

    @field_validator("area")
    @classmethod
    def _area(cls, value: list[str]) -> list[str]:
        if any(not part.strip() for part in value):
            raise ValueError("een gebied mag niet leeg zijn")
        if NATIONAL in value and len(value) > 1:
            raise ValueError("'landelijk' gaat niet samen met gemeenten")
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not _PHONE.match(value):
            raise ValueError("geen geldig telefoonnummer (alleen cijfers, spaties, + - en haakjes)")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError("geen geldig e-mailadres")
        return value

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        if value is not None and not _WEBSITE.match(value):
            raise ValueError("geen geldig webadres; begin met https://")
        return value

    @property
    def is_national(self) -> bool:
        """True for a provision offered in the whole country."""
        return self.area == [NATIONAL]

    @property
    def shown_address(self) -> str | None:
        """The address as it may be shown: a confidential one is replaced by a notice."""
        if self.address_confidential:
            return CONFIDENTIAL_TEXT
        return self.address

    def public_dict(self) -> dict[str, object]:
        """A JSON-ready dict that never holds a confidential address."""
        data = self.model_dump(mode="json")
        if self.address_confidential:
            data["address"] = None
        return data
