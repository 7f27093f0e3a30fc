"""A quotation led by a respondent's number and description, 'Rép. 148 (pharmacienne, Cayenne) :
"…"' (segment/numbered_leads.py): the number speaks; look-alikes: a question's number, a table's,
a lead without the description, a number with no mark."""

from __future__ import annotations

import pytest

from corpus.segment.numbered_leads import numbered_lead

SURVEY = [
    "5.3 Réponses libres à la question 18",
    'La question 18 était formulée ainsi : "Quelles difficultés rencontrez-vous pour orienter vos patients ?". '
    '212 répondants sur 431 y ont répondu ; nous en reproduisons une sélection.',
    'Rép. 148 (pharmacienne, Cayenne) : "Les patients arrivent avec une ordonnance de l\'hôpital et aucun '
    'médecin traitant pour le renouvellement. Je dépanne, mais je n\'ai personne à qui les adresser."',
    'Rép. 311 (masseur-kinésithérapeute, Cayenne) : "Aucun retour des médecins après mes bilans. Je ne sais '
    'même pas s\'ils les lisent."',
]


def test_each_answer_its_respondents_number(tmp_path):
    # typeset and extracted like a survey report (a bold heading above the answers)
    import heldout

    spec = {"doc": {"doc_id": "t_rep", "kind": "rapport", "region": "", "place": ""},
            "pages": [[["bold", "Enquête auprès des professionnels de santé libéraux de Guyane – 2023"],
                       ["bold", SURVEY[0]], *[["", t] for t in SURVEY[1:]]]]}
    _, segs = heldout.segment_document(spec, tmp_path)
    s = next(x for x in segs if "Les patients arrivent" in x["text"])
    assert (s["kind"], s["speaker"], s["role"], s["region"]) == ("verbatim", "Rép. 148", "pharmacien", "Guyane")
    s = next(x for x in segs if "Aucun retour des médecins" in x["text"])
    assert (s["kind"], s["speaker"], s["role"]) == ("verbatim", "Rép. 311", "kinesitherapeute")


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
