"""Feedback as Markdown: for the trainee's portfolio and the trainer's review.

The CLI prints the same text, so what a trainer reads in the terminal is what the
trainee keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.practice.report import Feedback

if TYPE_CHECKING:
    from assistant.practice.session import PracticeSession


def _quote(text: str) -> str:
    return text.replace("\n", " ").strip()


def conversation_markdown(session: PracticeSession) -> str:
    """The conversation: the aanmeldvraag, then each trainee line and the reply."""
    name = session.persona.persona.name
    lines = [f"## Gesprek met {name}", "", f"**{name}:** {_quote(session.opening)}", ""]
    for turn in session.turns:
        lines.append(f"{turn.index}. **U:** {_quote(turn.text)}  ")
        lines.append(f"   **{name}:** {_quote(turn.reply)}")
    if session.conclusion:
        lines += ["", f"**Uw conclusie:** {_quote(session.conclusion)}"]
    return "\n".join(lines) + "\n"


def feedback_markdown(feedback: Feedback) -> str:
    """The feedback: score, each criterion with evidence, missed hints and tips."""
    lines = [f"## Feedback: {feedback.score} van de 100 punten", ""]
    for item in feedback.criteria:
        lines += [f"### {item.title} ({item.points}/{item.max_points})", "", item.summary, ""]
        for ev in item.evidence:
            where = "conclusie" if ev.line == 0 else f"regel {ev.line}"
            lines.append(f'- {where}: "{_quote(ev.text)}" — {ev.note}')
        if item.evidence:
            lines.append("")
    if feedback.missed:
        lines += ["### Hints die u liet liggen", ""]
        for missed in feedback.missed:
            when = "aan het begin" if missed.after_line == 0 else f"na regel {missed.after_line}"
            lines.append(f'- {when}: "{_quote(missed.hint)}"')
        lines.append("")
    verdict = "gevonden" if feedback.found_underlying_need else "niet gevonden"
    lines += [f"### De vraag achter de vraag ({verdict})", "", _quote(feedback.hidden_need), ""]
    if feedback.tips:
        lines += ["### Tips", ""]
        lines += [f"- {tip}" for tip in feedback.tips]
        lines.append("")
    return "\n".join(lines)


def export_markdown(session: PracticeSession, feedback: Feedback | None = None) -> str:
    """The whole practice conversation and its feedback as one Markdown document."""
    persona = session.persona.persona
    result = feedback or session.feedback()
    header = f"# Oefengesprek: {persona.title}\n\n"
    return header + conversation_markdown(session) + "\n" + feedback_markdown(result)
