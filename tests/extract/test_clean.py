"""Pure character repairs, on strings taken from the bundled corpus."""

from __future__ import annotations

import pytest

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
