"""The plan as plain text for printing: 78 columns, underlined headings, no markup."""

from __future__ import annotations

import textwrap

from assistant.plan.document import Block, Heading, Items, Paragraph, Table, plan_blocks
from assistant.plan.model import PlanVanAanpak

WIDTH = 78
_UNDERLINE = {1: "=", 2: "-", 3: "~"}


def _wrap(text: str, first: str = "", rest: str = "") -> str:
    return (
        textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=first, subsequent_indent=rest)
        or first.rstrip()
    )


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        title = block.text.upper() if block.level == 1 else block.text
        return f"{title}\n{_UNDERLINE.get(block.level, '-') * len(title)}"
    if isinstance(block, Paragraph):
        if not block.label:
            return _wrap(block.text)
        return _wrap(block.text, f"{block.label}: ", "    ") if block.text else f"{block.label}:"
    if isinstance(block, Items):
        lines = []
        for n, (label, text) in enumerate(block.items, start=1):
            mark = f"{n}. " if block.numbered else "- "
            body = f"{label}: {text}" if label else text
            lines.append(_wrap(body, mark, " " * len(mark)))
        return "\n".join(lines)
    return _table(block)


def _table(table: Table) -> str:
    widths = [max(len(r[i]) for r in (table.header, *table.rows)) for i in range(len(table.header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in (table.header, *table.rows)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(plan: PlanVanAanpak) -> str:
    """The whole plan as plain text, ready to print."""
    return "\n\n".join(_block(b) for b in plan_blocks(plan)) + "\n"
