"""Changing a plan by hand: every change is validated and remembered as an edit.

The app calls these instead of ``model_copy(update=...)`` (which does not validate).
Each returns a new plan; the field changed is added to ``plan.edited`` so that
:func:`assistant.plan.build.build_plan` keeps it when the plan is rebuilt later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.plan.build import empty_part
from assistant.plan.errors import PlanError
from assistant.plan.model import Actie, ChosenProvision, Oplossing, PlanVanAanpak
from assistant.plan.names import domain_order

PLAN_FIELDS = ("hulpvraag", "vraag_achter_de_vraag", "label", "date")
DOMAIN_FIELDS = ("probleemstelling", "doel", "resultaat", "oplossingen")


def _validated(model: BaseModel, changes: Mapping[str, Any]) -> Any:
    try:
        return type(model).model_validate({**model.model_dump(), **changes})
    except ValidationError as error:
        fields = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"])
        raise PlanError(f"Deze wijziging past niet in het plan (veld: {fields}).") from error


def _check(changes: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise PlanError(
            f"Onbekend veld in het plan: {', '.join(unknown)}. Kies uit: {', '.join(allowed)}."
        )


def _mark(plan: PlanVanAanpak, *fields: str) -> tuple[str, ...]:
    return tuple(sorted({*plan.edited, *fields}))


def edit_plan(plan: PlanVanAanpak, **changes: Any) -> PlanVanAanpak:
    """Change hulpvraag, vraag_achter_de_vraag, label or date."""
    _check(changes, PLAN_FIELDS)
    edited = [f for f in changes if f != "label"]  # the label comes from the saved session
    new: PlanVanAanpak = _validated(plan, {**changes, "edited": _mark(plan, *edited)})
    return new


def edit_domain(plan: PlanVanAanpak, domain: str, **changes: Any) -> PlanVanAanpak:
    """Change probleemstelling, doel, resultaat or oplossingen of one domain's part."""
    _check(changes, DOMAIN_FIELDS)
    part = _validated(plan.domain(domain), changes)
    domains = tuple(part if d.domain == domain else d for d in plan.domains)
    edited = _mark(plan, *(f"{domain}.{f}" for f in changes))
    return plan.model_copy(update={"domains": domains, "edited": edited})


def add_oplossing(plan: PlanVanAanpak, domain: str, frame: str, text: str) -> PlanVanAanpak:
    """Add a solution the worker writes down, e.g. something the client will try."""
    oplossing = _validated(
        Oplossing(frame="eigen_kracht", text="-"), {"frame": frame, "text": text}
    )
    return edit_domain(plan, domain, oplossingen=(*plan.domain(domain).oplossingen, oplossing))


def set_actions(plan: PlanVanAanpak, acties: Iterable[Actie | Mapping[str, Any]]) -> PlanVanAanpak:
    """Replace the list of acties (wie, wat, wanneer)."""
    try:
        validated = tuple(Actie.model_validate(a) for a in acties)
    except ValidationError as error:
        raise PlanError("Een actie heeft een 'wie' en een 'wat' nodig.") from error
    return plan.model_copy(update={"acties": validated, "edited": _mark(plan, "acties")})


def add_action(plan: PlanVanAanpak, wie: str, wat: str, wanneer: str = "") -> PlanVanAanpak:
    """Add one actie at the end."""
    return set_actions(plan, (*plan.acties, {"wie": wie, "wat": wat, "wanneer": wanneer}))


def remove_action(plan: PlanVanAanpak, index: int) -> PlanVanAanpak:
    """Remove the actie at ``index`` (0-based)."""
    if not 0 <= index < len(plan.acties):
        raise PlanError(f"Er is geen actie nummer {index + 1}.")
    return set_actions(plan, plan.acties[:index] + plan.acties[index + 1 :])


def choose_provision(
    plan: PlanVanAanpak, provision: ChosenProvision | Mapping[str, Any]
) -> PlanVanAanpak:
    """Put a provision in the plan, under its domain and frame (voorliggend or maatwerk)."""
    try:
        pick = ChosenProvision.model_validate(provision)
    except ValidationError as error:
        raise PlanError("Deze voorziening mist gegevens en kan niet in het plan.") from error
    if any(c.id == pick.id and c.domain == pick.domain for c in plan.chosen):
        return plan
    solution = Oplossing(frame=pick.kind, text=pick.name, provision_id=pick.id, phone=pick.phone)
    parts = plan.domains
    if all(d.domain != pick.domain for d in parts):
        parts = tuple(
            sorted((*parts, empty_part(pick.domain)), key=lambda d: domain_order(d.domain))
        )
    domains = tuple(
        d.model_copy(update={"oplossingen": (*d.oplossingen, solution)})
        if d.domain == pick.domain
        else d
        for d in parts
    )
    return plan.model_copy(update={"domains": domains, "chosen": (*plan.chosen, pick)})


def drop_provision(plan: PlanVanAanpak, provision_id: str) -> PlanVanAanpak:
    """Take a chosen provision out of the plan again."""
    domains = tuple(
        d.model_copy(update={"oplossingen": tuple(_without(d.oplossingen, provision_id))})
        for d in plan.domains
    )
    chosen = tuple(c for c in plan.chosen if c.id != provision_id)
    return plan.model_copy(update={"domains": domains, "chosen": chosen})


def _without(oplossingen: Iterable[Oplossing], provision_id: str) -> Iterable[Oplossing]:
    return (o for o in oplossingen if o.provision_id != provision_id)
