"""The ``socialmap`` command: search, show, validate, import, export and stats.

Exit codes scripts can rely on: 0 ok, 1 invalid input (bad rows, unknown id, missing
file), 2 wrong use of the command (argparse). Messages are Dutch; errors go to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from socialmap.cli.parser import register_commands
from socialmap.dutch_argparse import DutchArgumentParser
from socialmap.errors import SocialMapError

DESCRIPTION = """\
De sociale kaart: voorzieningen per levensdomein (ZRM), snel te doorzoeken.

Voorbeelden:
  socialmap search schuldhulp
  socialmap search eenzaam --domain sociaal_netwerk --area Voorbeeldstad
  socialmap show schuldhulpmaatje
  socialmap validate mijn-kaart.csv
  socialmap import mijn-kaart.csv --into ~/kaart
"""


def build_parser() -> argparse.ArgumentParser:
    """The full parser with all subcommands."""
    parser = DutchArgumentParser(prog="socialmap", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    commands.required = True
    register_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except SocialMapError as exc:
        print(f"fout: {exc.render()}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `socialmap export | head`: the reader stopped early
        sys.stderr.close()
        return 0
    return code
