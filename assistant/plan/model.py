"""The plan van aanpak as data: what chapter 6.2 of the report asks a plan to hold.

Hulpvraag and vraag achter de vraag, then per life domain with a need: probleemstelling,
doel, resultaat and oplossingen in the order of the four frames, then the acties (wie,
wat, wanneer). Models are frozen: the app edits through :mod:`assistant.plan.edit`,
which validates every change and remembers which fields the worker wrote, so a rebuild
from a changed session keeps them. The JSON form is this model with a schema version.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.knowledge.vocabulary import FRAME_SLUGS, DomainSlug, FrameSlug, SignalKind
from assistant.plan.errors import PlanError

PLAN_DOCUMENT = "keukentafel/plan-van-aanpak"
PLAN_VERSION = 1

ProvisionKind = Literal["voorliggend", "maatwerk"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class ChosenProvision(_Model):
    """A provision from the social map the worker chose for the plan (plain data only)."""

    id: str
    name: str = Field(min_length=1)
    domain: DomainSlug
    kind: ProvisionKind
    """voorliggend (before maatwerk) or maatwerk (aanvullend, needs an indication)."""
    phone: str = ""


class Oplossing(_Model):
    """One solution under one frame: a strength, a network member, or a provision."""

    frame: FrameSlug
    text: str = Field(min_length=1)
    provision_id: str | None = None
    """Set when the solution is a chosen provision from the social map."""
    phone: str = ""


class Actie(_Model):
    """One agreement: who does what, and when."""

    wie: str = Field(min_length=1)
    wat: str = Field(min_length=1)
    wanneer: str = ""
    domain: DomainSlug | None = None
    """The need the actie belongs to, when it was agreed for one."""


class Score(_Model):
    """A ZRM score with the Dutch names, so an export needs no lookups."""

    domain: DomainSlug
    domain_name: str
    score: int = Field(ge=1, le=5)
    level_name: str


class Signaal(_Model):
    """A safety signal raised in the conversation: what kind, and the route to take."""

    kind: SignalKind
    name: str
    route: str


class DomainPlan(_Model):
    """The plan for one life domain with a need."""

    domain: DomainSlug
    domain_name: str
    probleemstelling: str
    doel: str
    resultaat: str
    oplossingen: tuple[Oplossing, ...] = ()
    score: Score | None = None
    covered: tuple[FrameSlug, ...] = ()
    """Frames explored for this need in the conversation."""
    skipped: dict[FrameSlug, str] = {}
    """Frames the worker skipped for this need, with the reason given."""

    def by_frame(self) -> dict[FrameSlug, list[Oplossing]]:
        """The solutions per frame, all four frames present, in the method's order."""
        grouped: dict[FrameSlug, list[Oplossing]] = {f: [] for f in _frames()}
        for oplossing in self.oplossingen:
            grouped[oplossing.frame].append(oplossing)
        return grouped


class PlanVanAanpak(_Model):
    """A whole plan van aanpak. Never holds the client's name: only the worker's label."""

    document: Literal["keukentafel/plan-van-aanpak"] = "keukentafel/plan-van-aanpak"
    """What this JSON is, so a reader can recognise it."""
    version: Literal[1] = 1
    """The schema version; raised when the JSON form changes incompatibly."""
    label: str = Field(min_length=1)
    """The label the worker gave the conversation (not the client's name)."""
    date: dt.date
    dialog_id: str = ""
    hulpvraag: str = ""
    vraag_achter_de_vraag: str = ""
    domains: tuple[DomainPlan, ...] = ()
    acties: tuple[Actie, ...] = ()
    scores: tuple[Score, ...] = ()
    """All ZRM scores given, also for domains without a need, in the matrix's order."""
    general: tuple[Oplossing, ...] = ()
    """Strengths and network members that belong to no single need."""
    signalen: tuple[Signaal, ...] = ()
    chosen: tuple[ChosenProvision, ...] = ()
    edited: tuple[str, ...] = ()
    """Fields the worker changed by hand, e.g. 'financien.doel' or 'acties'."""

    def domain(self, slug: str) -> DomainPlan:
        """The plan for one domain, or a PlanError when that domain has no need."""
        for part in self.domains:
            if part.domain == slug:
                return part
        raise PlanError(f"Het plan heeft geen onderdeel voor het domein '{slug}'.")


def _frames() -> tuple[FrameSlug, ...]:
    return FRAME_SLUGS  # type: ignore[return-value]
