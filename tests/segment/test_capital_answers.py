"""An interview by e-mail whose answers the interviewee typed IN CAPITALS under each plain question,
no label (segment/set_apart_questions.py, issue #14, round 40): the sender of the e-mail header
above the questions is who answers, described by her signature at the end. Near-miss: a form whose
capital-letter entries answer nobody's e-mail and speak in no one's first person."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.regions import load_gazetteer
from corpus.segment.set_apart_questions import set_apart_questions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _speech(segs):
    return [s for s in segs if s.kind in ("turn", "verbatim")]


# the case
MAIL = [
    "Annexe 6 – Entretien écrit avec la coordinatrice du DAC",
    "Ses réponses, qu'elle a écrites en majuscules sous chaque question, sont reproduites telles quelles.",
    "De : Sophie Carré – À : Louise Mercier – Objet : RE: questions pour mon mémoire – Date : 14 mars 2025, 21:52",
    "1. Pouvez-vous présenter les missions du DAC ?",
    "LE DAC APPUIE LES PROFESSIONNELS POUR LES SITUATIONS COMPLEXES. NOUS NE PRENONS PAS LA PLACE DES ACTEURS.",
    "2. Qui vous sollicite le plus souvent ?",
    "LES INFIRMIÈRES LIBÉRALES ET LES ASSISTANTES SOCIALES DU DÉPARTEMENT.",
    "3. Quelles difficultés rencontrez-vous ?",
    "LE TURN-OVER. ON MONTE UN PLAN D'AIDE ET TROIS SEMAINES APRÈS CE N'EST PLUS LA MÊME AIDE À DOMICILE.",
    "EN SECTEUR RURAL, CERTAINES INTERVENTIONS NE SONT PAS ASSURÉES LE WEEK-END.",
    "Mme Sophie Carré – Coordinatrice, DAC de l'Aisne",
]


def test_capital_answers_are_the_senders_words(gazetteer):
    text, segs = _segment(MAIL, gazetteer)
    s = _at(text, segs, "LE DAC APPUIE")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Sophie Carré", "coordinateur", "Hauts-de-France")
    s = _at(text, segs, "ON MONTE UN PLAN")
    assert s.kind == "turn" and s.char_end > text.index("CERTAINES INTERVENTIONS")  # over two paragraphs
    assert _at(text, segs, "Qui vous sollicite").kind not in ("turn", "verbatim")
    assert _at(text, segs, "sont reproduites telles quelles").kind not in ("turn", "verbatim")


# an unseen variant: a pharmacist in Brittany, unnumbered questions, her sender field a name only
VARIANT = [
    "Annexe 3 – Questionnaire renvoyé par courriel",
    "De : Nadia Le Bihan – À : Tom Guillou – Objet : réponses – Date : 2 avril 2024",
    "Comment avez-vous rejoint la CPTS ?",
    "PAR LE MÉDECIN DU BOURG, IL M'A PROPOSÉ DE VENIR À UNE RÉUNION EN 2021.",
    "Que faudrait-il améliorer ?",
    "LES HORAIRES DES RÉUNIONS, JE FERME L'OFFICINE À 19H30.",
    "Nadia Le Bihan – pharmacienne à Guingamp",
]


def test_an_unseen_variant_with_unnumbered_questions(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "JE FERME L'OFFICINE")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Nadia Le Bihan", "pharmacien", "Bretagne")
    assert _at(text, segs, "PAR LE MÉDECIN DU BOURG").kind == "turn"


def test_a_form_filled_in_capitals_is_no_interview(gazetteer):
    # near miss: capital entries under plain questions, nobody's e-mail, no first person
    lines = ["Fiche de liaison – sortie d'hospitalisation",
             "Quel est le motif d'hospitalisation ?",
             "FRACTURE DU COL DU FÉMUR DROIT OPÉRÉE LE 3 MARS.",
             "Quels soins sont prévus à domicile ?",
             "PANSEMENT TOUS LES DEUX JOURS ET INJECTIONS D'ANTICOAGULANT.",
             "Qui est le médecin traitant ?",
             "DOCTEUR MARTIN À SAINT-AFFRIQUE."]
    assert set_apart_questions(split_lines("\n".join(lines)), None, "") == {}
    text, segs = _segment(lines, gazetteer)
    assert _speech(segs) == []
