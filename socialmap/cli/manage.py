"""Subcommands that write: import (atomic) and export (never a confidential address)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from socialmap.errors import SocialMapError
from socialmap.io.export import export_csv, export_json
from socialmap.io.loader import load_path, map_files
from socialmap.io.write import atomic_write_text, provisions_to_csv
from socialmap.map import SocialMap


def _taken_ids(folder: Path, replaced: Path) -> dict[str, str]:
    """Ids already on the map in ``folder``, except those of the file being replaced."""
    taken: dict[str, str] = {}
    for file in _files(folder):
        if file.resolve() == replaced.resolve():
            continue
        result = load_path(file)
        taken.update({p.id: file.name for p in result.provisions})
    return taken


def _files(folder: Path) -> list[Path]:
    try:
        return map_files(folder)
    except SocialMapError:
        return []


def import_file(args: argparse.Namespace) -> int:
    """``socialmap import FILE --into DIR``: valid rows in, bad rows reported."""
    into = args.into or args.map
    if not into:
        raise SocialMapError("Geef met --into (of --map) aan in welke map de kaart staat.")
    folder = Path(into)
    if folder.exists() and not folder.is_dir():
        raise SocialMapError(f"{folder} is geen map; --into moet een map zijn.")
    source = Path(args.file)
    target = folder / f"{source.stem}.csv"
    result = load_path(source, existing=_taken_ids(folder, target))
    for problem in result.problems:
        print(problem.render(), file=sys.stderr)
    if not result.provisions:
        print("Niets ingelezen: er is geen geldige rij. De kaart is niet veranderd.")
        return 1
    atomic_write_text(target, provisions_to_csv(result.provisions, redact=False))
    print(
        f"{len(result.provisions)} voorziening(en) ingelezen in {target}, "
        f"{result.rejected} rij(en) afgekeurd."
    )
    return 1 if result.problems else 0


def export(args: argparse.Namespace) -> int:
    """``socialmap export --format csv|json``: to stdout or ``--output``."""
    social_map = SocialMap.load(args.map)
    text = export_csv(social_map) if args.format == "csv" else export_json(social_map)
    if args.output:
        atomic_write_text(Path(args.output), text)
        print(f"{len(social_map)} voorziening(en) geëxporteerd naar {args.output}.")
    else:
        sys.stdout.write(text)
    return 0


def register(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``export``."""
    p = add(
        "import",
        "lees een CSV- of TOML-bestand in de kaart in (veilig: bij een fout blijft de kaart heel)",
    )
    p.add_argument("file", metavar="BESTAND")
    p.add_argument("--into", metavar="MAP", help="de map met kaartbestanden (standaard: --map)")
    p.set_defaults(handler=import_file)

    p = add("export", "schrijf de kaart als CSV of JSON (zonder vertrouwelijke adressen)")
    p.add_argument("--format", choices=("csv", "json"), required=True, help="csv of json")
    p.add_argument(
        "--output", metavar="BESTAND", help="schrijf naar dit bestand (standaard: scherm)"
    )
    p.set_defaults(handler=export)
