"""Quotes in the language they were spoken in, set in italics, then the author's translation in
square brackets and the attribution in a parenthesis closing the translation's line
(segment/translated_quotes.py). Look-alikes: an editor's bracket in prose, a bracketed
translation under a roman paragraph, a proverb in guillemets."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import StyleMap, split_lines
from corpus.segment.translated_quotes import split_at_translations


def _italic(text, *passages):
    return [{"char_start": text.index(p), "char_end": text.index(p) + len(p), "style": "italic"} for p in passages]


ORIGINAL = "Kan mwen té malad, pèsonn pa té vini wè mwen, sé fanm-saj-la sèl ki té ka téléfonné."
ARTICLE = [
    "Paroles de Marie-Galante",
    "Les entretiens ont été menés en créole et traduits par nos soins.",
    ORIGINAL,
    "[Quand j'étais malade, personne n'est venu me voir, seule la sage-femme téléphonait.] "
    "(Man Léa, 81 ans, Grand-Bourg)",
    "Cette solitude revient dans tous les entretiens [souligné par nous] (voir tableau 2).",
]


def test_the_original_and_its_translation_are_one_verbatim_of_the_person(gazetteer):
    text = "\n".join(ARTICLE) + "\n"
    _, segs = _segment(ARTICLE, gazetteer, styles=_italic(text, ORIGINAL))
    s = _at(text, segs, "Kan mwen té malad")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Man Léa", "Guadeloupe")
    assert "seule la sage-femme téléphonait" in text[s.char_start:s.char_end]
    assert _at(text, segs, "(Man Léa, 81 ans").kind == "attribution"
    assert _at(text, segs, "Cette solitude revient").kind == "narrative"


def test_a_translation_under_a_roman_paragraph_is_not_cut(gazetteer):
    text = "\n".join(ARTICLE) + "\n"
    _, segs = _segment(ARTICLE, gazetteer)  # no italics: the original is prose
    assert _at(text, segs, "Kan mwen té malad").kind == "narrative"
    lines = split_lines(text)
    assert split_at_translations(lines, StyleMap([])) == lines


@pytest.mark.parametrize("line", [
    "Cette solitude revient [souligné par nous] (voir tableau 2).",  # a bracket inside prose
    "[…] (Man Léa, 81 ans, Grand-Bourg)",  # a cut, not a translation
])
def test_brackets_that_are_no_translation(line):
    text = ORIGINAL + "\n" + line
    lines = split_lines(text)
    styles = StyleMap(_italic(text, ORIGINAL))
    assert split_at_translations(lines, styles) == lines
