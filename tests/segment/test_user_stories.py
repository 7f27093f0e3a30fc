"""User stories of a specification (segment/user_stories.py): "US-n : En tant que <rôle>, je veux
…" items are requirements, not a professional's words; one such sentence in an interview stays."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.user_stories import user_story

BACKLOG = [
    "4. Exigences – Module « Messagerie de coordination »",
    "EX-11 : En tant que masseur-kinésithérapeute, je souhaite recevoir l'ordonnance du médecin afin de préparer la séance.",
    "Critère d'acceptation : le document est lisible sur téléphone.",
    "EX-12 : En tant que pharmacienne, je veux être prévenue d'un changement de traitement.",
    "EX-13 : « En tant qu'infirmier libéral, je dois pouvoir signaler une chute au médecin traitant. »",
]


@pytest.mark.parametrize("line, expected", [
    ("EX-12 : En tant que pharmacienne, je veux être prévenue d'un changement.", True),
    ("« En tant qu'infirmier libéral, je dois pouvoir signaler une chute. »", True),
    ("En tant que pharmacien, je veux dire que la garde nous épuise.", False),  # speech
    ("Je veux, en tant que pharmacien, être prévenu.", False),
])
def test_the_formula(line, expected):
    assert user_story(line) is expected


def test_a_backlogs_stories_are_nobodys_words(gazetteer):
    text, segs = _segment(BACKLOG, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_one_such_sentence_in_an_interview_is_left_alone(gazetteer):
    lines = [
        "Annexe 3 – Entretien avec P2, pharmacienne",
        "E : Qu'attendez-vous de la CPTS ?",
        "P2 : En tant que pharmacienne, je veux être prévenue quand un patient sort de l'hôpital, c'est tout.",
        "E : Et avec les médecins ?",
        "P2 : Ça se passe bien, on s'appelle.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je veux être prévenue quand").kind == "turn"
