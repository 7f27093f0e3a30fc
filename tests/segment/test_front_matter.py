"""Front matter read as the document's body (segmenter.turns_are_body): text before the first
heading is "front" to the structure reader, yet labelled turns or reported words make it the
document (an annex of field notes opening on its first entries before any heading). Look-alike: a
title page with no one's words stays front matter."""

from __future__ import annotations

from corpus.segment.base import split_lines
from corpus.segment.segmenter import turns_are_body

NOTES = ["Annexe 2 – Extraits du journal de terrain (PMI, février 2024)",
         "Lundi 12 février, 7 h 40",
         "Dans la salle d'attente, je m'assois à côté de Zalia, 24 ans, venue pour la vaccination.",
         "Elle me dit : « Ici au moins on te reçoit, même sans carte. »",
         "Vendredi 16 février, 9 h",
         "Consultations prénatales."]


def test_field_notes_before_the_first_heading_are_the_document():
    lines = split_lines("\n".join(NOTES) + "\n")
    kinds = ["front"] * 4 + ["body"] * 2
    assert turns_are_body(kinds, {}, lines) == ["body"] * 6


def test_a_title_page_stays_front_matter():
    page = ["Université de Rouen – Faculté de médecine", "Thèse pour le diplôme d'État de docteur en médecine",
            "Présentée par Camille Martin", "Le médecin traitant face à la fin de vie", "Introduction"]
    lines = split_lines("\n".join(page) + "\n")
    kinds = ["front"] * 4 + ["body"]
    assert turns_are_body(kinds, {}, lines) == kinds
