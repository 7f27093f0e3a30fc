"""Someone of an institution as the subject of an incise, whatever the noun
(segment/institution_members.py): "« … », précise la conseillère de la CPAM de l'Hérault que
nous avons interrogée." Near misses: the institution itself, a head noun with a role of its own."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.institution_members import institution_member


@pytest.mark.parametrize("who, role", [
    ("la conseillère de la CPAM de l'Hérault", "institutionnel_cpam"),
    # unseen: nouns no person list holds
    ("l'agent de la caisse primaire", "institutionnel_cpam"),
    ("une référente du conseil départemental", "institutionnel_autre"),
    # near misses: the institution speaks (its communiqué); the head gives the role itself
    ("la CPAM de l'Hérault", ""),
    ("le maire de Lunel", ""),
    ("la présidente de la CPTS", ""),
])
def test_institution_member(who, role):
    assert institution_member(who) == role


LETTER = [
    "La Lettre de la CPTS du Pays de Lunel – n° 7 – Vos questions",
    "Chaque trimestre, nous répondons aux questions que vous nous envoyez par mail.",
    "Réponse : la CPTS indemnise les réunions sur la base d'un forfait horaire voté en assemblée générale. « Ces "
    "indemnités sont financées par l'accord conventionnel interprofessionnel, elles ne sont pas imposables "
    "différemment de vos honoraires », précise la conseillère de la CPAM de l'Hérault que nous avons interrogée.",
    "« Le mieux est de déclarer ces sommes à part, comme d'habitude », indique la CPAM dans sa foire aux questions.",
]


def test_in_a_newsletter(gazetteer):
    text, segs = _segment(LETTER, gazetteer, doc={"kind": "newsletter"})
    s = _at(text, segs, "Ces indemnités sont financées")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "institutionnel_cpam")
    assert _at(text, segs, "la CPTS indemnise les réunions").kind == "narrative"
    # near miss: the institution's own text
    assert _at(text, segs, "Le mieux est de déclarer").kind not in ("verbatim", "turn")
