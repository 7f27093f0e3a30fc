"""A quotation's speaker presented in the sentence just before it by a name and an apposition
(segment/preceding_sentences.py). Look-alikes: a vox pop's signature "Name, age, job, Town."
before the words, a name with no apposition, an apposition that describes no person."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.preceding_sentences import presented_before
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


PAGE = [
    "Dans le Finistère, la CPTS organise les retours à domicile",
    "« On est prévenus la veille de chaque sortie, et on passe le soir même », explique Anne Le Floch, "
    "infirmière libérale à Quimperlé.",
    "Au bout de sa rue, Marcel, 88 ans, attend la visite du soir. « Avant, je restais trois jours sans "
    "savoir qui viendrait me faire mes piqûres. »",
]


def test_the_person_the_sentence_before_presents_speaks(gazetteer):
    text, segs = _segment(PAGE, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Avant, je restais trois jours")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Marcel", "autre")  # not Anne Le Floch


def test_presented_before_look_alikes(gazetteer):
    found = presented_before("Dans son officine de Brest, Sophie, pharmacienne, range les commandes. ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Sophie", "pharmacien")
    assert presented_before("Yannick, 71 ans, retraité, Quimper. ", gazetteer) is None  # a vox pop's signature
    assert presented_before("Marcel attend la visite du soir. ", gazetteer) is None  # no apposition
    assert presented_before("À Brest, Lorient, Quimper, rien ne change. ", gazetteer) is None  # places, no person
    assert presented_before("Marcel, 88 ans, attend. Puis il ajoute", gazetteer) is None  # not the last sentence
