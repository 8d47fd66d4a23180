"""The commands ``assistant needs`` and ``assistant vraag`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.nlp import Analyzer

EXTRA_SET = Path(__file__).parent / "data/needs-extra.jsonl"


def test_needs_json(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "Ik heb schulden en mijn man slaat me.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "financien" in [n["domain"] for n in data["needs"]]
    assert data["signals"][0]["kind"] == "violence"


def test_needs_human_output_is_dutch(
    analyzer: Analyzer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["needs", "Ik heb geen vrienden meer."]) == 0
    assert "Sociaal netwerk" in capsys.readouterr().out
    assert main(["needs", "Mooi weer vandaag."]) == 0
    assert "Geen levensdomeinen gevonden." in capsys.readouterr().out


def test_needs_file_keeps_order(
    analyzer: Analyzer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uitspraken.txt"
    lines = ['{"text": "Ik ben dakloos."}', "Ik drink te veel.", "", "Mooi weer."]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["needs", "--file", str(path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[n["domain"] for n in r["needs"]] for r in rows] == [
        ["huisvesting"],
        ["verslaving"],
        [],
    ]


def test_needs_eval_json(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--eval", str(EXTRA_SET), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"macro_f1", "micro_f1", "primary_top2", "no_need_fpr"} <= set(data)


def test_needs_eval_table(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--eval", str(EXTRA_SET)]) == 0
    out = capsys.readouterr().out
    assert "Precisie" in out and "Macro-F1" in out and "Financiën" in out


def test_needs_without_input_is_a_dutch_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs"]) == 1
    assert "Geef één tekst" in capsys.readouterr().err


def test_needs_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["needs", "--file", "bestaat-niet.txt"]) == 1
    assert "kan niet gelezen worden" in capsys.readouterr().err


def test_vraag(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vraag", "Heeft u al eens geprobeerd om hulp te vragen?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "closed" and data["advice"] is True
    assert main(["vraag", "Wat maakt het voor u zo moeilijk?"]) == 0
    assert "Soort: open vraag" in capsys.readouterr().out


def test_vraag_says_why(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vraag", "U drinkt zeker elke avond?"]) == 0
    out = capsys.readouterr().out
    assert "Soort: suggestieve vraag" in out
    assert '"zeker" (suggestief)' in out
    assert "(Verslaving)" in out


SENTENCES = Path(__file__).parents[2] / "assistant/knowledge/learned/sentences"


def test_needs_train_measures_each_file_and_writes_a_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trainer retrains on their own files: each file is scored by a model that never
    saw it, sentences like those kept apart are left out, and the model file loads."""
    first, second = sorted(SENTENCES.glob("*.jsonl"))[:2]
    small = []
    for source in (first, second):
        target = tmp_path / f"klein-{source.name}"
        target.write_text("\n".join(source.read_text().splitlines()[:60]), encoding="utf-8")
        small.append(target)
    apart = tmp_path / "apart.jsonl"
    apart.write_text(small[0].read_text().splitlines()[0], encoding="utf-8")
    out = tmp_path / "model.json"
    args = ["needs", "--train", *map(str, small), "--out", str(out), "--keep-apart", str(apart)]
    assert main(args) == 0
    report = capsys.readouterr().out
    assert all(path.name[:28] in report for path in small)
    assert "alleen regels" in report and "regels + model" in report
    assert "Weggelaten omdat ze lijken op apart.jsonl: 1" in report
    from assistant.nlp.model import load_model

    model = load_model(out)
    assert model.trained_on == {small[0].name: 59, small[1].name: 60}


def test_needs_text_marks_words_the_model_weighed(
    analyzer: Analyzer, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.nlp.model import NeedModel, Settings, load_model
    from assistant.nlp.training import using

    domains = list(load_domains())
    weights = {"w:glasbak": [9.0 if d == "verslaving" else 0.0 for d in domains] + [9.0]}
    model = NeedModel(
        domains, [-6.0] * (len(domains) + 1), weights, Settings(), load_model().combiner
    )
    with using(analyzer, model):
        assert main(["needs", "Elke dag loop ik naar de glasbak."]) == 0
    assert 'geleerd uit voorbeeldzinnen: "glasbak"' in capsys.readouterr().out


def load_domains() -> tuple[str, ...]:
    from assistant.knowledge.vocabulary import DOMAIN_SLUGS

    return tuple(DOMAIN_SLUGS)


def test_needs_train_into_a_missing_folder_is_a_dutch_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "geen-map" / "model.json"
    assert main(["needs", "--train", str(EXTRA_SET), "--no-cv", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "kan niet bewaard worden" in err and "geen-map" in err
    assert not target.parent.exists()


class TestAgreementBetweenAnnotators:
    """``--eval FIRST --against SECOND``: how far two people labelling the same sentences
    agree, with the same figures as for the detector."""

    def _write(self, path: Path, rows: list[tuple[str, list[str]]]) -> Path:
        lines = [
            json.dumps({"id": i, "text": f"zin {i}", "domains": d, "primary": d[0] if d else None})
            for i, d in rows
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def test_one_disagreement_shows_in_the_figures(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        first = self._write(
            tmp_path / "a.jsonl", [("1", ["financien"]), ("2", []), ("3", ["justitie"])]
        )
        second = self._write(
            tmp_path / "b.jsonl", [("1", ["financien"]), ("2", ["verslaving"]), ("3", ["justitie"])]
        )
        assert main(["needs", "--eval", str(first), "--against", str(second), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["no_need_fpr"] == 1.0  # the only no-need sentence got a domain
        assert data["primary_top2"] == 1.0
        assert data["micro_f1"] == pytest.approx(0.8)

    def test_missing_sentences_are_named(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        first = self._write(tmp_path / "a.jsonl", [("1", ["financien"]), ("2", [])])
        second = self._write(tmp_path / "tweede.jsonl", [("1", ["financien"])])
        assert main(["needs", "--eval", str(first), "--against", str(second)]) == 1
        err = capsys.readouterr().err
        assert "tweede.jsonl mist 1 van de zinnen" in err

    def test_against_needs_eval(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["needs", "iets", "--against", str(tmp_path / "b.jsonl")]) == 1
        assert "--against werkt alleen samen met --eval" in capsys.readouterr().err

    def test_the_shipped_second_annotator_covers_its_judge_sets(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        judge = Path(__file__).parent / "data/judge"
        for second in sorted((judge / "second-annotator").glob("needs-*.jsonl")):
            first = judge / second.name
            assert main(["needs", "--eval", str(first), "--against", str(second), "--json"]) == 0
            assert json.loads(capsys.readouterr().out)["items"] == len(
                first.read_text(encoding="utf-8").splitlines()
            )


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`assistant needs --eval A --against B | head -1` ends quietly."""
    import os
    import sys

    rows = [{"id": "1", "text": "Geen geld.", "domains": ["financien"], "primary": "financien"}]
    first = tmp_path / "a.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    read, write = os.pipe()
    os.close(read)
    saved = sys.stdout
    sys.stdout = os.fdopen(write, "w", buffering=1)  # each line is written at once
    try:
        assert main(["needs", "--eval", str(first), "--against", str(first)]) == 0
    finally:
        sys.stdout = saved
