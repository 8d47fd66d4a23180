"""``assistant practice``: replay a trainee's transcript against a persona, headless.

For trainers and tests: ``--list`` names the personas; ``--persona NAME --transcript FILE``
prints the client's replies and the feedback (``--json`` for machines, ``--markdown FILE``
to keep the feedback).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.errors import os_reason
from assistant.practice import PERSONA_DIR, find_persona, load_all, read_transcript, replay
from assistant.practice.errors import PersonaError
from assistant.practice.markdown import conversation_markdown, export_markdown, feedback_markdown


def register(subparsers: Any) -> None:
    """Add the ``practice`` subcommand."""
    parser = subparsers.add_parser(
        "practice",
        help="oefen het keukentafelgesprek met een gesimuleerde cliënt",
        description=(
            "Oefenen: speel een gesprek (één vraag per regel, laatste regel 'conclusie: ...') "
            "af tegen een persona en krijg feedback volgens de methode."
        ),
    )
    parser.add_argument("--list", action="store_true", help="toon de namen van de persona's")
    parser.add_argument("--persona", metavar="NAAM", help="naam of TOML-bestand van de persona")
    parser.add_argument("--transcript", metavar="BESTAND", help="het gesprek om af te spelen")
    parser.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    parser.add_argument("--markdown", metavar="BESTAND", help="schrijf de feedback als Markdown")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handle ``assistant practice``; returns the exit code."""
    if args.list:
        for persona in load_all(PERSONA_DIR):
            print(persona.id)
        return 0
    if not args.persona or not args.transcript:
        raise PersonaError("Geef --list, of --persona NAAM samen met --transcript BESTAND.")
    persona = find_persona(args.persona)
    session = replay(persona, read_transcript(args.transcript))
    feedback = session.feedback()
    if args.markdown:
        _write(Path(args.markdown), export_markdown(session, feedback))
    if args.json:
        data: dict[str, Any] = feedback.model_dump()
        data["opening"] = session.opening
        data["replies"] = [
            {"line": t.index, "text": t.text, "kind": t.kind, "reply": t.reply, "told": t.told}
            for t in session.turns
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(conversation_markdown(session))
        print(feedback_markdown(feedback))
    return 0


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PersonaError(f"Kan de feedback niet opslaan in {path}: {os_reason(exc)}.") from exc
