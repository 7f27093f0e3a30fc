"""Round-table proceedings labelled "First name SURNAME (function) :" (segment/surname_labels.py):
the function given once, the chair and someone from the floor; look-alikes: a bibliography's
capitals, a single name label, a textbook's role lines."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.surname_labels import surname_speakers

PROCEEDINGS = [
    "Atelier 3 – Le parcours des personnes âgées après l'hospitalisation",
    "La modératrice : Nous commençons par le retour à domicile. Jean-Paul, vous voulez ouvrir ?",
    "Jean-Paul MOREAU (médecin généraliste à Auxerre) : Volontiers. Ce qu'on voit, nous, c'est la sortie le vendredi soir sans compte rendu.",
    "Hélène BERTIN (infirmière coordinatrice du SSIAD de Sens) : Et c'est nous qu'on appelle le samedi matin, sans ordonnance.",
    "Une voix dans la salle : Je suis pharmacienne à Joigny et on vit la même chose au comptoir.",
    "Jean-Paul MOREAU : C'est exactement ça, et on pourrait le régler avec la messagerie sécurisée.",
]


def test_named_turns_with_their_function_once(gazetteer):
    text, segs = _segment(PROCEEDINGS, gazetteer)
    s = _at(text, segs, "la sortie le vendredi soir")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Jean-Paul MOREAU", "medecin_generaliste",
                                                     "Bourgogne-Franche-Comté")
    s = _at(text, segs, "on pourrait le régler avec la messagerie")
    assert (s.kind, s.speaker, s.role) == ("turn", "Jean-Paul MOREAU", "medecin_generaliste")
    assert _at(text, segs, "Nous commençons par le retour").kind == "moderator"
    s = _at(text, segs, "on vit la même chose au comptoir")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "pharmacien")


def test_a_bibliography_in_capitals_is_no_record(gazetteer):
    refs = ["Bibliographie",
            "Anne DURAND (dir.) : Les soins primaires en France, Paris, PUF, 2018.",
            "Marc LEROY (coord.) : La coordination territoriale, Rennes, Presses de l'EHESP, 2020.",
            "Paul VIDAL : Histoire de la médecine générale, Lyon, 2015."]
    assert surname_speakers(split_lines("\n".join(refs)), gazetteer) == {}


def test_one_name_label_or_role_lines_only_change_nothing(gazetteer):
    single = ["Compte rendu", "Claire DUMONT (présidente) : Je vous remercie tous d'être venus ce soir.",
              "La séance est levée à 22 h."]
    assert surname_speakers(split_lines("\n".join(single)), gazetteer) == {}
    textbook = ["Dialogue 1 – À l'accueil", "La secrétaire : Bonjour, vous avez rendez-vous ?",
                "Le patient : Oui, avec le docteur Martin à 10 heures.", "La secrétaire : Votre carte Vitale, s'il vous plaît."]
    assert surname_speakers(split_lines("\n".join(textbook)), gazetteer) == {}
