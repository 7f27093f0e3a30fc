"""The writers' own formula in guillemets ("Notre message reste le même : « Appelez avant de vous
déplacer »", segment/field_labels.py own_formula) is no one's words. Near-miss kept: a person's
"Son message : « … »" (possessive of a third person) and a quotation led by a person."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

POST = [
    "La CPTS du Val de Saône ouvre ses créneaux de soins non programmés",
    "Publié par : l'équipe de coordination, le 4 avril 2024",
    "Nous avons ouvert dix créneaux par jour avec les médecins volontaires du territoire. Notre mot "
    "d'ordre ne change pas : « Un appel avant chaque déplacement ».",
    "Le Dr Anne Petit, médecin généraliste à Mâcon, résume : « Les patients ont vite compris le principe. »",
]


def test_own_slogan_is_no_verbatim_a_person_still_is(gazetteer):
    text, segs = _segment(POST, gazetteer, doc={"kind": "communication"})
    assert _at(text, segs, "Un appel avant chaque déplacement").kind == "narrative"
    s = _at(text, segs, "Les patients ont vite compris")
    assert (s.kind, s.role) == ("verbatim", "medecin_generaliste")
