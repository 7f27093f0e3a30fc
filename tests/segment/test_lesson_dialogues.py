"""A textbook's model dialogue framed by a lesson's instructions (segment/lesson_dialogues.py);
look-alikes that must not change: an interview whose interviewee says "Écoutez, …", an interview
excerpt titled "Dialogue 1", labelled turns with no instruction near them."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.lesson_dialogues import is_instruction

SPEECH = {"turn", "verbatim", "moderator"}


@pytest.mark.parametrize("text", ["Dialogue 2 – À la pharmacie. Écoutez puis répétez.", "Exercice 4 : complétez le dialogue.",
                                  "Lisez le dialogue à voix haute avec votre voisin.", "Activité 3 – Jouez la scène."])
def test_instructions(text):
    assert is_instruction(text)


@pytest.mark.parametrize("text", ["Écoutez, je vais vous dire une chose.", "Vous lisez les comptes rendus ?",
                                  "Dialogue 1 : extrait de l'entretien avec une infirmière.", "Répétez-moi la question."])
def test_no_instruction(text):
    assert not is_instruction(text)


LESSON = [
    "Module 2 – L'accueil du patient à l'officine",
    "Dialogue 2 – À la pharmacie. Écoutez puis répétez.",
    "La pharmacienne : Bonjour monsieur, vous avez une ordonnance ?",
    "Le client : Oui, la voici. Je voudrais aussi quelque chose pour la toux.",
    "La pharmacienne : Vous toussez depuis combien de temps ?",
    "Le client : Depuis trois jours, surtout la nuit.",
    "Exercice 4 : Jouez la scène avec votre voisin. Changez les symptômes.",
]


def test_model_dialogue_is_nobodys_words(gazetteer):
    text, segs = _segment(LESSON, gazetteer)
    assert {s.kind for s in segs} & SPEECH == set()


INTERVIEW = [
    "Entretien avec une pharmacienne d'officine, Rennes, mars 2021.",
    "Enquêtrice : Comment avez-vous vécu l'arrivée des tests antigéniques ?",
    "Pharmacienne : Écoutez, on a été débordés. On faisait les tests sur le trottoir, je vous le dis franchement.",
    "Enquêtrice : Et avec les médecins du quartier ?",
    "Pharmacienne : On s'appelait tous les jours, c'était nouveau pour nous.",
    "Enquêtrice : Vous lisez les messages de la CPTS ?",
    "Pharmacienne : Oui, tous les soirs.",
]


def test_interview_saying_ecoutez_unchanged(gazetteer):
    text, segs = _segment(INTERVIEW, gazetteer)
    s = _at(text, segs, "Écoutez, on a été débordés")
    assert (s.kind, s.speaker) == ("turn", "Pharmacienne")
    assert _at(text, segs, "Oui, tous les soirs").kind == "turn"
