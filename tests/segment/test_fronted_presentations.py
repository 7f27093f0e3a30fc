"""A quotation after the sentence presenting its speaker behind a fronted circumstance
(segment/fronted_presentations.py): "À la mairie, l'adjointe chargée des solidarités, Josiane
Mérault, se veut prudente : « … »"; near misses: a fronted phrase before a list of places, a
description naming no one's occupation."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.fronted_presentations import fronted_presentation

ARTICLE = ["Haute-Loire : à Saugues, la maison de santé attend toujours son deuxième médecin",
           "Le cabinet du bourg est fermé depuis juin, et les patients montent au Puy-en-Velay.",
           "À la mairie, l'adjointe chargée des solidarités, Josiane Mérault, se veut prudente : « Nous avons "
           "reçu deux candidatures, mais rien n'est signé. On ne fera pas d'annonce avant l'été. »",
           "Depuis la rentrée, l'infirmière libérale du bourg, Hélène Pradier, tient une permanence le mardi et "
           "constate : « Je vois des gens qui n'ont pas fait de prise de sang depuis deux ans. Je fais ce que je peux. »"]


def test_the_person_presented_behind_a_fronted_circumstance_speaks(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    deputy = _at(text, segs, "reçu deux candidatures")
    assert (deputy.kind, deputy.speaker, deputy.role) == ("verbatim", "Josiane Mérault", "elu")
    nurse = _at(text, segs, "pas fait de prise de sang")
    assert (nurse.kind, nurse.speaker, nurse.role) == ("verbatim", "Hélène Pradier", "infirmier")


def test_look_alikes_present_no_one(gazetteer):
    # a description that says no one's occupation, a list of names, a quotation earlier in the paragraph
    assert fronted_presentation("À Saugues, la place du marché, Jean Roux, est en travaux.", gazetteer) is None
    assert fronted_presentation("Ce jour-là, l'infirmière du bourg, Hélène Pradier, Paul Vidal.", gazetteer) is None
    assert fronted_presentation("À la mairie, « on attend », l'adjointe chargée des solidarités, Josiane Mérault, "
                                "se veut prudente :", gazetteer) is None
    assert fronted_presentation("À la mairie, l'adjointe chargée des solidarités, Josiane Mérault, se veut "
                                "prudente :", gazetteer)["speaker"] == "Josiane Mérault"
    # the presenting sentence may end on a period, the quotation following it
    assert fronted_presentation("Le bourg attend. Depuis la rentrée, l'infirmière libérale du bourg, Hélène Pradier, "
                                "tient une permanence le mardi.", gazetteer)["role"] == "infirmier"
