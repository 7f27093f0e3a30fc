"""A television transcript's captions naming who speaks (segment/lower_thirds.py): the paragraphs
under "SYNTHÉ : Claire Roux, infirmière libérale, Lodève" up to the voice-over's "COMMENTAIRE :" or
a cue "[Musique]" are hers; look-alikes: a single caption, and a caption that names no person
("Bandeau : Les déserts médicaux, un enjeu national")."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH

from corpus.segment.base import split_lines
from corpus.segment.lower_thirds import lower_third_boxes
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


DOC = [
    "Annexe 5 – « Une journée à Aurillac », reportage (26 min), transcription",
    "COMMENTAIRE : Il est huit heures. Sophie commence sa tournée par Jeanne, 91 ans.",
    "SYNTHÉ : Sophie Vidal, infirmière libérale, Aurillac",
    "Jeanne, c'est ma première tous les matins. Si je ne viens pas, personne ne vient.",
    "- Vous avez bien dormi ? - Pas trop, non. - On va regarder ce pansement, alors.",
    "[Musique]",
    "COMMENTAIRE : À midi, Sophie retrouve le médecin du bourg.",
    "SYNTHÉ : Dr Paul Mercier, médecin généraliste, Aurillac",
    "Sans les infirmières, je ne pourrais pas garder ces patients chez eux.",
]


def _boxes(texts, gazetteer):
    lines = split_lines("\n".join(texts) + "\n")
    return {i: (b["speaker"], b["_last"], b["role"], b["region"]) for i, b in
            lower_third_boxes(lines, {0: 0}, gazetteer).items()}


def test_the_words_under_a_caption_are_the_captioned_persons(gazetteer):
    assert _boxes(DOC, gazetteer) == {3: ("Sophie Vidal", 4, "infirmier", "Auvergne-Rhône-Alpes"),
                                      8: ("Dr Paul Mercier", 8, "medecin_generaliste", "Auvergne-Rhône-Alpes")}


def test_a_single_caption_makes_no_transcript(gazetteer):
    assert _boxes(DOC[:6], gazetteer) == {}


def test_captions_naming_no_person_are_not_read(gazetteer):
    texts = ["BANDEAU : Les déserts médicaux, un enjeu national", "Le Cantal a perdu dix médecins en cinq ans.",
             "BANDEAU : La télémédecine, une réponse ?", "Trois cabines ont ouvert en 2022."]
    assert _boxes(texts, gazetteer) == {}
