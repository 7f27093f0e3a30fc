"""A credit in parentheses after a quotation opening with an indefinite article: "« … » (une
sage-femme)", "« … » (un pharmacien, Fougères)" (corpus/segment/article_credits.py). Session 10
(seggen10): the perturbation benchmark's attr_paren_after row ("Une sage-femme : « … »" →
"« … » (Une sage-femme)") lost such quotations."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.article_credits import article_credit


@pytest.mark.parametrize("attr, credit", [
    ("Une sage-femme", True),
    ("un pharmacien, Fougères", True),
    ("une infirmière libérale, 45 ans", True),
    ("un slogan repris par les infirmières du département", False),  # a thing, not a person
    ("une expression des médecins du secteur", False),
    ("en italique dans le texte", False),
    ("pharmacien, Fougères", False),  # no article: the usual readers' business
])
def test_article_credit(attr, credit):
    assert article_credit(attr) is credit


def test_quotations_credited_with_an_article(gazetteer):
    lines = ["Les professionnels rencontrés en Ille-et-Vilaine décrivent une coopération nouvelle.",
             "« Nous avons été les grandes oubliées des premières réunions, alors que nos patientes avaient "
             "besoin de nous. » (Une sage-femme)",
             "« On a enfin été reconnus comme des acteurs du premier recours. » (un pharmacien, Fougères)"]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Nous avons été les grandes oubliées")
    assert (seg.kind, seg.role) == ("verbatim", "sage_femme")
    seg = segment_at(text, segs, "On a enfin été reconnus")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "pharmacien", "Bretagne")


def test_a_slogan_after_an_article_is_no_credit(gazetteer):
    # look-alike: the same layout, the parenthesis says what the words are, not who said them
    lines = ["La campagne départementale a été relayée par les cabinets.",
             "« Soigner ensemble, c'est notre devise à tous depuis la crise sanitaire. » "
             "(un slogan repris par les infirmières du département)"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Soigner ensemble").kind == "narrative"
