"""``assistant dialogs ...``: check, draw and play dialog files in the plain terminal.

Subcommands live in :data:`SUBCOMMANDS`; a later module (trainer tooling: ``lint``,
``test``) adds its own with :func:`add_subcommand` before ``register`` runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.engine import DialogError, Session, SessionError, load_dialog
from assistant.engine.export import to_dot, to_mermaid
from assistant.engine.player import describe, feed, play_lines, summary
from assistant.errors import os_reason


@dataclass(frozen=True)
class Subcommand:
    """One ``assistant dialogs <name>`` command."""

    name: str
    help: str
    setup: Callable[[argparse.ArgumentParser], None]
    handler: Callable[[argparse.Namespace], int]


SUBCOMMANDS: list[Subcommand] = []


def add_subcommand(command: Subcommand) -> None:
    """Add (or replace) a ``dialogs`` subcommand; call before :func:`register`."""
    SUBCOMMANDS[:] = [c for c in SUBCOMMANDS if c.name != command.name] + [command]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``assistant dialogs`` with its subcommands."""
    parser = subparsers.add_parser(
        "dialogs", help="dialoogbestanden controleren, tekenen en uitproberen",
        description="Werk met dialoogbestanden (TOML). Zie docs/dialoogformaat.md.",
    )  # fmt: skip
    inner = parser.add_subparsers(dest="dialogs_command", title="opdrachten", metavar="OPDRACHT")
    inner.required = True
    for command in SUBCOMMANDS:
        sub = inner.add_parser(command.name, help=command.help, description=command.help)
        command.setup(sub)
        sub.set_defaults(handler=command.handler)


def _check_setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PAD", help="dialoogbestand(en) (.toml)")


def _check(args: argparse.Namespace) -> int:
    """Print every problem of every file as ``pad:regel: melding``; exit 1 if any."""
    failed = 0
    for path in args.paths:
        try:
            dialog = load_dialog(path)
        except DialogError as exc:
            failed += 1
            for problem in exc.problems:
                print(problem.render())
            continue
        print(f"{path}: in orde ({len(dialog.steps)} stappen)")
    if failed:
        print(f"{failed} van de {len(args.paths)} bestanden hebben problemen.", file=sys.stderr)
    return 1 if failed else 0


def _graph_setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PAD", help="dialoogbestand (.toml)")
    parser.add_argument(
        "--format", choices=["mermaid", "dot"], default="mermaid",
        help="mermaid (standaard) of dot (Graphviz)",
    )  # fmt: skip


def _graph(args: argparse.Namespace) -> int:
    dialog = load_dialog(args.path)
    print(to_mermaid(dialog) if args.format == "mermaid" else to_dot(dialog), end="")
    return 0


def _play_setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PAD", help="dialoogbestand (.toml)")
    parser.add_argument(
        "--answers", metavar="BESTAND",
        help="lees de antwoorden uit dit bestand, één per regel (anders: vraag ze hier)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="toon het resultaat als JSON")


def _play(args: argparse.Namespace) -> int:
    session = Session(load_dialog(args.path))
    if args.answers:
        try:
            lines = Path(args.answers).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SessionError(f"Kan {args.answers} niet lezen: {os_reason(exc)}") from exc
        play_lines(session, lines, args.answers)
        if not session.finished:
            print(
                f"Let op: de antwoorden zijn op bij stap '{session.current.id}'.", file=sys.stderr
            )
    else:
        _interactive(session)
    if args.json:
        print(json.dumps(summary(session), ensure_ascii=False, indent=2))
    else:
        _print_summary(session)
    return 0


HELP = (
    "Typ uw antwoord en druk op Enter. Leeg: overslaan (als dat mag).\n"
    ":terug = vorige stap, :over REDEN = overslaan met reden, :fase NAAM = naar een fase, "
    ":stop = stoppen"
)


def _interactive(session: Session) -> None:
    print(HELP)
    shown_signals = 0
    while not session.finished:
        print()
        print("\n".join(describe(session)))
        try:
            line = input("> ")
        except EOFError:
            return
        if line.strip() == ":stop":
            return
        try:
            feed(session, line)
        except SessionError as exc:
            print(f"  {exc.message}")
        for signal in session.signals[shown_signals:]:
            print(f"  !! VEILIGHEIDSSIGNAAL ({signal.kind}): {signal.text}")
        shown_signals = len(session.signals)


def _print_summary(session: Session) -> None:
    result = session.result
    print()
    print("Afgerond." if result.finished else "Niet afgerond.")
    for need in result.needs:
        covered = ", ".join(f for f, done in need.frames.items() if done) or "nog geen kader"
        print(f"- {need.name}: {need.text or '(geen tekst)'} [{covered}]")
    for signal in result.signals:
        print(f"!! Veiligheidssignaal ({signal.kind}): {signal.text}")


for _command in (
    Subcommand("check", "controleer dialoogbestanden en toon alle problemen", _check_setup, _check),
    Subcommand("graph", "teken een dialoog als graaf (Mermaid of DOT)", _graph_setup, _graph),
    Subcommand("play", "speel een dialoog in de terminal", _play_setup, _play),
):
    add_subcommand(_command)

# --- Trainer tooling (issue 7) -------------------------------------------------------
# assistant/cli/authoring.py registers `dialogs lint` and `dialogs test`, and replaces
# `check` with one that also prints lint warnings (`--strict` makes them errors).
import assistant.cli.authoring  # noqa: E402, F401
