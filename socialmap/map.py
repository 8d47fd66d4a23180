"""The social map: provisions plus their index, loaded once and searched many times.

Loading never stops at the first bad row: valid provisions are kept and every problem is
available in :attr:`SocialMap.problems`. The index is built in the constructor (fast
enough for a background worker at app start: about a second per 100,000 provisions).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from socialmap.errors import ImportProblem, SocialMapError, UnknownProvisionError
from socialmap.filters import Filters
from socialmap.io.loader import load_path
from socialmap.match import Need, NeedMatch, match_needs
from socialmap.model import KIND_RANK, Provision
from socialmap.search.explain import reasons
from socialmap.search.hit import Hit
from socialmap.search.index import SearchIndex
from socialmap.search.normalize import query_tokens

DEFAULT_MAP = Path(__file__).parent / "data"
"""The shipped map: every CSV and TOML file in ``socialmap/data``."""


class SocialMap:
    """An immutable collection of provisions with search and need matching."""

    def __init__(
        self, provisions: Iterable[Provision], problems: Sequence[ImportProblem] = ()
    ) -> None:
        ordered = sorted(provisions, key=lambda p: (KIND_RANK[p.kind], p.id))
        ids = [p.id for p in ordered]
        if len(set(ids)) != len(ids):
            raise SocialMapError("Er staan dubbele ids in de kaart.")
        self.provisions: tuple[Provision, ...] = tuple(ordered)
        self.problems: tuple[ImportProblem, ...] = tuple(problems)
        self._by_id = {p.id: doc for doc, p in enumerate(ordered)}
        self.index = SearchIndex(self.provisions)
        self.filters = Filters(self.provisions)

    @classmethod
    def load(cls, path: str | Path | None = None, *, strict: bool = False) -> SocialMap:
        """Load a CSV or TOML file or a folder of them (default: the shipped map).

        With ``strict`` any problem raises :class:`SocialMapError`; otherwise the valid
        provisions are loaded and the problems kept in :attr:`problems`.
        """
        result = load_path(Path(path) if path is not None else DEFAULT_MAP)
        if strict and result.problems:
            raise SocialMapError("De kaart bevat fouten.", result.problems)
        return cls(result.provisions, result.problems)

    def __len__(self) -> int:
        return len(self.provisions)

    def __iter__(self) -> Iterator[Provision]:
        return iter(self.provisions)

    def __contains__(self, provision_id: object) -> bool:
        return provision_id in self._by_id

    def get(self, provision_id: str) -> Provision:
        """The provision with this id; raises :class:`UnknownProvisionError` if absent."""
        doc = self._by_id.get(provision_id)
        if doc is None:
            raise UnknownProvisionError(f"Er is geen voorziening met id '{provision_id}'.")
        return self.provisions[doc]

    def search(
        self,
        query: str,
        *,
        domains: str | Iterable[str] | None = None,
        kinds: str | Iterable[str] | None = None,
        access: str | Iterable[str] | None = None,
        area: str | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        """Best matches for ``query`` (typos and prefixes allowed), best first.

        An empty query lists the provisions that pass the filters (lightest kind first).
        A gemeente as ``area`` also gets the landelijke provisions.
        """
        allowed = self.filters.allowed(domains, kinds, access, area)
        words = query_tokens(query)
        if not words:
            docs = sorted(allowed) if allowed is not None else range(len(self.provisions))
            note = "past bij de gekozen filters" if allowed is not None else "alle voorzieningen"
            return [Hit(self.provisions[d], 0.0, note=note) for d in list(docs)[:limit]]
        best: dict[int, tuple[float, list[str], list[dict[int, float]]]] = {}
        joined = self.index.vocab.join_compounds(words)
        known = all(word in self.index.vocab.ids for word in joined if word not in words)
        for parse in [words, joined] if joined != words and not known else [joined]:
            # "taal cafe" is Taalcafé; but "lin deve" may be Lindeveld or Lin... in
            # Deventer: when the joined form is only a word start, score both readings.
            expansions = self.index.expansions(parse)
            lengths = [len(word) for word in parse]
            for doc, score in self.index.score(expansions, lengths, allowed, limit):
                if doc not in best or score > best[doc][0]:
                    best[doc] = (score, parse, expansions)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [
            Hit(self.provisions[doc], score, reasons(self.index, doc, parse, expansions))
            for doc, (score, parse, expansions) in ranked
        ]

    def match(
        self, needs: Iterable[Need], *, area: str | None = None, limit: int = 5
    ) -> list[NeedMatch]:
        """Per need (domain + text): voorliggende provisions, and maatwerk as aanvullend."""
        return match_needs(self, needs, area=area, limit=limit)

    def is_local(self, provision: Provision, area: str) -> bool:
        """True when ``provision`` is offered in gemeente ``area`` itself."""
        return self._by_id[provision.id] in self.filters.local(area)
