"""argparse that speaks Dutch: help, usage and error messages.

argparse builds its own texts through ``gettext``; we translate the few that users see
and print errors as ``fout: ...`` with exit code 2, as scripts expect. Lives in
``socialmap`` because that library must stand alone; ``assistant`` reuses it.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_TRANSLATIONS = {
    "usage: ": "Gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan passen bij %(matches)s"
    ),
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
}


def _translate(text: str) -> str:
    return _TRANSLATIONS.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _translate(singular if n == 1 else plural)


# argparse looks these names up in its own module at call time.
setattr(argparse, "_", _translate)  # noqa: B010
setattr(argparse, "ngettext", _ngettext)  # noqa: B010


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser with Dutch texts and errors that name the command."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        """Print a Dutch usage error and exit with code 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")
