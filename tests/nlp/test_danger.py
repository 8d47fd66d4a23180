"""The danger model: a hint where the lists give no signal, never instead of a signal,
quiet on everyday words and idioms; trained with a threshold chosen on sentences it did
not train on; a broken model file is a clear Dutch error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.nlp import Analyzer
from assistant.nlp.danger import FORMAT, KINDS, DangerModel, danger_from_data, load_danger
from assistant.nlp.danger_training import THRESHOLDS, fit_danger
from assistant.nlp.model import ModelFileError
from assistant.nlp.training import Example

CALM = [
    "Ik schrok me dood toen de bel ging.",
    "Ik ben doodmoe van al dat gedoe met de gemeente.",
    "We gaan zondag met de kinderen naar oma.",
    "De huur is te hoog en ik kom niet rond.",
]


def handmade(threshold: float = 0.5) -> DangerModel:
    """A model that only knows "afscheid" (suicide risk) and "bang" (violence)."""
    weights = {"w:afscheid": [6.0, 0.0], "w:bang": [0.0, 6.0]}
    return DangerModel(KINDS, [-3.0, -3.0], weights, threshold)


@pytest.fixture
def guessing(analyzer: Analyzer) -> Iterator[Analyzer]:
    """The shared analyzer with the handmade danger model, for one test."""
    saved = analyzer.danger
    analyzer.danger = handmade()
    try:
        yield analyzer
    finally:
        analyzer.danger = saved


def test_the_shipped_model_loads_with_its_measured_figures() -> None:
    model = load_danger()
    assert model.kinds == KINDS
    assert 0.2 <= model.threshold <= 0.9
    assert model.measured["danger"] > 300
    assert model.measured["false_hints"] <= 0.01 * model.measured["calm"]


def test_a_hint_names_its_kind_and_the_words(guessing: Analyzer) -> None:
    found = guessing.analyze("Ik ben bang als hij thuiskomt.")
    assert found.signals == []
    assert [h.kind for h in found.hints] == ["violence"]
    assert [e.text for e in found.hints[0].evidence] == ["bang"]
    assert found.hints[0].evidence[0].source == "model"
    assert guessing.analyze("Het is mooi weer.").hints == []


def test_no_hint_where_the_lists_already_signal(guessing: Analyzer) -> None:
    found = guessing.analyze("Mijn man slaat me en ik ben zo bang.")
    assert [s.kind for s in found.signals] == ["violence"]
    assert found.hints == []


def test_a_denied_word_gives_no_hint(guessing: Analyzer) -> None:
    assert guessing.analyze("Bang ben ik helemaal niet.").hints == []


@pytest.mark.parametrize("text", CALM)
def test_everyday_words_and_idioms_get_no_hint(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text).hints == []


def _example(word: str, signal: str | None) -> Example:
    return Example(
        [f"w:{word}", "w:thuis"], set(), text=f"{word} thuis", signal=signal, signal_known=True
    )


def test_training_chooses_a_threshold_from_sentences_it_did_not_see() -> None:
    groups = [
        [_example("afscheid", "suicide_risk"), _example("bang", "violence")]
        + [_example(f"boodschap{i}{g}", None) for i in range(30)]
        for g in range(4)
    ]
    model = fit_danger(groups)
    assert model.threshold in THRESHOLDS
    assert model.measured["danger"] == 8
    assert model.measured["calm"] == 120
    assert model.measured["false_hints"] <= 1
    p = model.probabilities(["w:bang"])
    assert p["violence"] > p["suicide_risk"]
    assert fit_danger(groups).weights == model.weights  # deterministic


def test_a_trained_model_scores_the_same_after_its_file() -> None:
    """The index of similar sentences is part of the file: a hint does not change when
    the app reads the model back."""
    groups = [
        [_example("afscheid", "suicide_risk"), _example("bang", "violence")]
        + [_example(f"boodschap{i}{g}", None) for i in range(10)]
        for g in range(3)
    ]
    model = fit_danger(groups)
    again = danger_from_data(json.loads(model.to_json()))
    for words in (["w:bang", "w:thuis"], ["w:afscheid"], ["w:boodschap1"]):
        assert again.probabilities(words) == pytest.approx(model.probabilities(words), abs=1e-3)
    assert again.probabilities(["w:bang"])["violence"] > again.threshold


def test_sentences_without_a_danger_label_are_left_out() -> None:
    unknown = Example(["w:bang"], set(), text="bang", signal=None, signal_known=False)
    groups = [[_example("bang", "violence"), unknown] for _ in range(3)]
    assert fit_danger(groups).measured["calm"] == 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{niet af", "geen geldige JSON"),
        (
            json.dumps({"format": FORMAT, "kinds": ["ruzie"], "bias": [], "weights": {}}),
            "onbekende",
        ),
        (
            json.dumps({"format": FORMAT, "kinds": KINDS, "bias": [0], "weights": {}}),
            "aantal gewichten",
        ),
        (
            json.dumps({"format": FORMAT, "kinds": KINDS, "bias": [0, 0], "weights": {}}),
            "het onderdeel 'threshold' ontbreekt",
        ),
        (
            json.dumps(
                {"format": FORMAT, "kinds": KINDS, "bias": [0, 0], "weights": {}, "threshold": 3}
            ),
            "drempel",
        ),
        (json.dumps({"format": 1, "kinds": KINDS}), "oudere versie van Keukentafel"),
    ],
)
def test_a_broken_danger_model_is_named_in_dutch(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "kapot-gevaar.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_danger(path)
    assert "kapot-gevaar.json" in str(caught.value)
    assert says in str(caught.value)


def test_train_danger_command_writes_a_model_and_reports_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"zinnen{number}.jsonl"
        rows = [
            {
                "text": "Ik wil er niet meer zijn, ik heb afscheid genomen.",
                "domains": ["geestelijke_gezondheid"],
                "signal": "suicide_risk",
            },
            {
                "text": "Ik ben bang voor hem als hij gedronken heeft.",
                "domains": ["huiselijke_relaties"],
                "signal": "violence",
            },
        ] + [
            {"text": f"We doen boodschappen op dag {i}.", "domains": [], "signal": None}
            for i in range(10 * number, 10 * number + 10)
        ]
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "gevaar.json"
    assert main(["needs", "--train-danger", *files, "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "Drempel" in report
    assert "zinnen zonder gevaar: 30" in report
    assert load_danger(out).trained_on == {
        "zinnen0.jsonl": 12,
        "zinnen1.jsonl": 12,
        "zinnen2.jsonl": 12,
    }


def test_eval_reports_signals_and_hints(
    analyzer: Analyzer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {"text": "Mijn man slaat me.", "domains": ["huiselijke_relaties"], "signal": "violence"},
        {"text": "Het is mooi weer.", "domains": [], "signal": None},
    ]
    path = tmp_path / "signalen.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["needs", "--eval", str(path), "--json"]) == 0
    signals = json.loads(capsys.readouterr().out)["signals"]
    assert signals == {
        "danger": 1,
        "found": 1,
        "hinted": 0,
        "calm": 1,
        "false_signals": 0,
        "false_hints": 0,
    }
    assert main(["needs", "--eval", str(path)]) == 0
    assert "Zinnen over gevaar: 1. Signaal van de lijsten: 1." in capsys.readouterr().out


def test_the_shipped_danger_model_was_trained_on_every_sentence_file() -> None:
    """Sentences added without retraining would be unused: retrain with the command in
    assistant/knowledge/learned/README.md."""
    trained_on = load_danger().trained_on
    sentences = Path(__file__).parents[2] / "assistant/knowledge/learned/sentences"
    for path in sentences.glob("*.jsonl"):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert path.name in trained_on, f"{path.name} is niet meegetraind"
        assert 0.8 * len(lines) <= trained_on[path.name] <= len(lines)
    assert "needs-signals2.jsonl" in trained_on


def test_the_json_has_hints_only_when_there_is_one(
    guessing: Analyzer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["needs", "Het is mooi weer.", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"needs", "signals"}
    assert main(["needs", "Ik ben bang als hij thuiskomt.", "--json"]) == 0
    assert [h["kind"] for h in json.loads(capsys.readouterr().out)["hints"]] == ["violence"]
    assert main(["needs", "Ik ben bang als hij thuiskomt."]) == 0
    assert "Misschien een signaal (geweld of onveiligheid" in capsys.readouterr().out


def test_training_without_danger_labels_is_a_dutch_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zonder-label.jsonl"
    path.write_text(json.dumps({"text": "Hoi.", "domains": []}) + "\n", encoding="utf-8")
    out = tmp_path / "gevaar.json"
    assert main(["needs", "--train-danger", str(path), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "zonder-label.jsonl" in error and "Het model is niet veranderd." in error
    assert not out.exists()
