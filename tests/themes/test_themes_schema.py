"""config/themes.yaml is strict: any theme ids, unknown keys refused with file, line and the
closest valid key."""

from __future__ import annotations

import shutil

import pytest
from conftest import THEMES_PATH

from corpus import themes
from corpus.errors import ConfigError

THEME = "  {id}:\n    label: {label}\n    definition: d\n    lemmas: [{lemma}]\n"


def _write(tmp_path, body: str):
    path = tmp_path / "themes.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("key, line, hint", [
    ("exlude", 6, "did you mean 'exclude'?"),
    ("phrase", 6, "did you mean 'phrases'?"),
    ("lemma", 6, "did you mean 'lemmas'?"),
    ("poss", 6, "did you mean 'pos'?"),
])
def test_a_misspelt_key_names_file_line_and_the_closest_key(tmp_path, key, line, hint):
    path = _write(tmp_path, "themes:\n" + THEME.format(id="coordination", label="C", lemma="x")
                  + f"    {key}: [y]\n")
    with pytest.raises(ConfigError) as err:
        themes.load_themes(path)
    message = str(err.value)
    assert message.startswith(f"{path}: line {line}: unknown key '{key}' in themes/coordination")
    assert message.endswith(hint)


def test_an_unknown_top_level_key_is_refused(tmp_path):
    path = _write(tmp_path, "theme:\n" + THEME.format(id="a", label="A", lemma="x"))
    with pytest.raises(ConfigError, match=r"line 1: unknown key 'theme' in top level; did you mean 'themes'\?"):
        themes.load_themes(path)


def test_a_weak_entry_must_be_one_of_the_entries(tmp_path):
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    weak: [y]\n")
    with pytest.raises(ConfigError, match=r"line 6: themes/a/weak: 'y' is not one of"):
        themes.load_themes(path)


def test_a_part_of_speech_must_be_a_tag_and_its_entry_a_lemma(tmp_path):
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    pos:\n      x: [NOM]\n")
    with pytest.raises(ConfigError, match=r"line 7: themes/a/pos/x/0: 'NOM' is not one of"):
        themes.load_themes(path)
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    pos:\n      y: [NOUN]\n")
    with pytest.raises(ConfigError, match=r"line 7: themes/a/pos: 'y' is not one of the theme's lemmas"):
        themes.load_themes(path)
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    pos:\n      x: [NOUN, PROPN]\n")
    assert themes.load_themes(path)["a"]["pos"] == {"x": ["NOUN", "PROPN"]}


def test_a_missing_definition_is_refused_with_its_line(tmp_path):
    path = _write(tmp_path, "themes:\n  a:\n    label: A\n    lemmas: [x]\n")
    with pytest.raises(ConfigError, match="line 2: themes/a: 'definition' is a required property"):
        themes.load_themes(path)


def test_any_number_of_themes_in_file_order(tmp_path):
    body = "themes:\n" + "".join(THEME.format(id=i, label=i.title(), lemma="x")
                                 for i in ("teleconsultation", "vaccination", "a", "z_6"))
    assert list(themes.load_themes(_write(tmp_path, body))) == ["teleconsultation", "vaccination",
                                                                "a", "z_6"]


def test_the_bundled_lexicon_is_valid_with_a_sixth_theme_appended(tmp_path):
    path = tmp_path / "themes.yaml"
    shutil.copy(THEMES_PATH, path)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(THEME.format(id="vaccination", label="Vaccination", lemma="vaccin")
                 + THEME.format(id="teleconsultation", label="Téléconsultation", lemma="téléconsultation"))
    assert list(themes.load_themes(path))[-2:] == ["vaccination", "teleconsultation"]


def test_an_entry_left_out_of_the_vector_must_be_one_of_the_entries(tmp_path):
    """Session 8 (themesfix6): `not_in_vector:` names entries, like `weak:`."""
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    not_in_vector: [y]\n")
    with pytest.raises(ConfigError, match=r"line 6: themes/a/not_in_vector: 'y' is not one of"):
        themes.load_themes(path)
    path = _write(tmp_path, "themes:\n" + THEME.format(id="a", label="A", lemma="x")
                  + "    not_in_vector: [x]\n")
    assert themes.load_themes(path)["a"]["not_in_vector"] == ["x"]


def test_naming_entries_are_lemmas_and_its_keys_are_checked(tmp_path):
    """Session 10 (themesfix9): `naming:` holds `entries` (among the lemmas) and `heads`; a
    misspelt key or an entry that is not a lemma is refused with its line."""
    base = "themes:\n" + THEME.format(id="a", label="A", lemma="x")
    path = _write(tmp_path, base + "    naming:\n      entries: [y]\n      heads: [h]\n")
    with pytest.raises(ConfigError, match=r"line 7: themes/a/naming/entries: 'y' is not one of"):
        themes.load_themes(path)
    path = _write(tmp_path, base + "    naming:\n      entries: [x]\n      head: [h]\n")
    with pytest.raises(ConfigError, match=r"line 8: unknown key 'head' in themes/a/naming; did you mean 'heads'\?"):
        themes.load_themes(path)
    path = _write(tmp_path, base + "    naming:\n      entries: [x]\n      heads: [h]\n")
    assert themes.load_themes(path)["a"]["naming"] == {"entries": ["x"], "heads": ["h"]}
