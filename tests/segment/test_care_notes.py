"""A care record's structured notes (segment/care_notes.py): the patient's words a targeted
nursing note or a SOAP note quotes are data. Look-alikes that must not change: an interview's
"Q : … R : …", a focus group whose participants are coded "D :", "A :", "R :", a patient's words
quoted by an interviewee."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.care_notes import names_a_record, note_lines

SPEECH = {"turn", "verbatim", "moderator"}

NOTES = [
    "Dossier de soins – transmissions du 12 mars, équipe de nuit",
    "Cible : anxiété",
    "D : Mme L. dit : « je n'arrive pas à dormir, j'ai peur pour mon fils ». Agitée, se lève plusieurs fois.",
    "A : Écoute, présence, tisane proposée, information de l'interne de garde.",
    "R : S'est endormie vers 2 h. Dit le matin : « ça va mieux, merci de m'avoir écoutée ».",
]

SOAP = [
    "Note d'évolution (SOAP), consultation de suivi du diabète",
    "S : Le patient rapporte : « je fais plus attention, mais le soir c'est difficile ».",
    "O : HbA1c 7,8 %, poids stable, pieds sans lésion.",
    "A : Équilibre glycémique insuffisant, bonne adhésion au suivi.",
    "P : Renforcement de l'éducation thérapeutique, rendez-vous avec la diététicienne.",
]


@pytest.mark.parametrize("lines", [NOTES, SOAP], ids=["dar", "soap"])
def test_quoted_words_of_care_notes_are_data(lines, gazetteer):
    text, segs = _segment(lines, gazetteer)
    assert {s.kind for s in segs} & SPEECH == set()


def test_the_scheme_must_be_whole_and_in_order():
    assert note_lines(split_lines("\n".join(NOTES))) == {2, 3, 4}
    assert note_lines(split_lines("D : une donnée.\nR : un résultat.")) == set()  # no "A :" between: no note
    assert names_a_record("Les transmissions ciblées") and not names_a_record("Le focus group du 3 mai")


FOCUS = [
    "Focus group avec trois infirmières libérales de la CPTS, Dinan, mai 2021.",
    "Animatrice : Comment vous êtes-vous organisées pendant le premier confinement ?",
    "D : On s'appelait tous les matins, je prenais les patients du secteur nord.",
    "A : Moi je faisais les tests à domicile, on n'avait pas de masques au début.",
    "R : Et on a monté un groupe de messagerie, ça a tout changé pour nous.",
    "Animatrice : Et avec les médecins ?",
    "D : Ça s'est fait petit à petit, on se connaissait déjà un peu.",
]


def test_focus_group_coded_d_a_r_unchanged(gazetteer):
    text, segs = _segment(FOCUS, gazetteer)
    assert _at(text, segs, "On s'appelait tous les matins").kind == "turn"
    assert _at(text, segs, "on a monté un groupe de messagerie").kind == "turn"
