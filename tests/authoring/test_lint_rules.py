"""Each lint rule on a small dialog, with a stand-in question analyzer (fast, exact)."""

from __future__ import annotations

from pathlib import Path

from assistant.authoring.lint import lint_source, rule_of
from assistant.authoring.sources import load_source, source_from_text


def lint(path: Path, fake: object) -> list:
    source = load_source(path)
    assert source.ok, source.problems
    return lint_source(source, fake)  # type: ignore[arg-type]


def rules(problems: list) -> list[str | None]:
    return [rule_of(p) for p in problems]


def test_method_following_dialog_has_no_warnings(fixtures: Path, fake: object) -> None:
    assert lint(fixtures / "goed.toml", fake) == []


def test_provisions_before_own_strength_and_network_are_located(
    fixtures: Path, fake: object
) -> None:
    problems = lint(fixtures / "volgorde.toml", fake)
    assert rules(problems) == ["kader-volgorde"]
    problem = problems[0]
    assert problem.severity == "waarschuwing"
    assert problem.where == "maatwerk"
    assert problem.line == 36
    text = problem.render()
    assert text.startswith(f"{problem.path}:36: maatwerk: waarschuwing: ")
    assert "eigen kracht, sociaal netwerk en voorliggende voorzieningen" in text
    assert "vraag → achter → domeinen → maatwerk" in text


def test_a_covered_condition_guards_the_route(fixtures: Path, fake: object) -> None:
    assert lint(fixtures / "bewaakt.toml", fake) == []


def test_missing_question_behind_and_unrecordable_domains(fixtures: Path, fake: object) -> None:
    problems = lint(fixtures / "plat.toml", fake)
    assert rules(problems) == ["vraag-achter-de-vraag", "domein-onbereikbaar"]
    assert all(p.line == 1 and p.where == "dialog" for p in problems)
    assert "huisvesting" in problems[1].message
    assert "financien" not in problems[1].message


def _with_phrasing(fixtures: Path, phrasing: str, step: str = "zelf") -> str:
    text = (fixtures / "goed.toml").read_text(encoding="utf-8")
    marker = f'id = "{step}"\n'
    return text.replace(marker, f"{marker}phrasings = [{phrasing!r}]\n".replace("'", '"'))


def test_question_rules(fixtures: Path, fake: object) -> None:
    cases = {
        "Heeft u hulp nodig?": "open-vraag",
        "Wat kunt u allemaal zelf?": "afgeraden-vraag",
        "Ja, maar wat lukt er dan wel?": "ja-maar",
        "U redt het toch wel alleen?": "open-vraag",
    }
    for phrasing, rule in cases.items():
        source = source_from_text(_with_phrasing(fixtures, phrasing), "zelf.toml")
        problems = lint_source(source, fake)  # type: ignore[arg-type]
        assert rule in rules(problems), (phrasing, problems)
        hit = next(p for p in problems if rule_of(p) == rule)
        assert hit.where == "zelf" and hit.line == 38


def test_closed_question_is_fine_where_a_yes_no_answer_is_asked(
    fixtures: Path, fake: object
) -> None:
    text = (fixtures / "goed.toml").read_text(encoding="utf-8")
    text = text.replace(
        'prompt = "Wat lukt u al wel?"\nanswer = "text"', 'prompt = "Lukt dat?"\nanswer = "yesno"'
    )
    problems = lint_source(source_from_text(text, "ja-nee.toml"), fake)  # type: ignore[arg-type]
    assert problems == []


def test_lead_in_and_preposition_do_not_hide_an_open_question(fixtures: Path, fake: object) -> None:
    for phrasing in ("Als het zo blijft, hoe is het dan over een jaar?", "Met wie praat u?"):
        source = source_from_text(_with_phrasing(fixtures, phrasing), "zelf.toml")
        assert lint_source(source, fake) == [], phrasing  # type: ignore[arg-type]


def test_readability_warnings_are_located(fixtures: Path, fake: object) -> None:
    long = "Wat " + " ".join(["heel"] * 20) + " fijn is dat?"
    for phrasing, rule in (
        (long, "lange-zin"),
        ("Wat doet u indien het misgaat?", "moeilijk-woord"),
    ):
        source = source_from_text(_with_phrasing(fixtures, phrasing), "zelf.toml")
        problems = lint_source(source, fake)  # type: ignore[arg-type]
        assert rules(problems) == [rule], problems
        assert problems[0].line == 38


def test_broken_file_gets_no_lint(tmp_path: Path, fake: object) -> None:
    path = tmp_path / "kapot.toml"
    path.write_text("[dialog]\nid = 'x'\n", encoding="utf-8")
    source = load_source(path)
    assert not source.ok
    assert lint_source(source, fake) == []  # type: ignore[arg-type]


PERSONA = Path(__file__).parent / "fixtures" / "persona.toml"


def _persona(text: str, fake: object) -> list:
    source = source_from_text(text, "persona.toml")
    assert source.ok and source.kind == "persona", source.problems
    return lint_source(source, fake)  # type: ignore[arg-type]


def test_persona_whose_story_can_come_out(fake: object) -> None:
    assert _persona(PERSONA.read_text(encoding="utf-8"), fake) == []


def test_hidden_need_no_rule_can_bring_out(fake: object) -> None:
    text = PERSONA.read_text(encoding="utf-8")
    text = text.replace(
        'keywords = ["heup", "lopen"] }\nfacts = ["heup"]',
        'keywords = ["heup"] }\nfacts = ["mensen"]',
    )
    problems = _persona(text, fake)
    assert rules(problems) == ["verborgen-behoefte"]
    assert problems[0].line == 11 and problems[0].where == "hidden_need"
    assert "heup" in problems[0].message


def test_hidden_need_that_no_fact_tells(fake: object) -> None:
    text = PERSONA.read_text(encoding="utf-8").replace("Ik ben bang dat ik weer ga vallen.", "")
    problems = _persona(text, fake)
    assert rules(problems) == ["verborgen-behoefte"]
    assert "kernwoorden" in problems[0].message


def test_relevant_domain_without_reveal_rule(fake: object) -> None:
    text = PERSONA.read_text(encoding="utf-8")
    text = text.replace(
        '[[reveal]]\ntopic = { domains = ["sociaal_netwerk"], keywords = ["dochter", "familie"] }'
        '\nfacts = ["mensen"]\n',
        "",
    )
    problems = _persona(text, fake)
    assert rules(problems) == ["domein-zonder-onthulling"]
    assert problems[0].line == 19
    assert problems[0].where == "domains.sociaal_netwerk"


def test_a_comment_accepts_a_warning_on_purpose(fixtures: Path, fake: object) -> None:
    text = (fixtures / "volgorde.toml").read_text(encoding="utf-8")
    assert rules(lint_source(source_from_text(text, "v.toml"), fake)) == ["kader-volgorde"]  # type: ignore[arg-type]
    marked = text.replace(
        '[[steps]]\nid = "maatwerk"',
        '# lint: negeer kader-volgorde (bewust: spoed)\n[[steps]]\nid = "maatwerk"',
    )
    assert lint_source(source_from_text(marked, "v.toml"), fake) == []  # type: ignore[arg-type]
    other = marked.replace("negeer kader-volgorde", "negeer lang-woord")
    assert rules(lint_source(source_from_text(other, "v.toml"), fake)) == ["kader-volgorde"]  # type: ignore[arg-type]
