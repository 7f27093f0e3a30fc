"""The capacity a quotation's lead-in says its speaker speaks in (segment/capacity_leads.py): "en
tant qu'élue communautaire" gives a nurse who sits on a council the role of an elected member there;
look-alikes: a capacity naming no role of the vocabulary, a capacity said in an earlier sentence."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.capacity_leads import capacity

MEMOIR = [
    "4. La maison de santé et l'intercommunalité",
    "Mme Odile Verrier, infirmière libérale à Juigné, siège au conseil communautaire depuis 2020.",
    "Mme Verrier a pris part au débat en tant qu'élue communautaire, et non comme associée, ce qu'elle a tenu à "
    "préciser :",
    "« Au conseil, je défends le bâtiment pour tout le territoire, pas pour mes collègues de la maison de santé. »",
    "Plus tard, au cabinet, Mme Verrier a évoqué ses tournées. Elle a ajouté :",
    "« Je fais cinquante kilomètres chaque matin, et personne ne compte ce temps-là dans nos actes. »",
]


def test_a_capacity_names_a_role_of_the_vocabulary():
    assert capacity("Elle a pris la parole en tant qu'élue communautaire, et non comme associée :") == "élue communautaire"
    assert capacity("Il intervient en tant que père de famille :") == ""  # no role of the vocabulary


def test_the_capacity_in_the_lead_gives_the_role_at_that_point(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je défends le bâtiment pour tout le territoire")
    assert (s.kind, s.role) == ("verbatim", "elu")
    s = _at(text, segs, "Je fais cinquante kilomètres chaque matin")
    assert (s.kind, s.role) == ("verbatim", "infirmier")  # her trade where the lead says no capacity
