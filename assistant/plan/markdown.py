"""The plan as Markdown: headings and lists that read well on screen and on paper."""

from __future__ import annotations

import re

from assistant.plan.document import Block, Heading, Items, Paragraph, plan_blocks
from assistant.plan.model import PlanVanAanpak

_SPECIAL = re.compile(r"([\\`*\[\]<])")
_LOOSE_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_BLOCK_START = re.compile(r"^(?:(?P<mark>[#>+-])|(?P<number>\d+)(?P<dot>[.)]))")


def escape(text: str, *, cell: bool = False, start: bool = False) -> str:
    """Text as Markdown shows it literally: what a worker typed never becomes markup.

    Only what could act as markup is escaped, so the file stays easy to read as plain
    text too (an underscore inside a word, as in 'ek_wens', is left alone).
    """
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    text = _LOOSE_UNDERSCORE.sub(r"\\_", text)
    if start:  # at the start of a block, '# ', '- ' or '1. ' would become markup
        text = _BLOCK_START.sub(_escape_start, text)
    return text.replace("|", r"\|") if cell else text


def _escape_start(match: re.Match[str]) -> str:
    if match["mark"]:
        return "\\" + match["mark"]
    return f"{match['number']}\\{match['dot']}"


def _labelled(label: str, text: str) -> str:
    return f"**{escape(label)}:** {escape(text)}".rstrip() if label else escape(text, start=True)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {escape(block.text)}"
    if isinstance(block, Paragraph):
        return _labelled(block.label, block.text)
    if isinstance(block, Items):
        marks = [f"{n}." if block.numbered else "-" for n in range(1, len(block.items) + 1)]
        return "\n".join(
            f"{m} {_labelled(*item)}" for m, item in zip(marks, block.items, strict=True)
        )
    header = "| " + " | ".join(escape(h, cell=True) for h in block.header) + " |"
    rule = "|" + "|".join("---" for _ in block.header) + "|"
    rows = ["| " + " | ".join(escape(c, cell=True) for c in row) + " |" for row in block.rows]
    return "\n".join([header, rule, *rows])


def render_markdown(plan: PlanVanAanpak) -> str:
    """The whole plan as a Markdown document."""
    return "\n\n".join(_block(b) for b in plan_blocks(plan)) + "\n"
