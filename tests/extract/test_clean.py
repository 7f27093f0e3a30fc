"""Pure character repairs, on strings taken from the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import extract
from corpus.extract import clean


def test_repair_chars_expands_ligatures_and_counts_repairs():
    raw = "la coordination a permis de ﬁnancer l’eﬀort"
    text, styles, counts = clean.repair_chars(raw, ["italic"] * len(raw))
    assert text == "la coordination a permis de financer l’effort"
    assert counts == {"ligature": 2}
    assert len(styles) == len(text) and set(styles) == {"italic"}


def test_repair_chars_nbsp_tabs_and_controls_become_plain_text():
    raw = "P5\u00a0:\u202f«\u00a0C’est\tvrai\u00ad que la CPTS\u200b\u00a0»"
    text, _styles, counts = clean.repair_chars(raw)
    assert text == "P5 : « C’est vrai que la CPTS »"
    assert counts["nbsp"] == 4 and counts["tab"] == 1 and counts["control_char"] == 2


def test_repair_chars_composes_accents_and_keeps_french_typography():
    raw = "Ile-de-France\u0301 – « me\u0301decin » l’équipe"
    text, styles, counts = clean.repair_chars(raw, ["bold"] * len(raw))
    assert "« médecin »" in text and "–" in text and "’" in text
    assert counts["nfc"] == 2
    assert len(styles) == len(text)


def test_layout_spaces_collapse_without_being_counted_as_repairs():
    # pdfminer gives justified lines with double spaces: layout, not a change to log
    text, _s, counts = clean.repair_chars("Beaucoup  de  participants  expliquent  ")
    assert text == "Beaucoup de participants expliquent" and not counts


@pytest.mark.parametrize("raw, fixed", [
    ("R´esum´e", "Résumé"), ("la m`ere", "la mère"), ("de mˆeme", "de même"),
    ("fran¸cais", "français"), ("c¸a", "ça"), ("na¨ıve", "naïve"), ("o`u", "où"),
    ("le `a", "le à"), ("e´te´", "été"),   # the mark before its letter, or after it
])
def test_spacing_accents_beside_their_letter_are_recomposed(raw, fixed):
    text, _styles, counts = clean.repair_chars(raw, ["italic"] * len(raw))
    assert text == fixed and counts["spacing_accent"] >= 1
    assert len(_styles) == len(text)


@pytest.mark.parametrize("text", ["``quote''", "l'accent ´ seul", "x ^ 2", "un ` isolé"])
def test_spacing_accents_without_a_letter_stay(text):
    assert clean.recompose_spacing_accents(text) == (text, 0)


# ---- private-use glyphs (issue #17, round 3) ---------------------------------------------------

def test_old_style_figures_at_private_use_code_points_read_as_digits():
    # Kp fonts' companion glyphs "oneoldstyle", "twooldstyle"… sit at U+F731, U+F732…
    raw = "Le mercredi \uf731\uf732 mars, de \uf731\uf731h\uf733\uf730"
    text, styles, counts = clean.repair_chars(raw, ["italic"] * len(raw))
    assert text == "Le mercredi 12 mars, de 11h30"
    assert counts["private_use_glyph"] == 6 and not counts["unmapped_private_use"]
    assert len(styles) == len(text)


def test_accented_small_capitals_read_and_unknown_private_use_glyphs_dropped():
    # "Été" in small capitals (Eacutesmall U+F7E9), then a bracket piece of a math font (U+F8EB)
    text, _styles, counts = clean.repair_chars("\uf7e9\uf774\uf7e9 \uf8eb x")
    assert text == "été x"
    assert counts["private_use_glyph"] == 3 and counts["unmapped_private_use"] == 1


def test_note_call_marks_are_not_private_use_glyphs():
    marked = "l’introduction" + clean.NOTE_CALL_MARKS[1]
    text, _styles, counts = clean.repair_chars(marked)
    assert text == marked and not counts


BENCH_REAL = Path(__file__).parents[2] / "bench" / "realpdf"


def test_handout_whose_figures_are_all_old_style_private_use_glyphs(tmp_path):
    """Université Laval's two-page handout (bench/realpdf): the date line reads "Le mercredi 12
    mars, de 11h30 à 12h30, au FAS-413" and the three sections are numbered 1, 2, 3 on the page
    (glyphs oneoldstyle… of the Kp-Companion font)."""
    status = extract.run(BENCH_REAL / "atelier_latex_philo_laval.pdf", "laval", tmp_path / "laval")
    text = (tmp_path / "laval" / "text.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "Le mercredi 12 mars, de 11h30 à 12h30, au FAS-413" in lines
    assert [ln[:2] for ln in lines if ln.endswith(("Qu’est-ce que LATEX", "de l’atelier"))] == ["1 ", "3 "]
    assert any(ln.startswith("2 Pourquoi utiliser LATEX en philosophie") for ln in lines)
    assert not clean.PRIVATE_USE.search(text)
    assert status["status"] == "ok" and status["warnings"] == ""
