"""A survey report's free-text answers opened by the respondent's number, description in
parentheses and a colon (segment/numbered_answers.py): "n° 112 (pharmacienne, Corse-du-Sud) : …";
look-alikes: a report's own "Question 14 :" / "Lecture :", a reference "n° 45 (2021) : 12-18",
a single numbered line, an answer already in guillemets."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.numbered_answers import numbered_answer_speakers, split_at_numbered_answers

SURVEY = [
    "Verbatims de l'enquête",
    "Question 7 : qu'attendez-vous de la communauté professionnelle pour l'an prochain ?",
    "Lecture : les réponses sont citées avec le numéro de questionnaire du répondant.",
    "n° 41 (médecin généraliste, Finistère) : Un annuaire à jour des spécialistes qui acceptent des avis rapides.",
    "n° 58 (sage-femme, Morbihan) : Qu'on nous invite aux réunions, tout simplement.",
    "n° 77 (infirmière libérale, Côtes-d'Armor) : Des protocoles de coopération pour les plaies chroniques.",
    "Ces attentes rejoignent celles exprimées lors des ateliers.",
]


def test_numbered_answers_are_turns_of_their_respondent(gazetteer):
    text, segs = _segment(SURVEY, gazetteer)
    s = _at(text, segs, "Un annuaire à jour des spécialistes")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "41", "medecin_generaliste", "Bretagne")
    s = _at(text, segs, "Qu'on nous invite aux réunions")
    assert (s.speaker, s.role) == ("58", "sage_femme")
    assert _at(text, segs, "Des protocoles de coopération").speaker == "77"
    # the report's own labels stay narrative
    assert _at(text, segs, "qu'attendez-vous de la communauté").kind == "narrative"
    assert _at(text, segs, "les réponses sont citées avec").kind == "narrative"
    assert _at(text, segs, "Ces attentes rejoignent").kind == "narrative"


def test_answers_run_together_by_the_extraction_are_cut_apart():
    joined = ("Lecture : réponses citées telles quelles. n° 41 (médecin généraliste, Finistère) : Un annuaire. "
              "n° 58 (sage-femme, Morbihan) : Qu'on nous invite.")
    out = split_at_numbered_answers(split_lines(joined + "\n"))
    assert [ln.text.strip() for ln in out if ln.text.strip()] == ["Lecture : réponses citées telles quelles.",
                                       "n° 41 (médecin généraliste, Finistère) : Un annuaire.",
                                       "n° 58 (sage-femme, Morbihan) : Qu'on nous invite."]


@pytest.mark.parametrize("lines", [
    # a single numbered line is no list of answers
    ["n° 41 (médecin généraliste, Finistère) : Un annuaire à jour.", "La suite du rapport."],
    # bibliographic references: an issue number, its year in parentheses, the pages
    ["n° 45 (2021) : 12-18.", "n° 46 (2021) : 3-9."],
    # answers already in guillemets are left to the quote rules
    ["n° 41 (médecin, Finistère) : « Un annuaire. »", "n° 58 (sage-femme, Morbihan) : « Des réunions. »"],
    # the report's own labels
    ["Question 7 : qu'attendez-vous ?", "Lecture : les réponses sont citées."],
])
def test_look_alikes_declare_no_speaker(lines):
    declared = numbered_answer_speakers(split_lines("\n".join(lines) + "\n"))
    assert declared == {}
