"""Match needs found in a conversation to provisions, in the method's order.

Per need: voorliggende (and algemene, collectieve) provisions first, maatwerk separately
as "aanvullend", because maatwerk comes only when lighter support falls short. With an
area, the gemeente's own provisions come before the landelijke ones. The need's text
ranks the provisions of its domain; when it matches nothing, the domain is listed anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from socialmap.errors import SocialMapError
from socialmap.model import DOMAIN_NAMES, DOMAINS, KIND_RANK
from socialmap.search.hit import Hit

if TYPE_CHECKING:
    from socialmap.map import SocialMap

Need = Any
"""A ``(domain, text)`` tuple, a mapping with those keys or an object with those attributes."""


@dataclass(frozen=True)
class NeedMatch:
    """Provisions for one need."""

    domain: str
    text: str
    voorliggend: list[Hit] = field(default_factory=list)
    """Lighter provisions (algemeen, collectief, voorliggend), best first."""
    aanvullend: list[Hit] = field(default_factory=list)
    """Maatwerk: only when the lighter ones fall short."""


def need_parts(need: Need) -> tuple[str, str]:
    """(domain, text) of a need given as tuple, mapping or object."""
    if isinstance(need, tuple):
        domain, text = need[0], need[1] if len(need) > 1 else ""
    elif isinstance(need, Mapping):
        domain, text = need.get("domain"), need.get("text", "")
    else:
        domain, text = getattr(need, "domain", None), getattr(need, "text", "")
    if domain not in DOMAINS:
        raise SocialMapError(f"Onbekend levensdomein '{domain}'. Kies uit: {', '.join(DOMAINS)}.")
    return str(domain), str(text or "")


def match_needs(
    social_map: SocialMap, needs: Iterable[Need], *, area: str | None, limit: int
) -> list[NeedMatch]:
    """See :meth:`socialmap.map.SocialMap.match`."""
    results = []
    for need in needs:
        domain, text = need_parts(need)
        pool = limit * 8
        hits = social_map.search(text, domains=[domain], area=area, limit=pool) if text else []
        seen = {hit.provision.id for hit in hits}
        note = f"past bij levensdomein {DOMAIN_NAMES[domain].lower()}"
        for hit in social_map.search("", domains=[domain], area=area, limit=len(social_map)):
            if len(hits) >= pool * 2:
                break
            if hit.provision.id not in seen:
                hits.append(Hit(hit.provision, 0.0, note=note))

        def order(hit: Hit, place: str | None = area) -> tuple[int, float, int, str]:
            local = 0 if place and social_map.is_local(hit.provision, place) else 1
            return (local, -hit.score, KIND_RANK[hit.provision.kind], hit.provision.id)

        hits.sort(key=order)
        light = [h for h in hits if h.provision.kind != "maatwerk"][:limit]
        heavy = [h for h in hits if h.provision.kind == "maatwerk"][:limit]
        results.append(NeedMatch(domain, text, light, heavy))
    return results
