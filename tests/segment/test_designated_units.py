"""References that name the unit a quotation came from, a pharmacy, a practice or a drawing,
rather than a person's code (segment/designated_units.py): "« … » (Officine C, titulaire)",
"(carte n° 7, infirmière, Peyrelevade)". Look-alikes: a reference to a map or a figure, a
practice named without a letter, a table of pharmacies without quotations, a map's title in
guillemets."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.designated_units import designated_unit


def test_a_unit_and_its_letter_or_number_is_the_speaker():
    assert designated_unit("carte n° 7, infirmière, Peyrelevade", "") == ("Carte n° 7", "infirmière, Peyrelevade")
    assert designated_unit("Officine E", "") == ("Officine E", "")
    assert designated_unit("Cabinet B, secrétaire médicale", "") == ("Cabinet B", "secrétaire médicale")


def test_two_functions_for_one_unit_keep_the_function_in_the_speaker():
    text = "« … » (Officine C, titulaire)\n« … » (Officine C, préparatrice)\n« … » (Officine A, titulaire)\n"
    assert designated_unit("Officine C, préparatrice", text) == ("Officine C, préparatrice", "préparatrice")
    assert designated_unit("Officine A, titulaire", text) == ("Officine A", "titulaire")


@pytest.mark.parametrize("attr", ["voir carte n° 3", "cabinet médical, Guéret", "officine de quartier",
                                  "Officine centrale, 2019", "carte 2 et 3", "Martin, 2019", "figure 4"])
def test_references_that_designate_no_unit(attr):
    assert designated_unit(attr, "") is None


def test_a_pharmacy_thesis_quoting_by_pharmacy(gazetteer):
    lines = ["Six officines du Lot ont participé ; chacune est désignée par une lettre.",
             "Officine | Commune | Milieu",
             "B | Cahors | urbain",
             "D | Figeac | rural",
             "« Pendant le confinement, on faisait les tests sur le parking, je connaissais tout le monde. » "
             "(Officine B, titulaire)",
             "« Moi je préparais les piluliers des patients du cabinet infirmier d'en face. » (Officine B, adjointe)",
             "« On appelle le médecin directement, il nous répond entre deux consultations. » (Officine D)",
             "Figure 2. Carte n° 3 : « la pharmacie au centre du village » (titre des auteurs)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    first = _at(text, segs, "on faisait les tests sur le parking")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "Officine B, titulaire", "pharmacien")
    assert _at(text, segs, "je préparais les piluliers").speaker == "Officine B, adjointe"
    third = _at(text, segs, "On appelle le médecin directement")
    assert (third.kind, third.speaker, third.role) == ("verbatim", "Officine D", "pharmacien")
    assert _at(text, segs, "la pharmacie au centre du village").kind == "narrative"
    assert _at(text, segs, "B | Cahors | urbain").kind == "narrative"


def test_a_table_of_pharmacies_without_quotations_has_no_speech(gazetteer):
    lines = ["Tableau 3. Officines de l'échantillon",
             "Officine A (Cahors) : deux pharmaciens, une préparatrice.",
             "Officine B (Figeac) : un titulaire seul.",
             "Les officines rurales ouvrent moins de six jours sur sept (Officine B)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert all(s.kind not in ("verbatim", "turn") for s in segs)
