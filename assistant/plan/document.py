"""The plan as a sequence of plain blocks, so Markdown and print text say the same thing.

Wording and order live here once; :mod:`markdown` and :mod:`text` only decide how a
heading or a list looks. Nothing the client is not in the plan for, and never a name:
the header shows the worker's label and the date.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.plan.model import Actie, DomainPlan, Oplossing, PlanVanAanpak
from assistant.plan.names import FRAME_HEADINGS, dutch_date

PRIVACY_NOTE = (
    "Dit plan noemt geen naam van de cliënt. Deel het alleen met toestemming van de cliënt."
)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    label: str = ""


@dataclass(frozen=True)
class Items:
    items: tuple[tuple[str, str], ...]
    """(label, text) pairs; the label may be empty."""
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Items | Table


def plan_blocks(plan: PlanVanAanpak) -> list[Block]:
    """The whole plan, top to bottom."""
    blocks: list[Block] = [
        Heading(1, "Plan van aanpak"),
        Paragraph(plan.label, "Gesprek"),
        Paragraph(dutch_date(plan.date), "Datum"),
        Paragraph(PRIVACY_NOTE),
        Heading(2, "Hulpvraag"),
        Paragraph(plan.hulpvraag or "Nog niet ingevuld."),
        Heading(2, "Vraag achter de vraag"),
        Paragraph(plan.vraag_achter_de_vraag or "Nog niet ingevuld."),
    ]
    if plan.signalen:
        blocks.append(Heading(2, "Let op: veiligheid"))
        blocks.append(Items(tuple((s.name, s.route) for s in plan.signalen)))
    blocks.append(Heading(2, "Levensdomeinen met een hulpvraag"))
    if not plan.domains:
        blocks.append(Paragraph("Er is nog geen hulpvraag op een levensdomein vastgelegd."))
    for part in plan.domains:
        blocks.extend(_domain_blocks(part))
    if plan.general:
        blocks.append(Heading(2, "Eigen kracht en netwerk, voor het hele plan"))
        blocks.append(Items(tuple((FRAME_HEADINGS[o.frame], o.text) for o in plan.general)))
    blocks.append(Heading(2, "Acties"))
    if plan.acties:
        names: dict[str, str] = {d.domain: d.domain_name for d in plan.domains}
        rows = tuple((_capital(a.wie), _actie_text(a, names)) for a in plan.acties)
        blocks.append(Items(rows, numbered=True))
    else:
        blocks.append(Paragraph("Er zijn nog geen acties afgesproken."))
    if plan.scores:
        blocks.append(Heading(2, "Zelfredzaamheid (ZRM-scores)"))
        rows_ = tuple((s.domain_name, str(s.score), s.level_name) for s in plan.scores)
        blocks.append(Table(("Levensdomein", "Score", "Niveau"), rows_))
    return blocks


def _domain_blocks(part: DomainPlan) -> list[Block]:
    blocks: list[Block] = [
        Heading(3, part.domain_name),
        Paragraph(part.probleemstelling, "Probleemstelling"),
        Paragraph(part.doel, "Doel"),
        Paragraph(part.resultaat, "Resultaat"),
    ]
    if part.score is not None:
        blocks.append(Paragraph(f"{part.score.score} ({part.score.level_name})", "ZRM-score nu"))
    blocks.append(Paragraph("", "Oplossingen"))
    items = []
    for frame, oplossingen in part.by_frame().items():
        text = _frame_text(oplossingen, part.skipped.get(frame), frame in part.covered)
        items.append((FRAME_HEADINGS[frame], text))
    blocks.append(Items(tuple(items)))
    return blocks


def _frame_text(oplossingen: list[Oplossing], skipped: str | None, covered: bool) -> str:
    if oplossingen:
        return "; ".join(o.text + (f" (tel. {o.phone})" if o.phone else "") for o in oplossingen)
    if skipped is not None:
        return f"overgeslagen ({skipped})" if skipped else "overgeslagen"
    return "besproken, niets vastgelegd" if covered else "nog niet besproken"


def _actie_text(actie: Actie, names: dict[str, str]) -> str:
    text = actie.wat + (f" (wanneer: {actie.wanneer})" if actie.wanneer else "")
    if actie.domain in names:
        text += f" - bij {names[actie.domain].lower()}"
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
