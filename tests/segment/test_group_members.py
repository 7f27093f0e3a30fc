"""Participant codes that restart in each focus group (segment/group_members.py): the methods'
per-group lines "Groupe 2 (Mâcon, Saône-et-Loire) : P1 sage-femme ; …" and composite codes after
the quotes "« … » [FG2, P1]", so that the same "P1" is two people. Look-alikes: a composite code
whose member no line describes, a group line that lists themes not people, a bracket that holds
a reference."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.group_members import group_member, group_members

ARTICLE = [
    "Matériel et méthode",
    "Deux groupes focalisés ont réuni des professionnels de deux communautés.",
    "Groupe 1 (Dijon, Côte-d'Or) : P1 pharmacienne ; P2 médecin généraliste ; P3 infirmier libéral.",
    "Groupe 2 (Mâcon, Saône-et-Loire) : P1 sage-femme ; P2 masseur-kinésithérapeute ; P3 coordinatrice.",
    "Résultats",
    "Le premier groupe insiste sur la continuité : « Le week-end, on se relayait pour ouvrir une officine. » [FG1, P1]",
    "À Mâcon, la même question reçoit une autre réponse : « On suivait les mamans par téléphone, c'était tout. » [FG2, P1]",
]


def test_a_composite_code_is_the_member_its_group_line_describes(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    s = _at(text, segs, "Le week-end, on se relayait")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "FG1, P1", "pharmacien", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "On suivait les mamans par téléphone")
    assert (s.kind, s.speaker, s.role, s.place) == ("verbatim", "FG2, P1", "sage_femme", "Mâcon")
    assert _at(text, segs, "Deux groupes focalisés ont réuni").kind == "narrative"


def test_members_are_read_per_group(gazetteer):
    members = group_members(ARTICLE, gazetteer)
    assert members[("1", "P1")]["role"] == "pharmacien"
    assert members[("2", "P1")]["role"] == "sage_femme"
    assert members[("2", "P3")]["region"] == "Bourgogne-Franche-Comté"


@pytest.mark.parametrize("line", [
    # themes, not people
    "Groupe 1 (Dijon) : T1 organisation ; T2 financement ; T3 outils numériques.",
    # one member only: no list
    "Groupe 3 : P1 médecin généraliste.",
    # a results line, not a list of members
    "Groupe 2 : les participants ont surtout parlé des gardes.",
])
def test_lines_that_list_no_members(line, gazetteer):
    assert group_members([line], gazetteer) == {}


def test_composite_codes_the_document_does_not_describe(gazetteer):
    members = group_members(ARTICLE, gazetteer)
    assert group_member("FG3, P1", members) is None  # no third group
    assert group_member("FG1, P7", members) is None  # no seventh member
    assert group_member("Dupont, 2019", members) is None  # a reference
    assert group_member("FG1, P1", {}) is None
    assert group_member("FG1-P2", members)["role"] == "medecin_generaliste"
