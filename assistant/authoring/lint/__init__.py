"""Method-aware lint for dialogs and personas: warnings about the method, not the format.

``assistant dialogs check`` says whether a file *works*; lint says whether it follows
the method: order of the frames, the question behind the question, every life domain,
open questions without the phrasings the report warns against, B1 language, and
personas whose story a trainee can actually bring out. Every rule is in :data:`RULES`;
each warning is a located :class:`~assistant.errors.Problem` with severity
"waarschuwing". A ``# lint: negeer REGEL`` comment accepts a warning on purpose.
"""

from __future__ import annotations

from assistant.authoring.lint.base import (
    RULES,
    SEVERITY,
    QuestionAnalyzer,
    default_analyzer,
    rule_of,
    unique,
)
from assistant.authoring.lint.ignore import without_ignored
from assistant.authoring.lint.language import check_questions, check_readability
from assistant.authoring.lint.method import check_method
from assistant.authoring.lint.persona import check_persona
from assistant.authoring.lint.texts import step_texts
from assistant.authoring.sources import Source
from assistant.errors import Problem, sorted_problems
from assistant.toml_lines import Locator


def lint_source(source: Source, analyzer: QuestionAnalyzer | None = None) -> list[Problem]:
    """Every lint warning for a file that checked clean (none for a broken file).

    ``analyzer`` does the question analysis; default the shared one of ``assistant.nlp``.
    """
    if not source.ok:
        return []
    locator = Locator(source.text)
    if source.persona is not None:
        problems = check_persona(source.persona, source.path, locator)
    elif source.dialog is not None:
        texts = step_texts(source.dialog, locator)
        problems = check_method(source.dialog, locator)
        problems += check_questions(source.path, texts, analyzer or default_analyzer())
        problems += check_readability(source.path, texts)
    else:
        return []
    return sorted_problems(without_ignored(unique(problems), source.text))


__all__ = ["RULES", "SEVERITY", "QuestionAnalyzer", "lint_source", "rule_of"]
