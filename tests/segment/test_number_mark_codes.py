"""Informant codes written with a number mark, "« … » (MG n° 2, rural)" (segment/number_mark_codes.py);
look-alikes: a reference "(n° 12, p. 4)", a law's article number, a quotation already attributed; a unit's number
with how it is run and where, "(CDS n° 3, municipal, Vénissieux)", says no role."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.number_mark_codes import called_code

THESIS = [
    "Méthode",
    "Dix infirmiers libéraux exerçant dans la Sarthe (IDE n° 1 à IDE n° 10) ont été interrogés en 2023.",
    "Résultats",
    "La CPTS rassure : « on n'est plus seuls le week-end » (IDE n° 4, rural) ; « je sais qui appeler pour les sorties "
    "d'hôpital » (IDE n° 7, urbain). D'autres restent sceptiques : « encore une structure de plus » (IDE n° 2).",
]


def test_each_chained_quote_its_code_and_the_ranges_place(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    s = _at(text, segs, "on n'est plus seuls le week-end")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "IDE n° 4", "infirmier", "Pays de la Loire")
    s = _at(text, segs, "je sais qui appeler pour les sorties")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "IDE n° 7", "Pays de la Loire")
    assert _at(text, segs, "encore une structure de plus").speaker == "IDE n° 2"


def test_only_a_code_and_its_number_mark():
    assert called_code(" (MG n° 2, rural) ; la suite") == "MG n° 2"
    assert called_code(" (Coord. n° 1).") == "Coord. n° 1"
    assert called_code(" (n° 12, p. 4)") is None  # a journal issue: no abbreviation before the mark
    assert called_code(" (HAS, 2014)") is None
    assert called_code(" selon l'article n° 3") is None  # not a closing parenthesis


# a federation's report: each quote closed by the centre's number, how it is run and the commune,
# nobody's function (s21-segspeak16)
CENTRES = [
    "Enquête 2023 – les centres de santé de la métropole lyonnaise",
    "Douze centres de santé ont répondu à l'entretien complémentaire ; la fonction de la personne interrogée "
    "n'est pas précisée.",
    "« Nous avons deux postes de médecins vacants depuis un an » (CDS n° 3, municipal, Vénissieux).",
]
# other units, another métropole; one closing parenthesis that says who answered
HOUSES = [
    "Focus : les maisons de santé de l'Eurométropole de Strasbourg",
    "Neuf structures ont répondu au questionnaire complémentaire.",
    "« Le loyer a doublé depuis la reprise du bâtiment par la communauté de communes » (MSP n° 2, "
    "pluriprofessionnelle, Illkirch). « On n'a plus de secrétaire le mercredi » (MSP n° 5, associative, "
    "coordinatrice).",
]


def test_a_units_number_without_a_function_says_no_role(gazetteer):
    text, segs = _segment(CENTRES, gazetteer)
    s = _at(text, segs, "deux postes de médecins vacants")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "CDS n° 3", "inconnu", "Auvergne-Rhône-Alpes")
    text, segs = _segment(HOUSES, gazetteer)
    s = _at(text, segs, "Le loyer a doublé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "MSP n° 2", "inconnu")
    # near-miss: the parenthesis names the function, which stays the role
    s = _at(text, segs, "plus de secrétaire le mercredi")
    assert (s.speaker, s.role) == ("MSP n° 5", "coordinateur")
