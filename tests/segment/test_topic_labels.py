"""A topic label naming a profession before a quotation whose incise names the person by a word
that says no profession (segment/topic_labels.py): "Côté pharmaciens : « … », insiste une titulaire
du centre-ville." Look-alikes: a label naming no profession, a document after the quotation."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.topic_labels import someone, topic_role

NEWSLETTER = [
    "Renouvellements en officine : regards croisés",
    "Depuis janvier, les pharmaciens peuvent renouveler certains traitements chroniques pour trois mois.",
    "Côté médecins : « Ça me soulage en juillet, quand je suis seul sur le plateau », explique un généraliste "
    "du plateau.",
    "Côté pharmaciens : « On ne fait pas de la médecine, on évite juste une rupture de traitement », insiste une "
    "titulaire du centre-ville.",
    "Côté calendrier : « Le dispositif sera évalué avant la fin de l'année par les deux ordres », précise le "
    "communiqué de l'agence.",
    "Côté infirmiers : « La liste des traitements concernés sera publiée par arrêté avant l'été », précise le "
    "communiqué de l'agence.",
]


def test_the_topic_label_gives_the_role_of_the_person_after_the_quotation(gazetteer):
    text, segs = _segment(NEWSLETTER, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "On ne fait pas de la médecine")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "pharmacien")
    g = _at(text, segs, "Ça me soulage en juillet")
    assert (g.kind, g.role) == ("verbatim", "medecin_generaliste")  # the incise's own profession
    # a label of no profession, a press release after the quotation: no one speaks
    assert _at(text, segs, "Le dispositif sera évalué").kind == "narrative"
    assert _at(text, segs, "La liste des traitements concernés").kind == "narrative"


def test_topic_role():
    assert topic_role("Côté pharmaciens : ") == ("pharmaciens", "pharmacien")
    assert topic_role("Du côté des infirmiers : ") == ("infirmiers", "infirmier")
    assert topic_role("Côté calendrier : ") is None  # no profession
    assert topic_role("Côté pharmaciens, les avis divergent : ") is None  # the label does not end the lead-in
    assert someone("une titulaire du centre-ville") and not someone("le communiqué de l'agence")
