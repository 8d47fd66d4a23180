"""Turns tomllib's English syntax errors into a located Dutch problem.

Every TOML file a trainer writes (dialogs, personas, golden transcripts, knowledge files,
word lists) reports a syntax error the same way. tomli puts the position in its message
("... (at line 3, column 7)"); we take it out and translate the known messages, so a
trainer gets ``file:line:column: uitleg``.
"""

from __future__ import annotations

import re

from assistant.errors import Problem

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$|\s*\(at end of document\)\s*$")
_MESSAGES = [
    ("Cannot declare", "deze tabel staat er twee keer in"),
    ("Cannot overwrite a value", "deze sleutel heeft al een waarde (staat hij er twee keer?)"),
    ("Cannot mutate", "deze tabel of sleutel is al eerder vastgelegd"),
    ("Cannot redefine", "deze tabel of sleutel is al eerder vastgelegd"),
    ("Duplicate inline table key", "deze sleutel staat twee keer in dezelfde { ... }"),
    ("Expected '=' after a key", "na een sleutel hoort '=' en dan een waarde"),
    ("Expected ']' at the end", "de tabelnaam moet eindigen met ']'"),
    ("Expected ']]' at the end", "'[[steps' moet eindigen met ']]'"),
    ("Invalid initial character for a key part", "hier wordt een sleutel verwacht"),
    ("Invalid statement", "deze regel is geen 'sleutel = waarde' en geen [tabel]"),
    ("Invalid value", "dit is geen geldige waarde; staat tekst tussen aanhalingstekens?"),
    ("Unclosed array", "een lijst [ ... ] wordt niet afgesloten met ']'"),
    ("Unclosed inline table", "een { ... } wordt niet afgesloten met '}' op dezelfde regel"),
    ("Unterminated string", "tekst tussen aanhalingstekens wordt niet afgesloten"),
    ("Unescaped '\\'", "gebruik '\\\\' voor een backslash in tekst"),
    ("Illegal character", "ongeldig teken in tekst"),
    ("Expected", "hier staat iets onverwachts (mist er een komma of haakje?)"),
    ("Found invalid character", "ongeldig teken"),
]
HINT_INLINE = "een { ... } moet helemaal op één regel staan"


def toml_problem(exc: ValueError, text: str, path: str) -> Problem:
    """A Dutch, located problem for a TOML syntax error (tomli's or tomllib's)."""
    raw = str(exc)
    match = _POSITION.search(raw)
    line = column = None
    if match and match.group(1):
        line, column = int(match.group(1)), int(match.group(2))
    elif match:
        line = text.count("\n") + 1
    english = raw[: match.start()] if match else raw
    if english.startswith("Illegal character '\\n'"):
        english = "Unterminated string"
    dutch = next((nl for en, nl in _MESSAGES if english.startswith(en)), None)
    message = f"TOML-fout: {dutch}" if dutch else f"TOML-fout: de opbouw klopt niet ({english})"
    hint = None
    if line is not None and english.startswith(("Invalid initial character", "Unclosed inline")):
        before = "\n".join(text.splitlines()[:line])
        if before.count("{") > before.count("}"):
            hint = HINT_INLINE
    return Problem(message=message, path=path, line=line, column=column, hint=hint)
