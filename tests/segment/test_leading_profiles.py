"""Quotations OPENED by a bracketed profile whose fields a middle dot joins (segment/
leading_profiles.py): "[Libéral · infirmière · Vimeu] « … »". When extraction runs the paragraphs
together each bracket follows the quotation before it, and belongs to the next one. Look-alikes:
a single bracket before a quotation, a bracketed reference ("[voir carte 3]")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.leading_profiles import before_next_lead, document_leads, leading_profile

RUN = ("[Libéral · infirmière · Vimeu] « Quand un médecin part, ce sont nos tournées qui absorbent ses patients. » "
       "[Hospitalier · cadre de santé · Abbeville] « Les sorties du vendredi soir, c'est notre cauchemar. »\n")


def test_each_bracket_belongs_to_the_quotation_it_opens():
    second = RUN.index("« Les sorties")
    assert leading_profile(RUN, second)[0] == "Hospitalier, cadre de santé, Abbeville"
    first_end = RUN.index("» [") + 1
    assert before_next_lead(RUN, first_end, RUN[first_end:RUN.index("\n")]) == " "


def test_one_bracket_or_a_reference_makes_no_convention():
    assert document_leads("[Libéral · infirmière · Vimeu] « Quand un médecin part, on absorbe. »\n") == {}
    assert document_leads("Voir la carte [voir carte 3] « titre » et [tableau 5] « autre titre »\n") == {}


def test_an_observatory_report_with_leading_profiles(gazetteer):
    lines = ["Paroles d'acteurs",
             RUN.rstrip("\n"),
             "[Libéral · médecin généraliste · Amiens] « J'ai refusé vingt nouveaux patients le mois dernier. »",
             "Ces témoignages confirment les indicateurs [voir tableau 5] : la coordination repose sur la bonne volonté."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert (_at(text, segs, "Quand un médecin part").kind, _at(text, segs, "Quand un médecin part").role) \
        == ("verbatim", "infirmier")
    assert _at(text, segs, "Les sorties du vendredi").role == "hospitalier"
    assert _at(text, segs, "J'ai refusé vingt").role == "medecin_generaliste"
    assert _at(text, segs, "Ces témoignages confirment").kind == "narrative"
