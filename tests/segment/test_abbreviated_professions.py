"""Professions abbreviated with their rank in a profile after a quotation ("(Ph. tit., 52 a.,
Flers)", "(Ph. adj., 29 a., Alençon)": pharmacien titulaire, adjoint; lang/fr/roles.yaml). Near-miss:
"PH" without the point and the rank is a praticien hospitalier, no pharmacist."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.roles import normalize_role

CASE = [
    "III.2. Perception des nouvelles missions",
    "Douze pharmaciens ont été interrogés dans l'Orne entre février et avril 2023. Abréviations utilisées : "
    "Ph. tit. = pharmacien titulaire ; Ph. adj. = pharmacien adjoint ; a. = ans.",
    "Les missions de vaccination sont bien accueillies :",
    "• « Les patients nous remercient, ils n'ont plus à attendre trois semaines pour un vaccin. » (Ph. tit., 52 a., Flers)",
    "• « Au début on avait peur de la responsabilité, maintenant c'est une routine. » (Ph. adj., 29 a., Alençon)",
]

# another layout (no bullets, the profile spelt without a space), other towns and département
VARIANT = [
    "Résultats",
    "Huit officinaux du Jura ont accepté un entretien semi-directif au printemps 2022.",
    "Le dépistage de l'angine fait débat. « On a le test, mais pas le temps de le faire au comptoir » "
    "(ph.adj., 34 ans, Dole). « Je préfère orienter vers le médecin quand la salle d'attente est pleine » "
    "(ph.tit., 58 ans, Lons-le-Saunier).",
]


def test_abbreviated_pharmacists(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    for snippet in ("Les patients nous remercient", "Au début on avait peur"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.role) == ("verbatim", "pharmacien")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    for snippet in ("On a le test", "Je préfère orienter"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.role) == ("verbatim", "pharmacien")


def test_near_miss_a_hospital_practitioner():
    assert normalize_role("PH, 45 ans, service de gériatrie") != "pharmacien"
    assert normalize_role("Philippe, 45 ans") != "pharmacien"
