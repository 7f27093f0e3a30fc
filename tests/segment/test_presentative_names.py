"""A quotation whose paragraph has just named its speaker with a presentative verb
(segment/presentative_names.py): "L'infirmière, justement, s'appelle Sylvie, et elle … « … »".
Look-alikes: a presentative naming a place or a thing, a paragraph that quotes someone before."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.presentative_names import presented_speaker


def test_a_name_after_a_presentative(gazetteer):
    found = presented_speaker("L'infirmière, justement, s'appelle Sylvie, et elle fait les tournées du canton. ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Sylvie", "infirmier")
    # unseen variant: a full name, another presentative, no function
    found = presented_speaker("Au bout du couloir, la nouvelle venue se prénomme Awa Diallo. ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Awa Diallo", "inconnu")


def test_no_person_presented(gazetteer):
    assert presented_speaker("La maison de santé s'appelle Les Tilleuls. ", gazetteer) is None
    assert presented_speaker("Elle s'appelle Sylvie. « Bonjour », dit-elle, ", gazetteer) is None


# a new person between two others' quotations, the next one credited by its incise
PORTRAIT = [
    "À Lormes, la maison de santé tourne enfin",
    "« On a attendu dix ans », résume Paul Girard, maire de Lormes.",
    "Le pharmacien, lui, s'appelle Hugo, et il connaît chaque patient du bourg. « Quand une ordonnance "
    "me paraît bizarre, j'appelle le médecin dans l'heure. »",
    "« Les jeunes médecins viennent parce qu'ils ne sont pas seuls », observe Claire Petit, infirmière à Lormes.",
]


def test_the_presented_person_speaks_not_the_next_one(gazetteer):
    text, segs = _segment(PORTRAIT, gazetteer)
    hugo = _at(text, segs, "Quand une ordonnance")
    assert (hugo.kind, hugo.speaker, hugo.role) == ("verbatim", "Hugo", "pharmacien")
    # near miss: the incise after a quotation names its speaker, whoever the sentence before presents
    lines = PORTRAIT[:2] + ["Le pharmacien, lui, s'appelle Hugo. « On connaît chaque patient du bourg, "
                            "chaque ordonnance », ajoute Paul Girard."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "On connaît chaque patient").speaker == "Paul Girard"
