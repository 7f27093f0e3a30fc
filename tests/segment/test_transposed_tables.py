"""A participants' table with the codes as columns (segment/transposed_tables.py); look-alikes:
the usual table with the codes in rows, a header row of words."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.transposed_tables import transposed_participants

TABLE = ["Tableau 1 – Caractéristiques des participants",
         "Code | P1 | P2 | P3 | P4",
         "Profession | MG | IDEL | MG | Pharmacien",
         "Âge | 34 | 52 | 61 | 45",
         "Département | Nièvre | Yonne | Nièvre | Yonne"]


def test_each_column_describes_its_code():
    assert transposed_participants(TABLE) == {"P1": "MG, 34, Nièvre", "P2": "IDEL, 52, Yonne",
                                              "P3": "MG, 61, Nièvre", "P4": "Pharmacien, 45, Yonne"}


@pytest.mark.parametrize("lines", [
    ["Code | Profession | Âge", "P1 | MG | 34", "P2 | IDEL | 52"],  # codes in rows: read elsewhere
    ["Critère | Nièvre | Yonne", "Médecins | 12 | 9"],  # a header of places
    ["Code | P1 | P1", "Profession | MG | IDEL"],  # a code twice
])
def test_look_alike_tables(lines):
    assert transposed_participants(lines) == {}


def test_the_quotes_closed_by_a_code_take_its_column(gazetteer):
    lines = TABLE + ["Tous les participants placent le médecin traitant au centre du maintien à domicile.",
                     "« Quand le médecin ne passe plus, c'est nous qui le remplaçons sans le dire » (P2).",
                     "« La préparation des piluliers, on la fait à la pharmacie, sans aucune information » (P4)."]
    text, segs = segment_lines(lines, gazetteer)
    for snippet, code, role in (("c'est nous qui le remplaçons", "P2", "infirmier"),
                                ("La préparation des piluliers", "P4", "pharmacien")):
        s = segment_at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", code, role, "Bourgogne-Franche-Comté")


CARD = ["Annexe 4 – Retranscription de l'entretien n° 2",
        "| Code | P2 |",
        "| Fonction | Orthophoniste libérale |",
        "| Commune | Millau |",
        "| Durée | 52 minutes |",
        "Enquêteur : Comment les patients arrivent-ils jusqu'à vous ?",
        "P2 : Par le bouche-à-oreille surtout, et je refuse du monde tous les jours, j'ai huit mois d'attente.",
        "Enquêteur : Et avec les médecins ?",
        "P2 : On s'écrit, mais je ne les ai jamais vus en vrai, c'est ça le plus bizarre."]


def test_an_interview_card_with_one_code_describes_it(gazetteer):
    # s41 (round 84): a card drawn as a table with its outer bars, one row per field
    assert transposed_participants(CARD) == {"P2": "Orthophoniste libérale, Millau, 52 minutes"}
    text, segs = segment_lines(CARD, gazetteer)
    s = segment_at(text, segs, "Par le bouche-à-oreille surtout")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "P2", "autre_paramedical", "Occitanie")


def test_a_two_column_table_whose_first_cell_names_no_code_is_no_card():
    # a table of figures: its first cell is no code header, one value is no participant's column
    assert transposed_participants(["| Indicateur | T1 |", "| Passages | 412 |", "| Hospitalisations | 38 |"]) == {}
