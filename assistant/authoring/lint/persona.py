"""Lint rules for practice personas: can a trainee bring out what matters?

- verborgen-behoefte: some fact tells the hidden need (its text uses one of the need's
  key terms), and a reveal rule or a hint the client can drop leads to that fact.
- domein-zonder-onthulling: every relevant domain (level 3 or lower, or marked
  relevant) has a reveal rule: one whose topic names the domain, or that tells a fact
  about it.

A rule with an empty topic can never fire, so it does not count.
"""

from __future__ import annotations

from assistant.authoring.lint.base import warning
from assistant.errors import Problem
from assistant.practice.models import Persona, Topic
from assistant.practice.topics import keyword_hits
from assistant.toml_lines import Locator


def _live(topic: Topic) -> bool:
    return bool(topic.domains or topic.frames or topic.keywords)


def reachable_facts(persona: Persona) -> set[str]:
    """Facts a trainee can bring out: via reveal rules, or hints the client drops."""
    facts = {f for rule in persona.reveal if _live(rule.topic) for f in rule.facts}
    dropped: set[str] = set()
    changed = True
    while changed:
        changed = False
        for opening in persona.openings:
            can_drop = opening.at_start or opening.with_fact in facts
            if opening.id in dropped or not can_drop or not _live(opening.follow):
                continue
            dropped.add(opening.id)
            facts.update(opening.facts)
            changed = True
    return facts


def check_persona(persona: Persona, path: str, locator: Locator) -> list[Problem]:
    """Warnings for both persona rules."""
    problems: list[Problem] = []
    reachable = reachable_facts(persona)
    need_facts = [
        fact.id for fact in persona.facts if keyword_hits(fact.full, persona.hidden_need.key_terms)
    ]
    where_need = locator.line(("hidden_need",))
    if not need_facts:
        problems.append(
            warning(
                "verborgen-behoefte",
                "geen feit vertelt de verborgen behoefte: geen van de kernwoorden "
                "(key_terms) staat in de tekst van een feit",
                path,
                where_need,
                "hidden_need",
                "schrijf een feit waarin de cliënt het echte probleem noemt",
            )
        )
    elif not reachable & set(need_facts):
        problems.append(
            warning(
                "verborgen-behoefte",
                "geen onthulregel of hint leidt naar de feiten met de verborgen behoefte "
                f"({', '.join(need_facts)})",
                path,
                where_need,
                "hidden_need",
                "voeg een [[reveal]] toe met een van deze feiten",
            )
        )
    for domain in persona.relevant_domains():
        if not _has_rule(persona, domain):
            problems.append(
                warning(
                    "domein-zonder-onthulling",
                    f"relevant levensdomein '{domain}' heeft geen onthulregel",
                    path,
                    locator.line(("domains", domain)),
                    f"domains.{domain}",
                    f'voeg een [[reveal]] toe met topic = {{ domains = ["{domain}"] }}',
                )
            )
    return problems


def _has_rule(persona: Persona, domain: str) -> bool:
    for rule in persona.reveal:
        if not _live(rule.topic):
            continue
        if domain in rule.topic.domains:
            return True
        if any(persona.fact(f).domain == domain for f in rule.facts):
            return True
    return False
