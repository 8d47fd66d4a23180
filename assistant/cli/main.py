"""The ``assistant`` command: starts the app, or runs a subcommand for trainers and tests.

Each subcommand lives in its own module with a ``register(subparsers)`` function, so
the command grows without this file growing. Errors of our own are printed in Dutch
with exit code 1; usage errors exit with 2.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from assistant import __version__
from assistant.errors import KeukentafelError
from socialmap.dutch_argparse import DutchArgumentParser

SUBCOMMAND_MODULES = (
    "assistant.cli.dialogs",
    "assistant.cli.needs",
    "assistant.cli.question",
    "assistant.cli.practice",
)
"""Modules that each add one or more subcommands; a missing one is simply skipped."""


def build_parser() -> DutchArgumentParser:
    """The full command-line parser with every available subcommand."""
    parser = DutchArgumentParser(
        prog="assistant",
        description=(
            "Keukentafel: hulp bij het keukentafelgesprek van het sociale wijkteam.\n"
            "Zonder opdracht start de app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"assistant {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--dialog",
        metavar="PAD",
        action="append",
        default=[],
        help="start de app met dit dialoogbestand erbij",
    )
    subparsers = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``assistant`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_app(args.dialog)
        handler = args.handler
        return int(handler(args))
    except KeukentafelError as exc:
        print(exc.render(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early ("assistant vraag ... | head -1"): not an error of ours.
        # Point stdout at devnull so Python's exit flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run_app(dialog_paths: list[str]) -> int:
    from assistant.app.run import run_app

    return run_app(dialog_paths)


if __name__ == "__main__":
    sys.exit(main())
