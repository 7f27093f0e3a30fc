"""A quotation led by a respondent's number and description, 'Rép. 148 (pharmacienne, Cayenne) :
"…"' (segment/numbered_leads.py): the number speaks; look-alikes: a question's number, a table's,
a lead without the description, a number with no mark."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.numbered_leads import numbered_lead
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


SURVEY = [
    "5.3 Réponses libres à la question 18",
    "212 répondants sur 431 ont répondu à la question ouverte ; nous en reproduisons une sélection.",
    "Rép. 148 (pharmacienne, Cayenne) : « Les patients arrivent avec une ordonnance de l'hôpital et aucun "
    "médecin traitant pour le renouvellement. Je dépanne, mais je n'ai personne à qui les adresser. »",
    "Rép. 311 (masseur-kinésithérapeute, Cayenne) : « Aucun retour des médecins après mes bilans. Je ne sais "
    "même pas s'ils les lisent. »",
]


def test_each_answer_its_respondents_number(gaz):
    text, segs = _segment(SURVEY, gaz)
    s = _at(text, segs, "Les patients arrivent avec une ordonnance")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Rép. 148", "pharmacien", "Guyane")
    s = _at(text, segs, "Aucun retour des médecins")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Rép. 311", "kinesitherapeute")


@pytest.mark.parametrize("before", [
    "Question 18 (ouverte) : ",  # a question's number
    "Tableau 4 (en euros) : ",  # a table's
    "Rép. 148 : ",  # no description
    "148 (pharmacienne, Cayenne) : ",  # no mark
    "Elle cite la rép. 148 (pharmacienne) : ",  # not the line's opening
])
def test_look_alikes_are_no_respondent(before):
    assert numbered_lead(before) is None


def test_the_marks_of_numbered_answers_too():
    assert numbered_lead("Répondante n° 7 (infirmière, Kourou) : ") == "Répondante n° 7"
