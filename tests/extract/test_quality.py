"""Quality of a text: garbled or unknown words, unmapped glyphs, the language."""

from __future__ import annotations

import pytest

from corpus.extract import clean, quality
from corpus.extract.wordforms import word_lexicon


def test_garbled_words_from_the_ocred_slides(reference_text):
    sfsp = reference_text("sfsp2023")
    assert "gqu’on" in sfsp and "auprées" in sfsp
    known = word_lexicon()
    assert quality.is_garbled("gqu’on", known) and quality.is_garbled("auprées", known)
    for word in ("auprès", "coordination", "qu’on", "aujourd’hui", "CPTS", "Mureaux", "cinq"):
        assert not quality.is_garbled(word, known), word


def test_garbled_share_orders_ocr_noise_above_typeset_text(reference_text):
    typeset = reference_text("fournier2021")[5000:15000]
    ocr = "faut gqu’on assure ... auprées des onhograp P y P Ministére caracteristiques integré"
    assert quality.garbled_share(typeset) < 0.05
    assert quality.garbled_share(ocr) > 0.2
    assert quality.garbled_share("") == 0.0


def test_unmapped_glyphs_are_removed_and_counted():
    text, _styles, counts = clean.repair_chars("(cid:48)(cid:12) la coordination (cid:3)")
    assert text == "la coordination" and counts["unmapped_glyph"] == 3
    assert quality.garbled_with_unmapped("", 30) == 1.0
    assert quality.garbled_share("(cid:14) (cid:14) (cid:15) (cid:16)") == 1.0   # issue #20, item 9
    assert quality.garbled_with_unmapped("la coordination des soins", 4) == 0.5


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
    assert quality.guess_language(text, min_hits=8) == language
