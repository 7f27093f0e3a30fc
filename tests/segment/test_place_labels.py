"""Focus-group labels made of a profession and a town (segment/place_labels.py): "IDE Challans :",
"Kiné Les Herbiers :" give the turn its role and region; look-alikes: a civility and a name
("Dr Célestine :"), a tally of figures ("IDE Challans : 12 %"), a single such line."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.place_labels import place_label, place_label_speakers

GROUP = [
    "Groupe d'échange du 14 mars 2022 – extraits. Chacun est désigné par sa profession et sa commune.",
    "Facilitateur : Qu'est-ce qui vous a manqué pendant le premier confinement ?",
    "IDE Fougères : Quelqu'un à qui poser une question. On recevait trois protocoles par semaine.",
    "MG Vitré : Chez nous c'était l'inverse, on avait l'information mais pas les bras.",
    "Kiné Saint-Malo : Nous, on a été oubliés, les cabinets ont fermé du jour au lendemain.",
    "Facilitateur : Et la CPTS, elle est arrivée quand ?",
    "Pharma Vitré : Après. Pour la vaccination, là oui.",
    "Tous (rires) : La vaccination, c'est là.",
]


def test_profession_and_town_labels_give_role_and_region(gazetteer):
    text, segs = _segment(GROUP, gazetteer)
    expected = {"Quelqu'un à qui poser": ("IDE Fougères", "infirmier"), "Chez nous c'était": ("MG Vitré", "medecin_generaliste"),
                "Nous, on a été oubliés": ("Kiné Saint-Malo", "kinesitherapeute"), "Pour la vaccination": ("Pharma Vitré", "pharmacien")}
    for snippet, (speaker, role) in expected.items():
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", speaker, role, "Bretagne")
    assert _at(text, segs, "Et la CPTS, elle est arrivée").kind == "moderator"
    together = _at(text, segs, "La vaccination, c'est là")
    assert (together.kind, together.speaker) == ("turn", "")


@pytest.mark.parametrize("line", ["Dr Célestine : À trouver un médecin quand le vôtre est absent.",
                                  "IDE Challans : 12 % des patients sans médecin traitant.",
                                  "Objectif Vitré : ouvrir une maison de santé en 2024."])
def test_look_alikes_are_no_place_label(line, gazetteer):
    assert place_label(line, gazetteer) is None


def test_one_such_line_makes_no_group(gazetteer):
    lines = split_lines("Le bilan a été présenté en mars.\nIDE Challans : le cabinet reste ouvert le samedi.\n"
                        "La séance a été levée à midi.\n")
    assert place_label_speakers(lines, gazetteer) == {}
