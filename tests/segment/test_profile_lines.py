"""A quotation's speaker on the paragraph after it, "Praticien E, 52 ans, cabinet individuel,
Haut-Rhin" (segment/profile_lines.py); look-alikes: a table title, a sentence, a line after
narrative prose, a quotation already attributed."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.profile_lines import profile_line
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


THESIS = [
    "3.2 La garde du dimanche vue par les praticiens",
    "Dix chirurgiens-dentistes et deux assistantes dentaires exerçant en Lorraine ont été interrogés en 2023.",
    "« Le dimanche de garde, je vois arriver des gens de tout le secteur qui n'ont pas de dentiste traitant. »",
    "Praticien E, 52 ans, cabinet individuel, Vosges",
    "Les assistantes rencontrées insistent sur l'accueil téléphonique, qu'elles assurent seules :",
    "« Moi je prends les appels, je trie, et le docteur arrive à dix heures, c'est comme ça. »",
    "Assistante B, 44 ans, cabinet de groupe, Épinal",
]


def test_the_profile_line_names_the_quote_above(gaz):
    text, segs = _segment(THESIS, gaz)
    s = _at(text, segs, "Le dimanche de garde")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Praticien E", "autre")
    s = _at(text, segs, "Moi je prends les appels")
    # "Assistante": the document's "assistantes dentaires"
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Assistante B", "autre_paramedical")


@pytest.mark.parametrize("line", [
    "Tableau 4, données 2022 de l'Ordre",  # no age field
    "Praticien E a 52 ans et exerce seul dans les Vosges.",  # a sentence
    "Figure 2, 52 ans de permanence des soins : une histoire.",  # a stop inside
])
def test_look_alikes_are_no_profile_line(line):
    assert profile_line(line) is None


def test_a_profile_line_after_prose_names_no_one(gaz):
    lines = [*THESIS[:2], "La plupart décrivent une garde subie.", "Praticien E, 52 ans, cabinet individuel, Vosges",
             "« Le dimanche de garde, je vois arriver des gens de tout le secteur. »"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Le dimanche de garde").speaker == ""
