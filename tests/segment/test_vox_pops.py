"""Vox pops (segment/vox_pops.py): "Yannick, 71 ans, retraité, Chaumont. « … »", the town closing
the lead-in gives the region; look-alikes: a lead-in closed by a lower-case word, a town followed by
prose rather than the quotation."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.vox_pops import closing_town

VOX = [
    "Nous avons posé la question au marché de Dole.",
    "Gérard, 68 ans, retraité, Lons-le-Saunier. « Mon médecin est parti l'an dernier, je n'en ai pas retrouvé. »",
    "Sabrina, 34 ans, aide-soignante, Dole. « Je passe par la téléconsultation de la pharmacie, ça dépanne. »",
]


def test_the_closing_town_gives_the_region(gazetteer):
    text, segs = _segment(VOX, gazetteer)
    s = _at(text, segs, "Mon médecin est parti l'an dernier")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Gérard", "Bourgogne-Franche-Comté")


@pytest.mark.parametrize("text, end", [
    ("Gérard, 68 ans, retraité, depuis peu. « … »", len("Gérard, 68 ans, retraité,")),
    ("Gérard, 68 ans, retraité, Dole. Il attend. « … »", len("Gérard, 68 ans, retraité,")),
])
def test_look_alikes_give_no_town(text, end):
    assert closing_town(text, end) == ""


def test_a_town_closing_the_lead_in():
    text = "Gérard, 68 ans, retraité, Lons-le-Saunier. « Mon médecin est parti. »"
    assert closing_town(text, len("Gérard, 68 ans, retraité,")) == "Lons-le-Saunier"
