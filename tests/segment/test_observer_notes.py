"""An observer's notes in italics between a transcript's roman turns (segment/turns.py
_continues_turn): "Arrêt chez M. Santini, 88 ans" is no continuation of the nurse's turn above.
Variant: a teleconsultation observed in a pharmacy, the note after a patient's turn. Near-misses:
a roman paragraph under a turn still carries it on; a transcript set wholly in italics keeps its
turns over several paragraphs."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

CAR = [
    "Annexe 3 – Entretien embarqué avec Paule, infirmière libérale",
    "Moi : Combien de kilomètres vous faites par jour ?",
    "Paule : Entre cent et cent cinquante, ça dépend des villages.",
    "Virages, route de Montegrosso. Arrêt chez M. Santini, 88 ans, injection d'insuline.",
    "M. Santini : Elle est plus fidèle que mon médecin.",
    "Paule : Il exagère, le docteur passe, mais il est débordé.",
    "Retour dans la voiture.",
    "Moi : Et la CPTS, ça change quelque chose pour vous ?",
]


def test_italic_notes_end_the_turn_above(gazetteer):
    text, segs = _segment(CAR, gazetteer, styles=line_styles(CAR, {3, 6}))
    s = _at(text, segs, "Entre cent et cent cinquante")
    assert s.kind == "turn" and "Arrêt chez" not in s.text
    assert _at(text, segs, "Arrêt chez M. Santini").kind == "narrative"
    assert _at(text, segs, "Retour dans la voiture").kind == "narrative"
    assert _at(text, segs, "Elle est plus fidèle").speaker == "M. Santini"


def test_note_after_a_patients_turn(gazetteer):
    lines = [
        "Observation n° 4 – téléconsultation en officine, Romorantin",
        "Médecin : Bonjour monsieur, vous m'entendez bien ?",
        "Patient : Oui, c'est pour mon genou, il gonfle depuis samedi.",
        "Le pharmacien approche la caméra du genou sans attendre la demande.",
        "Pharmacien : Voilà, vous le voyez mieux comme ça, docteur ?",
        "Médecin : Oui, merci. Je vous prescris une radio.",
    ]
    text, segs = _segment(lines, gazetteer, styles=line_styles(lines, {3}))
    assert "caméra" not in _at(text, segs, "il gonfle depuis samedi").text
    assert _at(text, segs, "approche la caméra").kind == "narrative"


def test_roman_and_all_italic_continuations_carry_on(gazetteer):
    lines = [
        "Annexe 2 – Entretien avec Julie, sage-femme",
        "Enquêtrice : Comment s'organisent vos visites ?",
        "Julie : Le matin je fais les consultations au cabinet.",
        "L'après-midi je pars en visite, parfois jusqu'à quarante kilomètres.",
        "Enquêtrice : Et le week-end ?",
        "Julie : Une garde sur quatre.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "L'après-midi je pars").speaker == "Julie"
    text, segs = _segment(lines, gazetteer, styles=line_styles(lines, set(range(1, 6))))
    assert _at(text, segs, "L'après-midi je pars").speaker == "Julie"
