"""Build a plan van aanpak from what the conversation recorded, plus the chosen provisions.

The plan follows the method: per need the frames in their order (eigen kracht, netwerk,
voorliggend, aanvullend), so the plan itself shows that lighter solutions came first.
Texts the worker edited in an earlier version of the plan are kept on a rebuild.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from assistant.plan import drafts, names
from assistant.plan.errors import PlanError
from assistant.plan.model import (
    Actie,
    ChosenProvision,
    DomainPlan,
    Oplossing,
    PlanVanAanpak,
    Score,
    Signaal,
)
from assistant.plan.source import Agreement, Facts, read_facts


def build_plan(
    result: Any,
    *,
    label: str,
    chosen: Iterable[ChosenProvision | Mapping[str, Any]] | None = None,
    date: dt.date | None = None,
    dialog_id: str = "",
    previous: PlanVanAanpak | None = None,
) -> PlanVanAanpak:
    """A plan from an engine session result (``session.result`` or its JSON form).

    ``chosen`` are the provisions the worker picked (plain data is fine; default: those
    of ``previous``). With ``previous``, the fields the worker edited there (see
    ``plan.edited``) are carried over unchanged.
    """
    if chosen is None:
        chosen = previous.chosen if previous is not None else ()
    facts = read_facts(result)
    try:
        picks = tuple(ChosenProvision.model_validate(c) for c in chosen)
    except ValidationError as error:
        raise PlanError(
            "Een gekozen voorziening mist gegevens (id, naam, domein, soort)."
        ) from error
    if not label.strip():
        raise PlanError("Het plan heeft een label nodig: het label van het gesprek.")
    scores = tuple(_score(d, s) for d, s in sorted(facts.scores.items(), key=_by_domain))
    slugs = {n.domain for n in facts.needs} | {p.domain for p in picks}
    domains = tuple(
        _domain_plan(slug, facts, picks, scores) for slug in sorted(slugs, key=names.domain_order)
    )
    plan = PlanVanAanpak(
        label=label,
        date=date or dt.date.today(),
        dialog_id=dialog_id or facts.dialog_id,
        hulpvraag=facts.hulpvraag,
        vraag_achter_de_vraag=facts.vraag_achter_de_vraag,
        domains=domains,
        acties=tuple(_actie(a) for a in facts.agreements if a.what),
        scores=scores,
        general=_general(facts),
        signalen=tuple(_signal(kind) for kind in dict.fromkeys(facts.signals)),
        chosen=picks,
    )
    return plan if previous is None else _carry_edits(plan, previous)


def _actie(agreement: Agreement) -> Actie:
    return Actie.model_validate(
        {"wie": agreement.who, "wat": agreement.what, "wanneer": agreement.when}
        | ({"domain": agreement.domain} if agreement.domain else {})
    )


def _by_domain(item: tuple[str, int]) -> int:
    return names.domain_order(item[0])


def _score(domain: str, value: int) -> Score:
    return Score(
        domain=domain,
        domain_name=names.domain_name(domain),
        score=value,
        level_name=names.level_name(value),
    )


def _signal(kind: str) -> Signaal:
    name, route = names.SIGNALS[kind]
    return Signaal(kind=kind, name=name, route=route)


def _domain_plan(
    slug: str, facts: Facts, picks: tuple[ChosenProvision, ...], scores: tuple[Score, ...]
) -> DomainPlan:
    needs = [n for n in facts.needs if n.domain == slug]
    name = names.domain_name(slug)
    score = next((s for s in scores if s.domain == slug), None)
    oplossingen = [Oplossing(frame="eigen_kracht", text=t) for d, t in facts.strengths if d == slug]
    oplossingen += [Oplossing(frame="netwerk", text=t) for d, t in facts.network if d == slug]
    oplossingen += [
        Oplossing(frame=p.kind, text=p.name, provision_id=p.id, phone=p.phone)
        for p in picks
        if p.domain == slug
    ]
    return DomainPlan(
        domain=slug,
        domain_name=name,
        probleemstelling=drafts.problem(needs, name),
        doel=drafts.goal(needs, name),
        resultaat=drafts.result(score, name),
        oplossingen=tuple(oplossingen),
        score=score,
        covered=tuple(f for f in names.FRAME_HEADINGS if any(f in n.covered for n in needs)),
        skipped={f: r for n in needs for f, r in n.skipped.items()},
    )


def empty_part(slug: str) -> DomainPlan:
    """A part for a domain without a recorded need, for the worker to fill in."""
    return _domain_plan(slug, read_facts({}), (), ())


def _general(facts: Facts) -> tuple[Oplossing, ...]:
    """Strengths and network members not tied to one need: they help across the plan."""
    general = [Oplossing(frame="eigen_kracht", text=t) for d, t in facts.strengths if not d]
    general += [Oplossing(frame="netwerk", text=t) for d, t in facts.network if not d]
    return tuple(general)


def _carry_edits(plan: PlanVanAanpak, previous: PlanVanAanpak) -> PlanVanAanpak:
    """Keep what the worker wrote by hand; take everything else from the new build."""
    top = {f: getattr(previous, f) for f in previous.edited if "." not in f}
    domains = []
    for part in plan.domains:
        fields = [e.split(".", 1)[1] for e in previous.edited if e.startswith(part.domain + ".")]
        old = next((d for d in previous.domains if d.domain == part.domain), None)
        if old is not None and fields:
            part = part.model_copy(update={f: getattr(old, f) for f in fields})
        domains.append(part)
    kept = tuple(e for e in previous.edited if "." not in e or e.split(".")[0] in plan_slugs(plan))
    return plan.model_copy(update={**top, "domains": tuple(domains), "edited": kept})


def plan_slugs(plan: PlanVanAanpak) -> set[str]:
    """The domains the plan has a part for."""
    return {d.domain for d in plan.domains}
