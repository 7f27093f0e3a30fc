"""Interview annexes whose heading describes the interviewee without a name (segment/
described_interviews.py): "Annexe 3 – Entretien avec un masseur-kinésithérapeute libéral (extrait)"
over "Q." / "R." turns. Look-alikes: a heading naming no role ("Entretien avec les élus du
conseil"), a heading that names the person (the interview headers' own), a heading with no
interview opener."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.described_interviews import described_interviewee
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


HEAD = "Annexe 3 – Entretien avec un masseur-kinésithérapeute libéral (extrait)"
ANNEX = [
    HEAD,
    "Entretien réalisé le 4 mars 2023 au cabinet, à Dax, avec un kinésithérapeute installé depuis quinze ans.",
    "Q. Comment avez-vous appris l'existence de la CPTS ?",
    "R. Par un collègue, à une formation. Je ne savais pas du tout ce que c'était.",
    "Q. Et depuis ?",
    "R. Je vais aux réunions quand je peux, surtout pour les sorties d'hospitalisation.",
]


def test_answers_under_a_describing_heading_are_the_described_person(gazetteer):
    text = "\n".join(ANNEX) + "\n"
    structure = [{"char_start": 0, "char_end": len(text), "kind": "body", "heading": HEAD}]
    _, segs = _segment(ANNEX, gazetteer, structure=structure)
    s = _at(text, segs, "Par un collègue, à une formation")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "", "kinesitherapeute", "Nouvelle-Aquitaine")
    assert _at(text, segs, "Je vais aux réunions quand je peux").role == "kinesitherapeute"
    assert _at(text, segs, "Comment avez-vous appris").kind == "moderator"


@pytest.mark.parametrize("heading", [
    "Entretien avec les élus du conseil municipal",  # no role of the vocabulary
    "Entretien avec Mme Durand, pharmacienne",  # a name: the interview headers' own
    "Annexe 4 – Grille d'entretien",  # no opener
    "Un infirmier libéral de Dax",  # no opener
])
def test_headings_that_describe_no_interviewee(heading, gazetteer):
    assert described_interviewee(heading, [], gazetteer) is None


def test_the_region_comes_from_the_description_else_the_lines_below(gazetteer):
    who = described_interviewee("Entretien auprès d'une infirmière libérale de Quimper", [], gazetteer)
    assert (who.who, who.role, who.region) == ("", "infirmier", "Bretagne")
    who = described_interviewee("Entretien avec une sage-femme", ["Réalisé à Lorient en mai 2022."], gazetteer)
    assert (who.role, who.region) == ("sage_femme", "Bretagne")
