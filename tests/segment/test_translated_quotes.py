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


OCCITAN = "Lo mètge ven pas pus al vilatge, cal anar a Rodés per tot."
PROSE = [
    "Plusieurs patients m'ont répondu en occitan ; je donne l'original puis ma traduction.",
    "Une ancienne agricultrice évoque le pharmacien du bourg :",
    OCCITAN,
    "[« Le médecin ne vient plus au village, il faut aller à Rodez pour tout. »] — Mme Bousquet, 86 ans, Espalion",
    "Ce sentiment d'abandon revient chez presque tous les patients rencontrés.",
]


def test_in_prose_the_bracketed_translation_in_guillemets_joins_the_original(gazetteer):
    # (segtables1) the translation in guillemets inside the brackets, the attribution after a dash
    text = "\n".join(PROSE) + "\n"
    _, segs = _segment(PROSE, gazetteer, styles=_italic(text, OCCITAN))
    s = _at(text, segs, "Lo mètge ven pas pus")
    assert s.kind == "verbatim" and "il faut aller à Rodez" in text[s.char_start:s.char_end]
    assert (s.speaker, s.region) == ("Mme Bousquet", "Occitanie")  # the dash after the bracket, not the lead-in
    assert _at(text, segs, "Ce sentiment d'abandon").kind == "narrative"


def test_in_prose_an_unseen_layout_on_one_line(gazetteer):
    # unseen: the original and the bracket on one line, a Breton patient, no attribution after
    original = "N'eus ket a vedisin ken er vourc'h, ret eo mont da Gemper."
    lines = ["Yann, 79 ans, pêcheur retraité, me répond d'abord en breton :",
             original + " [« Il n'y a plus de médecin au bourg, il faut aller à Quimper. »]",
             "Il reprend ensuite en français."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, styles=_italic(text, original))
    s = _at(text, segs, "N'eus ket a vedisin")
    assert s.kind == "verbatim" and "il faut aller à Quimper" in text[s.char_start:s.char_end]


def test_in_prose_a_proverb_and_its_translation_stay_narrative(gazetteer):
    # near-miss: a proverb in italics, its translation in guillemets WITHOUT brackets, a gloss
    proverb = "Piti a piti zwazo ka fè nich a-y."
    lines = ["Ce livret rassemble des dictons connus de tous.", proverb,
             "« Petit à petit l'oiseau fait son nid. »", "Sens : les progrès se font lentement."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, styles=_italic(text, proverb))
    for snippet in ("Piti a piti", "Petit à petit", "Sens : les progrès"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn")
