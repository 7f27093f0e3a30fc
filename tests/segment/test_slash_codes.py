"""Informant codes joined by slashes after a quotation, "« … » (MG/19/03)" (segment/slash_codes.py):
the code speaks, its first département number places it when the document says its codes hold
one; look-alikes: a date "(12/03/2021)", a ratio, a reference, a document that does not say its
codes hold a département."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.slash_codes import declares_departments, slash_code

METHODS = ("Les entretiens sont codés par profession (MG : médecin généraliste ; IDE : infirmier), "
           "numéro du département d'exercice et rang de l'entretien.")
RESULTS = ("Les généralistes disent ignorer le montant versé : « je serais incapable de vous dire combien "
           "on touche » (MG/35/03). Une infirmière le rapproche de sa propre rémunération : « une réunion, "
           "c'est quatre patients que je ne vois pas » (IDE/29/01).")


def test_each_quote_its_slash_code_and_the_codes_departement(gazetteer):
    text, segs = _segment(["4. Résultats", METHODS, RESULTS], gazetteer)
    s = _at(text, segs, "je serais incapable de vous dire")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "MG/35/03", "Bretagne")
    s = _at(text, segs, "quatre patients que je ne vois pas")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "IDE/29/01", "Bretagne")


def test_without_a_coding_sentence_naming_a_departement_the_code_places_no_one(gazetteer):
    # "numéro d'ordre" only: 35 is a rank here, not Ille-et-Vilaine
    methods = "Les entretiens sont codés par profession et numéro d'ordre de l'entretien."
    text, segs = _segment(["4. Résultats", methods, RESULTS], gazetteer)
    s = _at(text, segs, "je serais incapable de vous dire")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "MG/35/03", "")


def test_a_code_after_a_dash_at_the_line_end():
    assert slash_code(" – PH/87/02") == "PH/87/02"
    assert slash_code(" (MK / 63 / 01).") == "MK/63/01"


@pytest.mark.parametrize("after", [
    " (12/03/2021).",  # a date: no abbreviation
    " (3/4 des répondants)",  # a ratio
    " (Bras, 2020)",  # a reference
    " – MG/19/03 et la suite",  # a dash form must end the line
    " – 12/03/2021",
])
def test_look_alikes_are_no_code(after):
    assert slash_code(after) is None


def test_the_coding_sentence():
    assert declares_departments(METHODS)
    assert not declares_departments("Le département de médecine générale a relu le guide d'entretien.")
