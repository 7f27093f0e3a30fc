"""A quotation introduced by the agent of a participle, "Photo 14 (un pont), choisie par une
aide-soignante : « … »" (segment/agent_leads.py); look-alikes: a body as the agent, a participle
whose agent is not followed by the quotation."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.agent_leads import agent_lead

WORKSHOP = [
    "Atelier cartes postales – Maison de santé de Vitré, 3 mars 2023",
    "Carte 5 (un phare), choisie par une infirmière libérale : « Pour moi la CPTS c'est ça, on sait où appeler quand on est perdu. »",
    "Post-it rédigé par un pharmacien d'officine : « On voudrait être prévenus des sorties d'hôpital avant le patient. »",
    "Le projet de santé, porté par la CPTS du pays de Vitré : « Améliorer l'accès aux soins non programmés. »",
]


def test_the_agent_speaks(gazetteer):
    text, segs = _segment(WORKSHOP, gazetteer)
    s = _at(text, segs, "on sait où appeler quand on est perdu")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "infirmier")
    s = _at(text, segs, "prévenus des sorties d'hôpital")
    assert (s.kind, s.role) == ("verbatim", "pharmacien")
    assert _at(text, segs, "Améliorer l'accès aux soins non programmés").kind != "verbatim"  # a body's project, no participle of the list


def test_agent_lead_only_right_before_the_quotation():
    assert agent_lead("Photo 14 (un pont), choisie par une aide-soignante de l'EHPAD : ") == "une aide-soignante de l'EHPAD"
    assert agent_lead("Photos choisies par les participants puis commentées en groupe. ") is None  # no colon
    assert agent_lead("La photo choisie par le groupe montre un pont, ") is None
