"""Profiles closing a quote with slashes between their fields (conventions PAREN_CODE and
FIELD_SPLIT): "« … » (D4 / H / 58 ans / rural)" is the words of D4, as "(D4, H, 58 ans, rural)"
would be; look-alikes: a fraction or a date with slashes ("1/3", "12/03/2021") is no field
separator."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import conventions as cv

THESIS = [
    "Douze praticiens exerçant dans le Cantal ont été interrogés : six médecins généralistes (M1 à M6) et six "
    "pharmaciens (P1 à P6). Chaque citation est suivie du code, du sexe, de l'âge et du milieu d'exercice.",
    "« Quand un patient sort de l'hôpital le vendredi, j'appelle la pharmacie sur son portable, on se débrouille. » "
    "(M4 / H / 58 ans / rural)",
    "« La CPTS nous a invités deux fois. Les pharmaciens, on est un peu les oubliés de la coordination. » "
    "(P1 / F / 36 ans / urbain)",
    "Les résultats montrent une coordination surtout téléphonique (1/3 des appels le soir).",
]


def test_a_slash_profile_closes_the_quote_of_its_code(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    m4 = _at(text, segs, "Quand un patient sort de l'hôpital")
    assert (m4.kind, m4.speaker, m4.role) == ("verbatim", "M4", "medecin_generaliste")
    p1 = _at(text, segs, "La CPTS nous a invités")
    assert (p1.kind, p1.speaker, p1.role) == ("verbatim", "P1", "pharmacien")
    assert _at(text, segs, "1/3 des appels").kind == "narrative"


@pytest.mark.parametrize("text, fields", [("D4 / H / 58 ans / rural", ["D4", "H", "58 ans", "rural"]),
                                          ("12/03/2021", ["12/03/2021"]), ("1/3", ["1/3"])])
def test_fields_split_at_spaced_slashes_only(text, fields):
    assert cv.FIELD_SPLIT.split(text) == fields
