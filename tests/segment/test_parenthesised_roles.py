"""A speaker label with the person's role in parentheses on a line of its own above the words:
"Julie (IDE)", "Marc (médecin généraliste)" (corpus/segment/parenthesised_roles.py, read by
own_line_labels.py). Session 10 (seggen10): the perturbation benchmark's label_bold_para row
("Julie (IDE) : …" → "Julie (IDE)" in bold above the words) lost these turns."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.own_line_labels import label_line
from corpus.segment.parenthesised_roles import parenthesised_role


@pytest.mark.parametrize("body, expected", [
    ("Julie (IDE)", ("Julie", "IDE")),
    ("Marc (médecin généraliste)", ("Marc", "médecin généraliste")),
    ("SANDRINE (IDEL)", ("SANDRINE", "IDEL")),
    ("Annexe (suite)", ("Annexe (suite)", "")),  # a heading's parenthesis names no role
    ("Mardi (matin)", ("Mardi (matin)", "")),
])
def test_parenthesised_role(body, expected):
    assert parenthesised_role(body) == expected


def test_label_line_reads_the_role_in_parentheses():
    assert label_line("Julie (IDE)") == ("Julie", "IDE")
    assert label_line("Annexe (suite)") is None  # still closed by a parenthesis: no label


FOCUS = ["Annexe 4 : extrait du groupe focal n°2",
         "Modératrice",
         "Qu'est-ce que la communauté a changé pour vous ?",
         "Julie (IDE)",
         "Pour moi, surtout les liens avec la pharmacie du bourg.",
         "Marc (MG)",
         "Oui, et les protocoles de soins non programmés, ça nous a libéré du temps.",
         "Julie (IDE)",
         "Même si on les utilise encore peu, il faut le dire.",
         "Modératrice",
         "Pourquoi ?",
         "Marc (MG)",
         "Parce que personne n'a vraiment pris le temps de les présenter aux patients."]


def test_turns_under_labels_with_a_role_in_parentheses(gazetteer):
    text, segs = segment_lines(FOCUS, gazetteer)
    seg = segment_at(text, segs, "Pour moi, surtout")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Julie", "infirmier")
    seg = segment_at(text, segs, "Oui, et les protocoles")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Marc", "medecin_generaliste")
    # the words right under the label are its turn even when they do not say "je" or "on"
    assert segment_at(text, segs, "Parce que personne").kind == "turn"
    assert segment_at(text, segs, "Pourquoi ?").kind == "moderator"


def test_a_timetable_with_parenthesised_days_gives_no_turn(gazetteer):
    # look-alike: lines closed by a parenthesis that names no role, above the activity
    lines = ["Programme de la semaine",
             "Lundi (matin)", "Réunion de l'équipe de coordination.",
             "Mardi (matin)", "Visite des maisons de santé du secteur nord.",
             "Lundi (matin)", "Bilan de la semaine précédente.",
             "Mardi (matin)", "Formation des nouveaux adhérents."]
    text, segs = segment_lines(lines, gazetteer)
    assert all(s.kind not in ("turn", "moderator", "verbatim") for s in segs)
