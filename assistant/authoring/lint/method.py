"""Lint rules about the method's order (De Kanteling), checked over every route.

- kader-volgorde: provisions (voorliggend, maatwerk) for a need only after eigen kracht
  and netwerk were explored for it; maatwerk only after voorliggende voorzieningen.
- vraag-achter-de-vraag: some route asks for the question behind the question.
- domein-onbereikbaar: each of the 11 ZRM domains can be recorded on some route.
"""

from __future__ import annotations

from assistant.authoring.lint.base import warning
from assistant.authoring.routes import explore, route_to, show_route
from assistant.engine import Dialog, Step
from assistant.engine.names import FRAME_NAMES
from assistant.errors import Problem
from assistant.knowledge.vocabulary import DOMAIN_SLUGS
from assistant.toml_lines import Locator

BEFORE_PROVISIONS = ("eigen_kracht", "netwerk")


def missing_before(step: Step, covered: frozenset[str]) -> list[str]:
    """Frames that should have been explored before ``step``, given ``covered``."""
    frame = step.effective_frame
    if frame not in ("voorliggend", "maatwerk"):
        return []
    missing = [f for f in BEFORE_PROVISIONS if f not in covered]
    if frame == "maatwerk" and "voorliggend" not in covered:
        missing.append("voorliggend")
    return missing


def check_method(dialog: Dialog, locator: Locator) -> list[Problem]:
    """Warnings for the route rules; one per step and rule, with an example route."""
    parents = explore(dialog)
    index = {step.id: i for i, step in enumerate(dialog.spec.steps)}
    problems: list[Problem] = []
    reported: set[str] = set()
    for state in parents:
        step = dialog.step(state.step)
        missing = missing_before(step, state.covered)
        if not missing or step.id in reported:
            continue
        reported.add(step.id)
        names = _join([FRAME_NAMES[frame].lower() for frame in missing])
        verb = "is" if len(missing) == 1 else "zijn"
        frame_name = FRAME_NAMES[step.effective_frame or ""].lower()
        problems.append(
            warning(
                "kader-volgorde",
                f"op een route komen {frame_name} aan bod voordat {names} verkend {verb}: "
                f"{show_route(route_to(parents, state))}",
                dialog.path,
                locator.line(("steps", index[step.id])),
                step.id,
                "zet eerst stappen met die kaders op deze route, of een overgang met "
                "covered(...) die ze afdwingt",
            )
        )
    reached = {state.step for state in parents}
    problems += _coverage(dialog, locator, reached)
    return problems


def _join(names: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _coverage(dialog: Dialog, locator: Locator, reached: set[str]) -> list[Problem]:
    steps = [step for step in dialog.spec.steps if step.id in reached]
    line = locator.line(("dialog",))
    problems: list[Problem] = []
    if not any(_asks_question_behind(step) for step in steps):
        problems.append(
            warning(
                "vraag-achter-de-vraag",
                "geen enkele route vraagt naar de vraag achter de vraag",
                dialog.path,
                line,
                "dialog",
                'voeg een stap toe met phase = "vraag_achter_de_vraag" en een antwoord',
            )
        )
    missing = [d for d in DOMAIN_SLUGS if d not in recordable_domains(steps)]
    if missing:
        problems.append(
            warning(
                "domein-onbereikbaar",
                f"geen route kan deze levensdomeinen vastleggen: {', '.join(missing)}",
                dialog.path,
                line,
                "dialog",
                'voeg een stap met answer = "domains" en een effect '
                '{ type = "need", domain = "answer" } toe',
            )
        )
    return problems


def _asks_question_behind(step: Step) -> bool:
    if step.slot == "vraag_achter_de_vraag":
        return True
    return step.phase == "vraag_achter_de_vraag" and step.answer != "none"


def recordable_domains(steps: list[Step]) -> set[str]:
    """Domains these steps can record as a need or a ZRM score."""
    found: set[str] = set()
    for step in steps:
        if step.answer == "score" and step.domain not in (None, "focus"):
            found.add(str(step.domain))
        for effect in step.effects:
            if effect.type != "need":
                continue
            if effect.domain == "answer" and step.answer == "domains":
                return set(DOMAIN_SLUGS)
            if effect.domain in DOMAIN_SLUGS:
                found.add(effect.domain)
    return found
