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


def _school_interview(between: list[str]) -> list[str]:
    return [
        "Fiche 2 – Les métiers du grand âge (Terminale ST2S, lycée Jean-Rostand, Caen)",
        "Document 2. Interview réalisée au CDI par la classe de Terminale auprès de Yvette Lemarchand, aide-soignante en EHPAD à Bayeux.",
        "Question de Théo : Pourquoi avez-vous choisi ce métier ?",
        "J'ai commencé comme agent de service et j'ai vu que je voulais m'occuper des résidents, pas seulement des chambres.",
        "Question de Lina : Qu'est-ce qui est le plus dur ?",
        "Le manque de temps. Je voudrais m'asseoir avec chacun, et je n'ai parfois que dix minutes pour une toilette.",
        "Question de Théo : Que conseillez-vous à un futur aide-soignant ?",
        "Prenez le temps d'écouter les résidents, même quand le service presse : c'est eux qui vous apprennent le métier.",
        *between,
        "1. Relevez deux difficultés du métier. 2. Complétez : « L'aide-soignante aide le résident à… ».",
    ]


def _demoted(lines: list[str], speech: list[int], headings: set[int]) -> list[str]:
    from corpus.segment.base import Span, split_lines
    from corpus.segment.lesson_dialogues import demote_lesson_dialogues

    text = "\n".join(lines) + "\n"
    tl = split_lines(text)
    spans = [Span(tl[i].start, tl[i].end, "moderator" if lines[i].startswith("Question") else "turn") for i in speech]
    starts = [ln.start for ln in tl]
    out = demote_lesson_dialogues(spans, tl, lambda at: max(i for i, s in enumerate(starts) if s <= at), text, headings)
    return [sp.kind for sp in out]


def test_instructions_under_a_heading_after_an_interview_frame_nothing_above_it():
    """s31-segr55b (round 55's ST2S handout: an interview by pupils, then "Activités" and its
    exercises); unseen: another class, another trade; near miss: the exercises right under the
    last answer, no heading between, frame it as before."""
    lines = _school_interview(["Questions sur le document"])
    assert _demoted(lines, [6, 7], {0, 2, 4, 6, 8}) == ["moderator", "turn"]


def test_near_miss_instructions_right_after_the_answers_still_frame_them():
    lines = _school_interview([])
    assert _demoted(lines, [6, 7], {0, 2, 4, 6}) == ["narrative", "narrative"]
