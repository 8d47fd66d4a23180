"""How steps must fit their slots, answers and effects: each mistake gets a located message."""

from __future__ import annotations

import pytest

from assistant.engine import DialogError, load_dialog_text

BASE = """\
[dialog]
id = "t"
title = "T"
start = "a"

[slots.soort]
type = "choice"
options = ["kort", "lang"]

[slots.klaar]
type = "bool"

[[steps]]
id = "a"
phase = "hulpvraag"
prompt = "Vraag"
{step}
next = "z"

[[steps]]
id = "z"
phase = "afsluiting"
prompt = "Einde"
end = true
"""


def problems(step: str) -> str:
    with pytest.raises(DialogError) as info:
        load_dialog_text(BASE.format(step=step), "t.toml")
    return info.value.render()


def test_base_is_valid() -> None:
    dialog = load_dialog_text(BASE.format(step='answer = "text"'), "t.toml")
    assert list(dialog.steps) == ["a", "z"]


@pytest.mark.parametrize(
    ("step", "line", "fragment"),
    [
        ('answer = "choice"\noptions = ["kort", "middel"]\nslot = "soort"', 18, "optie 'middel'"),
        ('answer = "text"\noptions = ["a"]', 18, "'options' hoort alleen bij answer = \"choice\""),
        ('answer = "text"\nfields = ["a"]', 18, "'fields' hoort alleen bij answer = \"list\""),
        ('answer = "score"', 17, "een scorestap heeft 'domain' of 'slot' nodig"),
        ('answer = "list"\nfields = ["a", "a"]', 18, "maar één keer"),
        ('slot = "klaar"', 17, "kan geen slot vullen"),
        ('answer = "text"\neffects = [ { type = "need", domain = "answer" } ]', 18, "domains"),
        (
            'answer = "text"\neffects = [ { type = "set", slot = "soort", value = "x" } ]',
            18,
            "keuzes",
        ),
        (
            'answer = "text"\neffects = [ { type = "set", slot = "klaar", value = 1 } ]',
            18,
            "true of",
        ),
        ('answer = "text"\neffects = [ { type = "set", slot = "nee", value = 1 } ]', 18, "'nee'"),
        ('effects = [ { type = "strength", text = "{answer}" } ]', 17, "geen antwoord"),
        ('answer = "list"\nfields = ["wie"]\ntip = "{answer.wat}"', 19, "onbekend veld 'wat'"),
        ('answer = "yesno"\nprompt2 = "x"', 18, "onbekend veld 'prompt2'"),
        ('answer = "choice"\nslot = "soort"\ntransitions = [ { to = "z" } ]', 19, "niet allebei"),
        ('answer = "choice"\nslot = "soort"\nend = true', 19, "eindstap"),
        (
            'answer = "yesno"\neffects = [ { type = "strength", when = "answer", if = "answer" } ]',
            18,
            "'when' óf 'if'",
        ),
        (
            'answer = "choice"\nslot = "soort"\n'
            'effects = [ { type = "focus_next", when = \'answer == "kor"\' } ]',
            19,
            "bedoelt u 'kort'?",
        ),
    ],
)
def test_step_mistakes(step: str, line: int, fragment: str) -> None:
    text = problems(step)
    assert any(f"t.toml:{line}: a: " in row and fragment in row for row in text.splitlines()), text


def test_bad_slot_definitions() -> None:
    text = BASE.format(step='answer = "text"').replace(
        '[slots.klaar]\ntype = "bool"',
        '[slots.klaar]\ntype = "bool"\noptions = ["x"]\n[slots.and]\ntype = "text"',
    )
    with pytest.raises(DialogError) as info:
        load_dialog_text(text, "t.toml")
    rendered = info.value.render()
    assert "t.toml:12: 'options' hoort alleen bij een slot van type 'choice'" in rendered
    assert "t.toml:13: 'and' kan geen slotnaam zijn" in rendered
