"""A credit after a dash closing a quotation's paragraph, read as the same credit in parentheses
(corpus/segment/dash_credits.py). Session 9 (seggen9): the perturbation benchmark's
attr_dash_after row ("« … » (X)" → "« … » — X") lost the first-name and line-reference credits."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.dash_credits import fold_dash_credits


def test_a_dash_credit_becomes_a_parenthesis_of_the_same_length():
    text = "« On se parlait le soir, en visio. » — Maëlle, infirmière libérale, pays de Caux"
    folded = fold_dash_credits(text)
    assert folded == "« On se parlait le soir, en visio. » (Maëlle, infirmière libérale, pays de Caux)"
    assert len(folded) == len(text)


@pytest.mark.parametrize("text", [
    "Il a dit « oui » — et puis plus rien pendant des semaines.",  # an incise, no credit
    "« Bilan de l'année » — suite du programme de l'après-midi",  # a programme, no person
    "« Soigner ensemble » — un slogan repris par toutes les CPTS du département",
])
def test_left_alone(text):
    assert fold_dash_credits(text) == text


def test_first_name_and_line_reference_credits_after_a_dash(gazetteer):
    lines = ["Dans le pays de Caux, les soignants décrivent des liens nés pendant la crise.",
             "« Avant le Covid, je ne connaissais le kiné de la vallée que de nom. Avec les visios du soir, on a "
             "fini par se tutoyer. » — Maëlle, infirmière libérale, pays de Caux"]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Avant le Covid, je ne connaissais")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "Maëlle", "infirmier", "Normandie")


def test_a_catchphrase_after_a_lead_in_keeps_its_dash(gazetteer):
    # look-alike: a poster campaign's catchphrase signed by an invented persona, after "Accroche :"
    text = "Accroche : « Mon infirmière connaît mon pharmacien. Et ça change tout. » — Josette, 82 ans, vit seule à Mirande"
    assert fold_dash_credits(text) == text


def test_a_persona_under_a_label_line_keeps_its_dash():
    # look-alike: the same catchphrase with its label on the line above; the persona has no post
    text = "Accroche\n« Mon infirmière connaît mon pharmacien. Et ça change tout. » — Josette, 82 ans, vit seule à Mirande"
    assert fold_dash_credits(text) == text
