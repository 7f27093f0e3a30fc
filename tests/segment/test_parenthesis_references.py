"""Parentheses after a quotation that name nobody new (segment/parenthesis_references.py):
"(la même)" and "(la même sage-femme, …)" point back at an earlier speaker; "(HAS, 2014)" cites
a body's text. Look-alikes: "(la mère)", a person's profession and a year "(MG, 2021)", an author
and a year of the literature, a parenthesis opening with "même" that is no reference."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.parenthesis_references import cites_a_body, same_speaker

THESIS = [
    "3.4 Le lien avec la pharmacie",
    "La DREES observe que « la délivrance doit être accompagnée d'un conseil adapté à chaque patient » "
    "(DREES, 2019). Les pharmaciens rencontrés décrivent autre chose.",
    "« Le mardi, je prépare les piluliers de douze patients, et l'infirmière passe les prendre à midi. » "
    "(pharmacien, 52 ans, Vannes)",
    "« Si je ne la vois pas le mardi, j'appelle le cabinet, c'est devenu automatique. » (le même)",
    "« De mon côté, je n'ai jamais vu le pharmacien, on communique par cahier. » (infirmière libérale, Lorient)",
    "« On a fini par se rencontrer à la soirée de la CPTS, vingt ans après mon installation. » "
    "(le même pharmacien, en fin d'entretien)",
]


def test_an_anaphoric_parenthesis_takes_the_earlier_speaker(gazetteer):
    text, segs = _segment(THESIS, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Si je ne la vois pas le mardi")
    assert (s.kind, s.role, s.region) == ("verbatim", "pharmacien", "Bretagne")
    s = _at(text, segs, "On a fini par se rencontrer")  # the pharmacist, not the nurse quoted just before
    assert (s.kind, s.role, s.place) == ("verbatim", "pharmacien", "Vannes")


def test_a_body_and_a_year_cite_a_text(gazetteer):
    text, segs = _segment(THESIS, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "la délivrance doit être accompagnée").kind != "verbatim"


def test_parenthesis_look_alikes():
    assert same_speaker("la même") == ""
    assert same_speaker("Id.") == ""
    assert same_speaker("la même sage-femme, plus loin dans l'entretien") == "sage_femme"
    assert same_speaker("la mère, 84 ans") is None
    assert same_speaker("mêmes difficultés en 2021") is None
    assert cites_a_body("HAS, 2014") and cites_a_body("DREES 2021, p. 12")
    assert not cites_a_body("MG, 2021")  # a profession's short form: a person, interviewed in 2021
    assert not cites_a_body("Dupont, 2014")  # the literature: conventions' AUTHOR_YEAR, not a body
    assert not cites_a_body("HAS")  # no year
