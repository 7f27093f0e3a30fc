"""A quotation after "Il ajoute :" in a paragraph of minutes opened by the member it quotes,
"Le Dr Audren, médecin généraliste à Plouigneau, rappelle que … Il ajoute : « … »"
(segment/attributions.py, a paragraph's subject); look-alikes: a paragraph opened by a topic, a quotation before
in the same paragraph."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import paragraph_subject
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


MINUTES = [
    "Comité de pilotage de la CPTS du Trégor – 9 février 2023",
    "Présents : Dr L. Morvan ; Mme S. Guillou ; M. J. Le Bras.",
    "Mme Guillou (pharmacienne titulaire à Lannion) présente le bilan des gardes de l'hiver et regrette la faible participation des officines rurales. Elle ajoute : « sans un planning partagé, chaque week-end se négocie au téléphone la veille »",
    "Le Dr Morvan, médecin généraliste à Perros-Guirec, rappelle que le projet de santé arrive à échéance. Il précise : « il faudra réécrire les fiches actions avant l'été, sinon nous perdrons le financement »",
    "Le budget de l'année est adopté à l'unanimité. Il prévoit : « une enveloppe de 12 000 euros pour la coordination »",
]


def test_the_paragraphs_subject_speaks(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    s = _at(text, segs, "sans un planning partagé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Guillou", "pharmacien")
    s = _at(text, segs, "il faudra réécrire les fiches actions")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Morvan", "medecin_generaliste")
    assert _at(text, segs, "une enveloppe de 12 000 euros").kind != "verbatim"  # a budget, no person


def test_paragraph_subject(gazetteer):
    lead = "M. Quéré (conseiller départemental, canton de Carhaix) demande si la CPTS pourra suivre. Il précise : "
    assert paragraph_subject(lead, gazetteer)["speaker"] == "M. Quéré"
    assert paragraph_subject("Le Dr Y. Audren rappelle que tout va bien. Il ajoute : ", gazetteer)["speaker"] == "Dr Audren"
    assert paragraph_subject("Le budget est adopté. Il prévoit : ", gazetteer) is None
    # a quotation earlier in the paragraph: the pronoun continues that one, left to its reader
    assert paragraph_subject("Mme Guillou dit : « oui ». Elle ajoute : ", gazetteer) is None
