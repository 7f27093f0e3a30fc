"""Quotations opened by the speaker's code in parentheses (segment/leading_codes.py): "(H61R)
« … »", and an inline "Pour H33U, « … »" of the same build; look-alikes: "(p. 14)" and "(n = 12)"
before guillemets, a single "(E1) « … »", codes of another build inline."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.leading_codes import document_codes, leading_code

THESIS = [
    "3. Résultats",
    "Les médecins interrogés décrivent une coordination ancienne.",
    "(F45R) « Avant la CPTS, on s'appelait déjà entre nous, mais chacun gardait ses patients. »",
    "(H58U) « Le confinement m'a appris à travailler avec la pharmacie d'en face. »",
    "Pour F29U, « la messagerie sécurisée a tout changé pour les sorties d'hôpital », ce que d'autres nuancent.",
]


def test_leading_and_inline_codes_name_the_speaker(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    for snippet, code in (("Avant la CPTS, on s'appelait", "F45R"), ("Le confinement m'a appris", "H58U"),
                          ("la messagerie sécurisée a tout changé", "F29U")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("verbatim", code)


@pytest.mark.parametrize("text", [
    # page and sample-size parentheses before guillemets: no code (a letter and a digit, no space)
    "Comme le note le rapport (p. 14) « la coordination reste fragile ».\n(n = 12) « Tous ont répondu ».\n",
    # one leading code only: maybe an example's number
    "(E1) « Je ne savais pas ce qu'était une CPTS. »\nLes autres entretiens vont dans ce sens.\n",
])
def test_look_alikes_are_no_convention(text):
    assert document_codes(text) == frozenset()
    assert leading_code(text, text.index("«")) is None


def test_inline_code_of_another_build_is_not_taken():
    text = "(F45R) « Un. »\n(H58U) « Deux. »\nPour MG3, « trois »\n"
    assert leading_code(text, text.index("« trois")) is None
    assert leading_code(text, text.index("« Deux"))[0] == "H58U"
