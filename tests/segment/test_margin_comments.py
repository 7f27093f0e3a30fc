"""A word processor's margin comments printed between a transcript's turns ("Commentaire [AS1] :
…", segment/transcriber_notes.py margin_comment): a reader's notes, not turns, even where they
quote the interviewee. Near-misses: a participant labelled by a code in brackets, a label
"Commentaire :" without the commenter's initials and number."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.transcriber_notes import margin_comment

TRANSCRIPT = [
    "Annexe 4 – Entretien avec Mme Guillou, infirmière libérale à Morlaix (version commentée)",
    "Enquêteur : Comment s'organisent vos tournées l'hiver ?",
    "Mme Guillou : On commence à six heures, on finit rarement avant vingt heures, et le week-end on se "
    "relaie à deux cabinets.",
    "Commentaire [YB1] : bonne relance possible sur le week-end, ne pas la laisser passer.",
    "Enquêteur : Et avec les médecins du secteur ?",
    "Mme Guillou : On a une messagerie commune, c'est ce qui a tout changé pour nous.",
    "Remarque [KL2] : elle dit « tout changé » : à comparer avec l'entretien 3.",
    "Enquêteur : Merci beaucoup.",
]


def test_margin_comments_are_no_turns(gazetteer):
    text, segs = _segment(TRANSCRIPT, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "bonne relance possible sur le week-end").kind == "narrative"
    assert _at(text, segs, "à comparer avec l'entretien 3").kind == "narrative"
    s = _at(text, segs, "On a une messagerie commune")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Guillou", "infirmier")
    assert "à comparer" not in s.text
    assert not any(s.speaker in ("Commentaire", "Remarque") for s in segs)


@pytest.mark.parametrize("text", ["Commentaire [AS1] : bien, mais relancer", "Remarque [KL12]: à comparer",
                                  "Note [B3] : voir l'entretien 2"])
def test_margin_comment_shapes(text):
    assert margin_comment(text)


@pytest.mark.parametrize("text", ["[P3] : on n'a pas de médecin", "Commentaire : le patient dit « non »",
                                  "Commentaire libre [facultatif] : …", "Commentaire [AS1] sans deux-points"])
def test_not_margin_comments(text):
    assert not margin_comment(text)
