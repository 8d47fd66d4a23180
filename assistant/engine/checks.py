"""Checks that each valid step fits the dialog: slots, answer kinds, conditions, templates.

Runs after the schema check, on the steps that passed it; compiles every condition once
so the session only evaluates trees.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from assistant.engine.condition import CheckEnv, Node, compile_condition
from assistant.engine.errors import ConditionError
from assistant.engine.format import SLOT_FOR_ANSWER, SetEffect, SlotSpec, Step
from assistant.engine.report import Reporter
from assistant.engine.templates import unknown_placeholders
from assistant.engine.values import set_value_problem
from assistant.errors import did_you_mean
from assistant.toml_lines import Path


class _Add(Protocol):
    """The shape of the local ``add`` helper of :func:`check_step`."""

    def __call__(self, message: str, key: str | Path, hint: str | None = None) -> None: ...


ConditionKey = tuple[str, str, int]
"""(step id, "transition" or "effect", index) of a compiled condition."""
CompileCache = dict[tuple[str, str, tuple[str, ...] | None], Node | ConditionError]
"""Conditions already compiled in this file, by (text, answer kind, choices)."""


def check_step(
    index: int,
    step: Step,
    slots: Mapping[str, SlotSpec],
    report: Reporter,
    conditions: dict[ConditionKey, Node],
    cache: CompileCache | None = None,
) -> None:
    """Report every way ``step`` does not fit the dialog; store its compiled conditions."""
    at: Path = ("steps", index)
    where = step.id

    compiled: CompileCache = {} if cache is None else cache

    def add(message: str, key: str | Path, hint: str | None = None) -> None:
        path = (*at, key) if isinstance(key, str) else (*at, *key)
        report.add(message, path, where=where, hint=hint)

    options = _check_answer(step, slots, add)
    env = CheckEnv(
        slots={name: (spec.type, spec.options) for name, spec in slots.items()},
        answer_kind=step.answer,
        answer_options=options,
    )
    fields = None if step.answer == "none" else (step.entry_fields if step.answer == "list" else [])
    for key, text in [("prompt", step.prompt), ("tip", step.tip or "")]:
        for problem in unknown_placeholders(text, slots, fields):
            add(problem, key)
    for i, text in enumerate(step.phrasings):
        for problem in unknown_placeholders(text, slots, fields):
            add(problem, ("phrasings", i))
    _check_flow(step, add)
    for i, transition in enumerate(step.transitions):
        if transition.when is not None:
            node = _compile(transition.when, env, add, ("transitions", i, "when"), compiled)
            if node is not None:
                conditions[(step.id, "transition", i)] = node
    for i, effect in enumerate(step.effects):
        if effect.type != "agreement" and effect.if_ and effect.when:
            add("gebruik 'when' óf 'if' als voorwaarde, niet allebei", ("effects", i, "if"))
        condition = effect.if_ if effect.type == "agreement" else effect.if_ or effect.when
        key = "if" if effect.if_ else "when"
        if condition is not None:
            node = _compile(condition, env, add, ("effects", i, key), compiled)
            if node is not None:
                conditions[(step.id, "effect", i)] = node
        for name, value in effect:
            if isinstance(value, str) and name not in ("type", "if_", "when", "domain", "kind"):
                for problem in unknown_placeholders(value, slots, fields):
                    add(problem, ("effects", i, name))
        if effect.type == "agreement" and effect.when:
            for problem in unknown_placeholders(effect.when, slots, fields):
                add(problem, ("effects", i, "when"))
        if effect.type == "need" and effect.domain == "answer" and step.answer != "domains":
            add(
                'domain = "answer" kan alleen bij een stap met answer = "domains"',
                ("effects", i, "domain"),
            )
        if isinstance(effect, SetEffect):
            _check_set(effect, slots, add, i)


def _check_answer(step: Step, slots: Mapping[str, SlotSpec], add: _Add) -> list[str] | None:
    spec = None
    if step.slot is not None:
        spec = slots.get(step.slot)
        if spec is None:
            add(
                f"slot '{step.slot}' is niet gedeclareerd",
                "slot",
                did_you_mean(step.slot, list(slots)) or f"voeg [slots.{step.slot}] toe",
            )
        elif step.answer == "none":
            add('een stap zonder antwoord (answer = "none") kan geen slot vullen', "slot")
        elif SLOT_FOR_ANSWER[step.answer] != spec.type:
            add(
                f"slot '{step.slot}' is van type '{spec.type}', maar answer = \"{step.answer}\" "
                f"vraagt een slot van type '{SLOT_FOR_ANSWER[step.answer]}'",
                "slot",
            )
    for key, kind in [("options", "choice"), ("domain", "score"), ("fields", "list")]:
        if getattr(step, key) is not None and step.answer != kind:
            add(f"'{key}' hoort alleen bij answer = \"{kind}\"", key)
    if step.answer == "score" and step.domain is None and step.slot is None:
        add("een scorestap heeft 'domain' of 'slot' nodig", "answer")
    if step.answer == "list" and len(set(step.entry_fields)) != len(step.entry_fields):
        add("elk veld in 'fields' mag maar één keer voorkomen", "fields")
    if step.answer != "choice":
        return None
    slot_options = spec.options if spec is not None else None
    options = step.options or slot_options
    if not options:
        add("een keuzestap heeft 'options' nodig (of een slot met options)", "answer")
        return None
    if step.options and slot_options:
        for option in step.options:
            if option not in slot_options:
                add(
                    f"optie '{option}' staat niet in de options van slot '{step.slot}'",
                    "options",
                    did_you_mean(option, slot_options),
                )
    return list(options)


def _check_flow(step: Step, add: _Add) -> None:
    if step.end and (step.next or step.transitions):
        add("een eindstap (end = true) heeft geen 'next' of 'transitions'", "end")
    elif step.next and step.transitions:
        add("gebruik 'next' óf 'transitions', niet allebei", "transitions")
    elif not step.end and not step.next and not step.transitions:
        add("de stap heeft geen vervolg: geef 'next', 'transitions' of end = true", "id")
    elif step.transitions and step.transitions[-1].when is not None:
        add(
            "de laatste overgang heeft een voorwaarde; als geen enkele voorwaarde klopt, kan "
            "het gesprek niet verder",
            ("transitions", len(step.transitions) - 1),
            "laat 'when' weg bij de laatste overgang",
        )


def _check_set(effect: SetEffect, slots: Mapping[str, SlotSpec], add: _Add, i: int) -> None:
    spec = slots.get(effect.slot)
    if spec is None:
        add(
            f"slot '{effect.slot}' is niet gedeclareerd",
            ("effects", i, "slot"),
            did_you_mean(effect.slot, list(slots)),
        )
        return
    problem = set_value_problem(spec, effect.value)
    if problem:
        add(problem, ("effects", i, "value"))


def _compile(text: str, env: CheckEnv, add: _Add, key: Path, cache: CompileCache) -> Node | None:
    options = tuple(env.answer_options) if env.answer_options is not None else None
    cache_key = (text, env.answer_kind or "none", options)
    if cache_key not in cache:
        try:
            cache[cache_key] = compile_condition(text, env)
        except ConditionError as exc:
            cache[cache_key] = exc
    result = cache[cache_key]
    if isinstance(result, ConditionError):
        add(f"voorwaarde '{text}': {result.message} (teken {result.column})", key)
        return None
    return result
