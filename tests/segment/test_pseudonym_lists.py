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


BULLETS = ["Nous avons rencontré cinq femmes suivies en post-partum. Leurs prénoms ont été changés :",
           "• Léonie, 27 ans, premier enfant, Saint-Flour ;",
           "• Maëva, 33 ans, deuxième enfant, Murat ;",
           "• Chloé, 29 ans, premier enfant, Riom-ès-Montagnes.",
           "Le retour à la maison était souvent vécu comme un saut dans le vide. « La première nuit, j'ai "
           "compté les respirations du bébé jusqu'au matin » (Léonie, 27 ans).",
           "Maëva le dit autrement : « Chez nous, c'est ma mère qui a tout fait la première semaine. »"]


def test_a_bulleted_list_of_first_names_with_a_comma(gazetteer):
    # s41 (round 85): "• Mélissa, 28 ans, deuxième grossesse, Saint-Louis ;"
    found = presented_pseudonyms(BULLETS, gazetteer)
    assert [n for n, _, _ in found] == ["Léonie", "Maëva", "Chloé"]
    assert found[0][1] == "27 ans, premier enfant, Saint-Flour"
    text, segs = _segment(BULLETS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "compté les respirations du bébé")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Léonie", "Auvergne-Rhône-Alpes")
    s = _at(text, segs, "c'est ma mère qui a tout fait")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Maëva", "Auvergne-Rhône-Alpes")


def test_a_bulleted_list_of_places_or_things_presents_no_one(gazetteer):
    lines = ["Sites retenus :", "• Aurillac, 3 centres, ouverture 2019 ;", "• Mauriac, 1 centre, ouverture 2021."]
    assert presented_pseudonyms(lines, gazetteer) == []
