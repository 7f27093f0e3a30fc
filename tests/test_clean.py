"""Pure text repairs, on strings taken from the bundled corpus."""

from __future__ import annotations

import pytest

from corpus import clean


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


@pytest.mark.parametrize("left, right, expected, removed", [
    ("la coordination des profes-", "sionnels de santé", "la coordination des professionnels de santé", True),
    ("ils le font eux-", "mêmes sans la CPTS", "ils le font eux-mêmes sans la CPTS", False),
    ("c'est-à-", "dire que nous", "c'est-à-dire que nous", False),
    ("en Île-de-", "France et en Occitanie", "en Île-de-France et en Occitanie", False),
    ("c'est peut-", "être trop tôt", "c'est peut-être trop tôt", False),
    ("la pluri-", "professionnalité est", "la pluri-professionnalité est", False),
    ("sans trait", "d'union", "sans trait d'union", False),
])
def test_join_hyphenated(left, right, expected, removed):
    known = {"pluri-professionnalité"}   # written whole on a line elsewhere in the document
    assert clean.join_hyphenated(left, right, known) == (expected, removed)


def test_join_hyphenated_prefers_a_word_of_the_document():
    joined, removed = clean.join_hyphenated("une ré-", "union", vocabulary={"réunion"})
    assert (joined, removed) == ("une réunion", True)


@pytest.mark.parametrize("text", ["12", "264", "1/5", "3 / 22", "- 4 -", "xii", "Page 7", "7 sur 22"])
def test_page_numbers(text):
    assert clean.is_page_number(text)


@pytest.mark.parametrize("text", ["17 t", "En 2019-2023", "Annexe 7", "P12", "N°"])
def test_not_page_numbers(text):
    assert not clean.is_page_number(text)


def test_repetition_key_folds_digits():
    assert clean.repetition_key("AEF info — Dépêche n°649867 ") == clean.repetition_key("aef info — dépêche n°1")


def test_garbled_words_from_the_ocred_slides(reference_text):
    sfsp = reference_text("sfsp2023")
    assert "gqu’on" in sfsp and "auprées" in sfsp
    known = clean._lexicon()
    assert clean.is_garbled("gqu’on", known) and clean.is_garbled("auprées", known)
    for word in ("auprès", "coordination", "qu’on", "aujourd’hui", "CPTS", "Mureaux", "cinq"):
        assert not clean.is_garbled(word, known), word


def test_garbled_share_orders_ocr_noise_above_typeset_text(reference_text):
    typeset = reference_text("fournier2021")[5000:15000]
    ocr = "faut gqu’on assure ... auprées des onhograp P y P Ministére caracteristiques integré"
    assert clean.garbled_share(typeset) < 0.05
    assert clean.garbled_share(ocr) > 0.2
    assert clean.garbled_share("") == 0.0


def test_string_hash_is_spacys(reference_text):
    """The lexicon check hashes words as spaCy does, without importing spaCy: every distinct
    word of a real document must hash to spacy.strings.hash_string's value."""
    from spacy.strings import hash_string

    words = sorted(set(reference_text("perelli2022").split()))
    assert len(words) > 3000 and any(len(w.encode()) % 8 == 0 for w in words)
    assert [clean.string_hash(w) for w in words] == [hash_string(w) for w in words]
