"""Filter sets: which provisions fit given domains, kinds, access and area.

Sets per value are built once, so a filter is a few C-level set operations per query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from socialmap.errors import SocialMapError
from socialmap.model import ACCESSES, DOMAINS, KINDS, NATIONAL, Provision
from socialmap.search.normalize import normalize


def _as_list(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


class Filters:
    """Per attribute value, the set of provision numbers that have it."""

    def __init__(self, provisions: Sequence[Provision]) -> None:
        self.by: dict[str, defaultdict[str, set[int]]] = {
            name: defaultdict(set) for name in ("domains", "kinds", "access", "area")
        }
        self.national: set[int] = set()
        places: dict[str, str] = {}
        for doc, p in enumerate(provisions):
            for domain in p.domains:
                self.by["domains"][domain].add(doc)
            self.by["kinds"][p.kind].add(doc)
            self.by["access"][p.access].add(doc)
            for area in p.area:
                place = places.get(area)
                if place is None:
                    place = places[area] = normalize(area)
                self.by["area"][place].add(doc)
                if place == NATIONAL:
                    self.national.add(doc)
        self._cache: dict[tuple[object, ...], set[int] | None] = {}

    def local(self, area: str) -> set[int]:
        """Provisions offered in this gemeente specifically."""
        return self.by["area"].get(normalize(area), set())

    def allowed(
        self,
        domains: str | Iterable[str] | None = None,
        kinds: str | Iterable[str] | None = None,
        access: str | Iterable[str] | None = None,
        area: str | None = None,
    ) -> set[int] | None:
        """The provisions that pass every given filter (None: no filter given)."""
        wanted = {
            "domains": _as_list(domains),
            "kinds": _as_list(kinds),
            "access": _as_list(access),
        }
        key = (*(tuple(v) if v else None for v in wanted.values()), area)
        if key in self._cache:
            return self._cache[key]
        valid = {"domains": DOMAINS, "kinds": KINDS, "access": ACCESSES}
        result: set[int] | None = None
        for name, values in wanted.items():
            if not values:
                continue
            unknown = [v for v in values if v not in valid[name]]
            if unknown:
                raise SocialMapError(
                    f"Onbekende waarde voor {name}: {', '.join(unknown)}. "
                    f"Kies uit: {', '.join(valid[name])}."
                )
            chosen = set().union(*(self.by[name].get(v, set()) for v in values))
            result = chosen if result is None else result & chosen
        if area:
            place = normalize(area)
            chosen = set(self.national) if place == NATIONAL else self.local(area) | self.national
            result = chosen if result is None else result & chosen
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[key] = result
        return result
