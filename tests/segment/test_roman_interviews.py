"""Interviews numbered in Roman numerals (segment/roman_interviews.py). Look-alikes: letter-coded
interviews ("entretien C", "entretien B"), a numeral that is not well formed, a Roman numeral
that numbers a chapter rather than an interview."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.roman_interviews import numbers_in_roman, roman_reference, roman_value


def test_roman_values():
    assert [roman_value(n) for n in ("I", "IV", "IX", "XIV", "XL", "XCIX")] == [1, 4, 9, 14, 40, 99]
    assert roman_value("IIII") is None and roman_value("VX") is None and roman_value("B") is None


THESIS = [
    "2.1 Matériel et méthode",
    "Douze infirmières libérales exerçant dans le Finistère ont été interrogées ; les entretiens sont numérotés "
    "de I à XII.",
    "2.2 Résultats",
    "« On se voyait déjà avant la CPTS, mais chacun dans son coin, sans jamais parler des mêmes patients. » "
    "(entretien IV)",
    "Les plus anciennes le disent aussi, comme le résume l'entretien XI : « moi je n'ai rien vu changer, sauf "
    "le téléphone qui sonne plus souvent »",
]


def test_a_thesis_numbering_its_interviews_in_roman_numerals(gazetteer):
    text, segs = _segment(THESIS, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "On se voyait déjà avant la CPTS")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Entretien IV", "infirmier", "Bretagne")
    s = _at(text, segs, "moi je n'ai rien vu changer")
    assert (s.kind, s.speaker) == ("verbatim", "Entretien XI")


def test_letter_codes_stay_codes():
    letters = "« … » (entretien C, l. 112) puis « … » (entretien B) et « … » (entretien D)"
    assert not numbers_in_roman(letters)  # "B" is no numeral: the document codes its interviews by letters
    assert roman_reference("(entretien C)", letters, whole=True) is None
    single = "« … » (entretien I) et « … » (entretien V)"
    assert not numbers_in_roman(single)  # no numeral of two letters: letters, maybe
    roman = "« … » (entretien II) et « … » (Entretien n° VI)"
    assert roman_reference("(Entretien n° VI)", roman, whole=True) == ("Entretien VI", "6")
    assert roman_reference("(entretien VI, cadre de santé)", roman, whole=True) is None  # not the whole parenthesis
    assert roman_reference("chapitre II", roman) is None  # no interview word
