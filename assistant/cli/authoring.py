"""``assistant dialogs lint|test``, and lint warnings in ``dialogs check``.

Registers itself with :func:`assistant.cli.dialogs.add_subcommand` when imported. All
work is done in :mod:`assistant.authoring`, imported only when a command runs, so
starting the app stays fast. This module only parses arguments and prints Dutch text.
Exit codes: 0 all fine, 1 problems (or warnings with ``--strict``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli.dialogs import Subcommand, add_subcommand
from assistant.errors import Problem, display_path

if TYPE_CHECKING:
    from assistant.authoring.sources import Source
    from assistant.authoring.testing import FileTests


def _paths_setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PAD", help="dialoog- of personabestand(en)")
    parser.add_argument(
        "--strict", action="store_true", help="tel waarschuwingen als fouten (exit 1)"
    )


def _describe(source: Source) -> str:
    if source.dialog is not None:
        return f"{len(source.dialog.steps)} stappen"
    assert source.persona is not None
    return f"persona {source.persona.id}"


def _print_file(source: Source, warnings: list[Problem]) -> None:
    for problem in source.problems:
        print(problem.render())
    if not source.ok:
        return
    for problem in warnings:
        print(problem.render())
    count = len(warnings)
    extra = "" if not count else f", {count} waarschuwing" + ("en" if count > 1 else "")
    print(f"{source.path}: in orde ({_describe(source)}{extra})")


def check_and_lint(args: argparse.Namespace) -> int:
    """Check every file; lint those that load. Exit 1 on errors, or warnings with strict."""
    from assistant.authoring.lint import lint_source
    from assistant.authoring.sources import load_source

    broken = warned = 0
    for path in args.paths:
        source = load_source(path)
        warnings = lint_source(source) if source.ok else []
        broken += not source.ok
        warned += bool(warnings)
        _print_file(source, warnings)
    total = len(args.paths)
    if broken:
        print(f"{broken} van de {total} bestanden hebben problemen.", file=sys.stderr)
    if warned and args.strict:
        print(
            f"{warned} van de {total} bestanden hebben waarschuwingen (--strict: telt als fout).",
            file=sys.stderr,
        )
    return 1 if broken or (warned and args.strict) else 0


def _test_setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PAD",
        help="dialoog, persona of gouden gesprek; een dialoog of persona draait al zijn "
        "gouden gesprekken uit golden/<naam>/",
    )  # fmt: skip
    parser.add_argument(
        "--walks", type=int, default=0, metavar="N", help="doe ook N willekeurige wandelingen"
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="startgetal (standaard 1)")
    parser.add_argument(
        "--maak", metavar="ANTWOORDEN",
        help="speel de dialoog met dit antwoordbestand en bewaar de uitkomst als gouden "
        "gesprek in golden/<naam>/",
    )  # fmt: skip
    parser.add_argument(
        "--overschrijf", action="store_true", help="met --maak: vervang een bestaand gouden gesprek"
    )


def _test(args: argparse.Namespace) -> int:
    from assistant.authoring.casefile import GoldenError
    from assistant.authoring.testing import make_golden, run_file_tests

    if args.maak:
        if len(args.paths) != 1:
            raise GoldenError("Geef bij --maak precies één dialoogbestand.")
        made = make_golden(Path(args.paths[0]), Path(args.maak), overwrite=args.overschrijf)
        print(f"Gouden gesprek bewaard: {display_path(made)}")
    failed = tested = 0
    for raw in args.paths:
        result = run_file_tests(Path(raw), walks=args.walks, seed=args.seed)
        _print_tests(result)
        tested += result.tested
        failed += not result.passed
        if not result.tested:
            print(
                f"{result.source.path}: geen gouden gesprekken gevonden "
                f"(zet ze in golden/{Path(result.source.path).stem}/ naast het bestand)"
            )
    if not tested:
        print("Er is niets getest.", file=sys.stderr)
        return 1
    print(f"Klaar: {'alles geslaagd' if not failed else f'{failed} bestand(en) met fouten'}.")
    return 1 if failed else 0


def _print_tests(result: FileTests) -> None:
    for case in result.cases:
        label = f" ({case.description})" if case.description else ""
        print(f"{'ok  ' if case.passed else 'FOUT'}  {case.path}{label}")
        for failure in case.failures:
            print(f"      {failure}")
    if result.walks is not None:
        from assistant.authoring.walks import report_lines

        for line in report_lines(result.walks):
            print(line)


for _command in (
    Subcommand(
        "check",
        "controleer dialoog- en personabestanden; toont ook de waarschuwingen van lint",
        _paths_setup,
        check_and_lint,
    ),
    Subcommand(
        "lint",
        "controleer of dialogen en persona's de methode volgen",
        _paths_setup,
        check_and_lint,
    ),
    Subcommand("test", "draai gouden gesprekken en willekeurige wandelingen", _test_setup, _test),
):
    add_subcommand(_command)
