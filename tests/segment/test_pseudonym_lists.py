"""Informants presented once in a list of pseudonyms, "Sigma — sage-femme libérale, Réunion
(Saint-Paul)", then quoted inline after a sentence naming them (segment/pseudonym_lists.py).
Look-alikes: a glossary of terms set the same way, a single such line, a lead-in naming two of
them, a lead-in that names one without introducing the quote."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.pseudonym_lists import presented_pseudonyms, pseudonym_in_lead

MEMOIR = [
    "Présentation des personnes interrogées",
    "Sigma — sage-femme libérale, Réunion (Saint-Paul).",
    "Oméga — médecin généraliste, Mayotte (Mamoudzou).",
    "Analyse",
    "Le lien avec la maternité reste fragile. Sigma le dit sans détour : « On apprenait les sorties de "
    "maternité par les patientes elles-mêmes, jamais par l'hôpital. »",
    "Pour Oméga, tout dépend du réseau : « Quand on connaît la pharmacienne, on trouve une solution en dix minutes. »",
]


def test_quotes_named_by_a_listed_pseudonym_are_theirs(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer)
    s = _at(text, segs, "On apprenait les sorties de maternité")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sigma", "sage_femme", "La Réunion")
    s = _at(text, segs, "Quand on connaît la pharmacienne")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Oméga", "medecin_generaliste", "Mayotte")
    assert _at(text, segs, "sage-femme libérale, Réunion").kind == "narrative"


@pytest.mark.parametrize("lines", [
    # a glossary: terms, not people
    ["Glossaire", "Régulation — tri des appels par un médecin.", "Astreinte — période de disponibilité."],
    # one line is no list
    ["Sigma — sage-femme libérale, Réunion (Saint-Paul).", "La suite du mémoire."],
])
def test_lines_that_present_no_informants(lines, gazetteer):
    assert presented_pseudonyms(lines, gazetteer) == []


def test_a_lead_in_names_one_listed_pseudonym_and_introduces_the_quote():
    listed = ["Sigma", "Oméga"]
    assert pseudonym_in_lead("Sigma le dit sans détour : ", listed) == "Sigma"
    assert pseudonym_in_lead("Sigma et Oméga s'accordent : ", listed) == ""  # two people
    assert pseudonym_in_lead("Le cas de Sigma est différent, la maternité étant ", listed) == ""  # no colon, no verb
    assert pseudonym_in_lead("Sigmaland répond : ", listed) == ""  # not the word
    assert pseudonym_in_lead("Sigma le dit : ", []) == ""
