"""Deliberately accepted warnings: ``# lint: negeer regel`` in the file itself.

Sometimes a trainer knows better, e.g. a long word that the clients of this team all
know. A comment ``# lint: negeer lang-woord`` (several rules separated by commas) on
the line of the warning, or on its own line just above it, silences those rules there.
The comment stays in the file, so the choice is visible to the next reader.
"""

from __future__ import annotations

import re

from assistant.authoring.lint.base import rule_of
from assistant.errors import Problem

_IGNORE = re.compile(r"#\s*lint:\s*negeer\s+([\w\-, ]+)", re.IGNORECASE)


def ignored_rules(text: str) -> dict[int, set[str]]:
    """Line number -> rules silenced there (a comment also covers the next line)."""
    found: dict[int, set[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _IGNORE.search(line)
        if match is None:
            continue
        rules = {rule.strip() for rule in match.group(1).split(",") if rule.strip()}
        for target in (number, number + 1):
            found.setdefault(target, set()).update(rules)
    return found


def without_ignored(problems: list[Problem], text: str) -> list[Problem]:
    """``problems`` minus the warnings the file silences at their line."""
    ignored = ignored_rules(text)
    if not ignored:
        return problems
    return [
        problem
        for problem in problems
        if problem.line is None or rule_of(problem) not in ignored.get(problem.line, set())
    ]
