"""Speakers labelled as departmental bodies by their département number, the way a crisis cell's
minutes report a round of its delegations (s27-segr47a): "DD 59 :" (an ARS departmental
delegation, lang/fr roles.yaml), "SAMU 60 :"; each number names the département, so the région
(lang/fr place_forms.yaml department_number_forms); a numbered label heard once beside a recurring
one of its series is a voice of the round too (segment/recurring_labels.py)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

from corpus.segment.place_forms import department_number
from corpus.segment.roles import normalize_role

# written for this test: a Hauts-de-France cell during a heat wave, not a test document's words
ROUND = [
    "Cellule de veille canicule – conférence téléphonique du 12 juillet, 9 h 30",
    "Animateur : Tour des territoires, rapidement s'il vous plaît.",
    "DD 59 : Deux EHPAD de la métropole lilloise nous signalent des résidents déshydratés, les équipes mobiles y passent ce midi.",
    "DD 62 : Calme sur le littoral, les plans bleus des établissements de Boulogne sont déclenchés.",
    "SAMU 60 : Nous avons eu quarante appels de plus qu'un jour ordinaire, surtout des personnes âgées isolées.",
    "DD 80 : Rien à signaler dans la Somme hors deux fermetures de piscines.",
    "Animateur : Des besoins en brumisateurs pour demain ?",
    "DD 59 : Oui, l'hôpital de Roubaix en demande une centaine pour ses couloirs.",
    "Décision : une commande groupée est passée par la préfecture.",
]


def test_a_round_of_departmental_bodies_by_number(gazetteer):
    text, segs = _segment(ROUND, gazetteer)
    expected = {"Deux EHPAD de la métropole": ("DD 59", "institutionnel_ars"),
                "Calme sur le littoral": ("DD 62", "institutionnel_ars"),
                "quarante appels de plus": ("SAMU 60", "hospitalier"),
                "Rien à signaler dans la Somme": ("DD 80", "institutionnel_ars"),
                "en demande une centaine": ("DD 59", "institutionnel_ars")}
    for snippet, (speaker, role) in expected.items():
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", speaker, role, "Hauts-de-France"), snippet
    assert _at(text, segs, "Des besoins en brumisateurs").kind == "moderator"
    assert _at(text, segs, "une commande groupée").kind == "narrative"


def test_the_number_names_the_departement_and_the_letters_the_body():
    assert department_number("DD 58") == "58"
    assert department_number("SAMU 21") == "21"
    assert department_number("CPAM 29") == "29"  # the bodies listed before
    assert normalize_role("DD 58") == "institutionnel_ars"
    # "DD" alone is no delegation (a hard disk, sustainable development): the number makes it one
    assert normalize_role("DD") != "institutionnel_ars"
    assert normalize_role("le DD externe de 500 Go") != "institutionnel_ars"
    assert department_number("la salle 21") == ""


# a near-miss: a stock table of the same labels, no one speaking (quantities, not turns)
STOCKS = [
    "Tableau de suivi des livraisons de masques, semaine 14",
    "DD 58 : 3 000 masques chirurgicaux livrés le 2 avril.",
    "DD 90 : 1 200 masques FFP2 livrés le 3 avril.",
    "DD 58 : 500 surblouses livrées le 4 avril.",
    "DD 39 : livraison reportée au 7 avril.",
    "Total de la semaine : 4 700 articles.",
]


def test_a_stock_table_by_delegation_is_no_round(gazetteer):
    text, segs = _segment(STOCKS, gazetteer)
    assert speech(segs) == []
