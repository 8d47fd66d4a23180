"""Subcommands that read the map: search, show, validate, stats."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from socialmap.cli.render import hit_block, provision_details
from socialmap.errors import SocialMapError
from socialmap.io.loader import load_path
from socialmap.map import DEFAULT_MAP, SocialMap
from socialmap.model import DOMAIN_NAMES, DOMAINS, KINDS


def open_map(args: argparse.Namespace) -> SocialMap:
    """Load ``--map`` (or the shipped map) and warn on stderr about skipped rows."""
    social_map = SocialMap.load(args.map)
    if social_map.problems:
        where = args.map or DEFAULT_MAP
        print(
            f"let op: {len(social_map.problems)} probleem/problemen in de kaart; "
            f"zie 'socialmap validate {where}'",
            file=sys.stderr,
        )
    return social_map


def dump(data: Any) -> None:
    """Print JSON (UTF-8, readable)."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def search(args: argparse.Namespace) -> int:
    """``socialmap search QUERY``."""
    social_map = open_map(args)
    query = " ".join(args.query)
    hits = social_map.search(
        query,
        domains=args.domain,
        kinds=args.kind,
        access=args.access,
        area=args.area,
        limit=args.limit,
    )
    if args.json:
        dump(
            [
                {
                    "id": h.provision.id,
                    "score": h.score,
                    "why": h.why,
                    "provision": h.provision.public_dict(),
                }
                for h in hits
            ]
        )
    elif not hits:
        print(f"Niets gevonden voor '{query}'. Probeer een ander woord of minder filters.")
    else:
        print("\n\n".join(hit_block(n, hit) for n, hit in enumerate(hits, 1)))
    return 0


def show(args: argparse.Namespace) -> int:
    """``socialmap show ID``."""
    social_map = open_map(args)
    if args.id not in social_map:
        hits = social_map.search(args.id.replace("-", " "), limit=3)
        hint = ", ".join(h.provision.id for h in hits)
        raise SocialMapError(
            f"Er is geen voorziening met id '{args.id}'."
            + (f" Bedoelde u: {hint}?" if hint else "")
        )
    provision = social_map.get(args.id)
    if args.json:
        dump(provision.public_dict())
    else:
        print(provision_details(provision))
    return 0


def validate(args: argparse.Namespace) -> int:
    """``socialmap validate FILE``: report every problem; exit 1 when there is one."""
    result = load_path(Path(args.file))
    if args.json:
        dump(
            {
                "valid": len(result.provisions),
                "rejected": result.rejected,
                "problems": [p.render() for p in result.problems],
            }
        )
    else:
        for problem in result.problems:
            print(problem.render())
        print(
            f"{len(result.provisions)} voorziening(en) in orde, "
            f"{result.rejected} rij(en) afgekeurd, {len(result.problems)} probleem/problemen."
        )
    return 1 if result.problems else 0


def stats(args: argparse.Namespace) -> int:
    """``socialmap stats``: counts per domain and kind; entries not checked for a year."""
    social_map = open_map(args)
    today = args.today or date.today()
    year_ago = today - timedelta(days=365)
    per_domain = {d: sum(d in p.domains for p in social_map) for d in DOMAINS}
    per_kind = {k: sum(p.kind == k for p in social_map) for k in KINDS}
    stale = [p.id for p in social_map if p.last_verified is None or p.last_verified < year_ago]
    if args.json:
        dump(
            {
                "total": len(social_map),
                "domains": per_domain,
                "kinds": per_kind,
                "not_verified_12_months": stale,
            }
        )
        return 0
    print(f"{len(social_map)} voorzieningen\n\nPer levensdomein:")
    for domain, count in per_domain.items():
        print(f"  {DOMAIN_NAMES[domain]:<42}{count:>6}")
    print("\nPer soort:")
    for kind, count in per_kind.items():
        print(f"  {kind:<42}{count:>6}")
    print(f"\nLanger dan 12 maanden niet gecontroleerd (of nooit): {len(stale)}")
    for provision_id in stale:
        print(f"  {provision_id}")
    return 0
