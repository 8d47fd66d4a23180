"""The subcommands and their Dutch options (handlers live in commands and manage)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from socialmap.cli import manage
from socialmap.cli.commands import search, show, stats, validate
from socialmap.dutch_argparse import DutchArgumentParser
from socialmap.model import ACCESSES, DOMAINS, KINDS


def register_commands(commands: Any) -> None:
    """Add every subcommand to ``commands`` (an argparse subparsers object)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--map",
        metavar="PAD",
        help="kaartbestand of map met kaartbestanden (standaard: de meegeleverde kaart)",
    )

    def add(name: str, help_text: str) -> DutchArgumentParser:
        sub: DutchArgumentParser = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=[common],
        )
        return sub

    p = add("search", "zoek voorzieningen (tikfouten en begin van woorden mogen)")
    p.add_argument("query", nargs="*", metavar="ZOEKTERM", help="een of meer woorden")
    p.add_argument(
        "--domain",
        action="append",
        choices=DOMAINS,
        metavar="DOMEIN",
        help=f"alleen dit levensdomein (mag vaker): {', '.join(DOMAINS)}",
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="SOORT",
        help=f"alleen deze soort (mag vaker): {', '.join(KINDS)}",
    )
    p.add_argument(
        "--access",
        action="append",
        choices=ACCESSES,
        metavar="TOEGANG",
        help=f"alleen deze toegang (mag vaker): {', '.join(ACCESSES)}",
    )
    p.add_argument(
        "--area", metavar="GEMEENTE", help="gemeente (landelijke voorzieningen komen mee)"
    )
    p.add_argument("--limit", type=int, default=10, metavar="N", help="hoeveel resultaten (10)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=search)

    p = add("show", "toon alles over één voorziening")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=show)

    p = add("validate", "controleer een kaartbestand (CSV of TOML) of een map")
    p.add_argument("file", metavar="BESTAND")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=validate)

    manage.register(add)

    p = add("stats", "tellingen per levensdomein en soort; wat lang niet gecontroleerd is")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    p.set_defaults(handler=stats)
