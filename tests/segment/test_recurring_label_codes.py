"""Labels in capitals without a separator (segment/recurring_labels.py, caps form) whose code is
compound ("G2-P1", "INF_2") or one capital ("M"): a focus group's transcript where one label
keeps a known shape ("Obs. :"). Look-alikes: a lettered list of recommendations, and prose whose
paragraphs open with "A Paris", "A Lyon"."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.recurring_labels import prefix_of


@pytest.mark.parametrize("line, label", [
    ("G2-P1 Pour moi, c'est le téléphone qui a tout changé.", "G2-P1"),
    ("INF_2 alors au début on n'avait rien du tout", "INF_2"),
    ("M Et aujourd'hui, qu'est-ce qu'il en reste ?", "M"),
    ("E3 Je travaille à Vierzon depuis dix ans.", "E3"),
])
def test_compound_codes_and_one_capital_open_a_caps_label(line, label):
    p = prefix_of(line)
    assert p is not None and (p.label, p.form[2]) == (label, "caps")


FOCUS = [
    "Extrait du groupe focalisé de Montluçon, 3 février 2022. Légende en fin d'annexe.",
    "M Pour commencer, qu'est-ce que la CPTS a changé pour vous pendant l'épidémie ?",
    "G3-P2 Pour moi, c'est le téléphone. J'ai enfin les numéros directs des cabinets.",
    "G3-P5 Moi je dirais la confiance. Au début, on se méfiait les uns des autres.",
    "Obs. : Pardon, vous parlez de la messagerie de la CPTS ?",
    "G3-P5 Oui, celle que tout le monde avait et que personne n'utilisait avant.",
    "M Et aujourd'hui, qu'est-ce qu'il en reste ?",
    "G3-P2 Les tournées partagées. On s'est organisés entre cabinets, et on a continué.",
]


def test_compound_codes_in_capitals_take_turns_beside_a_known_label(gazetteer):
    text, segs = _segment(FOCUS, gazetteer)
    for snippet, code in (("Pour moi, c'est le téléphone", "G3-P2"), ("Moi je dirais la confiance", "G3-P5"),
                          ("Oui, celle que tout le monde", "G3-P5"), ("Les tournées partagées", "G3-P2")):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", code), snippet


LOOK_ALIKES = [
    "Recommandations du groupe de travail",
    "A Former les secrétaires médicales à l'orientation des appels non programmés.",
    "B Mettre en place une messagerie sécurisée commune aux cabinets du territoire.",
    "C Prévoir un temps de coordination rémunéré pour chaque professionnel.",
    "D Evaluer le dispositif au bout d'un an avec les usagers.",
    "L'offre de soins selon les villes",
    "A Paris, les centres de santé ont ouvert des créneaux dédiés dès mars 2020.",
    "En province, les maisons de santé ont pris le relais des cabinets isolés.",
    "A Lyon, on a vu les pharmacies se coordonner avec les infirmières libérales.",
    "A Lille, vous trouviez les tests en officine dès l'automne.",
]


def test_lettered_lists_and_place_openings_give_no_turn(gazetteer):
    text, segs = _segment(LOOK_ALIKES, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "moderator", "verbatim")]
