"""Words given without quotation marks after a person takes the floor, in minutes
(segment/unquoted_speech.py). Look-alikes: reported speech ("indique que …"), a function
without a name ("Le président intervient : …"), a paragraph that quotes the words."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.unquoted_speech import unquoted_speech


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_spans_only_after_a_named_floor_taker():
    chunk = ("Mme Roux prend la parole : Nous manquons de kinés depuis deux ans.\n"
             "Le président intervient : la séance est suspendue dix minutes.\n"
             "M. Faure indique que la commune soutiendra le projet.\n"
             "Le Dr Caron intervient : « Il faut un numéro unique. »\n")
    spans = unquoted_speech(chunk, [(chunk.index("«"), chunk.index("»") + 1)])
    assert [chunk[a:b] for a, b in spans] == ["Nous manquons de kinés depuis deux ans."]


def test_minutes_with_unquoted_speech(gazetteer):
    lines = ["Présents : Mme Hélène Roux, pharmacienne titulaire à Quimper ; M. Yann Faure, adjoint au maire de "
             "Quimper ; Dr Paul Caron, médecin généraliste à Douarnenez.",
             "M. Faure ouvre la séance et rappelle l'ordre du jour.",
             "Mme Roux prend la parole : Depuis l'hiver, nous voyons chaque semaine des patients sans médecin "
             "traitant. Nous renouvelons ce que nous pouvons.",
             "Le Dr Caron indique que deux confrères partiront en retraite l'an prochain.",
             "La séance est levée à 20 h."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "nous voyons chaque semaine des patients")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Hélène Roux", "pharmacien")
    assert _at(text, segs, "deux confrères partiront").kind == "narrative"
    assert _at(text, segs, "ouvre la séance").kind == "narrative"
