"""A quotation closing a press piece after "Et de conclure :" (segment/closing_infinitives.py): the
words of the person the piece follows, the first it quotes by name; look-alikes: a lead-in with a
subject, a piece that quoted nobody by name."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.closing_infinitives import closing_infinitive

PIECE = [
    "Il est 21 heures quand Ketty Larcher, infirmière libérale au François depuis quinze ans, prend la route.",
    "« La nuit, on est seules sur les routes, avec le téléphone qui sonne », explique-t-elle en garant sa voiture.",
    "À la pharmacie de garde, Fabrice Jean-Louis, pharmacien titulaire, voit passer les mêmes patients : « Le soir, "
    "les gens viennent chez nous parce que c'est la seule lumière allumée du bourg. »",
    "La communauté professionnelle de territoire a inscrit la permanence des soins dans son projet de santé.",
    "Et de conclure : « On ne demande pas une médaille, on demande que quelqu'un sache qu'on est là. »",
]


def test_the_lead_in_is_the_infinitive_alone():
    assert closing_infinitive("Et de conclure : ")
    assert closing_infinitive("Et d'ajouter : ")
    assert not closing_infinitive("Et de conclure, le maire : ")
    assert not closing_infinitive("Il reste à conclure : ")


def test_the_closing_quote_is_the_first_named_speaker_s(gazetteer):
    text, segs = _segment(PIECE, gazetteer)
    seg = _at(text, segs, "On ne demande pas une médaille")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Ketty Larcher", "infirmier")


def test_nobody_quoted_by_name_before_leaves_it_narrative(gazetteer):
    lines = ["La communauté professionnelle de territoire a inscrit la permanence des soins dans son projet.",
             "Et de conclure : « On ne demande pas une médaille, on demande que quelqu'un sache qu'on est là. »"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "On ne demande pas").kind == "narrative"
