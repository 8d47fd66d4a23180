"""A broken knowledge file is reported in Dutch, naming the file (and line when known)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeError, read_knowledge
from assistant.knowledge.loader import DATA_DIR


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "kennis_kapot"
    target.mkdir()
    for name in ("zrm.toml", "method.toml", "support.toml"):
        shutil.copy(DATA_DIR / name, target / name)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(directory: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        read_knowledge(directory)
    return info.value.render()


def test_copy_of_shipped_files_loads(data: Path) -> None:
    assert len(read_knowledge(data).domains) == 11


def test_toml_syntax_error_names_file_and_line(data: Path) -> None:
    _edit(data / "support.toml", 'domain = "huisvesting"', 'domain = "huisvesting')
    text = _error(data)
    assert "support.toml:" in text
    line = next(
        n
        for n, row in enumerate((data / "support.toml").read_text().splitlines(), 1)
        if row.startswith('domain = "huisvesting')
    )
    assert f"support.toml:{line}" in text
    assert "TOML-fout" in text


def test_misspelt_key_names_file_and_domain(data: Path) -> None:
    _edit(data / "zrm.toml", 'description = "Geld:', 'beschrijving = "Geld:')
    text = _error(data)
    assert "zrm.toml" in text
    assert "domains[financien]" in text
    assert "onbekend veld" in text
    assert "verplicht veld ontbreekt" in text


def test_four_levels_instead_of_five(data: Path) -> None:
    _edit(
        data / "zrm.toml",
        '    "Geen psychische klachten die het dagelijks leven in de weg zitten.",\n',
        "",
    )
    text = _error(data)
    assert "zrm.toml" in text
    assert "geestelijke_gezondheid" in text


def test_missing_support_row_names_file_and_domain(data: Path) -> None:
    _edit(data / "support.toml", 'domain = "justitie"', 'domain = "verslaving"')
    text = _error(data)
    assert "support.toml" in text
    assert "ontbreekt: justitie" in text
    assert "dubbel: verslaving" in text


def test_frames_out_of_order(data: Path) -> None:
    path = data / "method.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('slug = "eigen_kracht"\nname = "Eigen kracht"', 'slug = "TMP"', 1)
    text = text.replace(
        'slug = "netwerk"\nname = "Sociaal netwerk"',
        'slug = "eigen_kracht"\nname = "Eigen kracht"',
        1,
    )
    text = text.replace('slug = "TMP"', 'slug = "netwerk"\nname = "Sociaal netwerk"', 1)
    path.write_text(text, encoding="utf-8")
    message = _error(data)
    assert "method.toml" in message
    assert "oplossingskaders: verkeerde volgorde" in message


def test_unknown_domain_slug(data: Path) -> None:
    _edit(data / "zrm.toml", 'slug = "justitie"', 'slug = "politie"')
    text = _error(data)
    assert "zrm.toml" in text
    assert "onbekende waarde" in text


def test_missing_file_is_reported(data: Path) -> None:
    (data / "method.toml").unlink()
    assert "method.toml" in _error(data)


def test_typo_gets_did_you_mean(data: Path) -> None:
    _edit(data / "zrm.toml", 'slug = "justitie"', 'slug = "justitei"')
    _edit(data / "method.toml", "example_question =", "example_qestion =")
    text = _error(data)
    assert "bedoelt u 'justitie'?" in text
    assert "bedoelt u 'example_question'?" in text
    line = next(
        n
        for n, row in enumerate((data / "method.toml").read_text().splitlines(), 1)
        if row.startswith("example_qestion =")
    )
    assert f"method.toml:{line}: frames[eigen_kracht].example_qestion" in text
