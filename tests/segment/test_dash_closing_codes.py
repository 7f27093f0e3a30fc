"""A quotation paragraph closed by a dash and a code of three parts, "« … » – MG/19/03"
(segment/dash_closing_codes.py); look-alikes: a dash and words, a date, a quotation with its
code in parentheses."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.dash_closing_codes import closing_code
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


ARTICLE = [
    "5. Discussion : la coordination vue du terrain",
    "Les médecins décrivent une charge administrative nouvelle.",
    "Les pharmaciens adoptent une position plus stratégique :",
    "« On passe nos soirées à remplir des tableaux pour l'ARS, mais on s'est positionnés tôt dans le bureau, avant les médecins. » – PH/24/05",
    "Ces écarts confirment que la rémunération collective ne suffit pas.",
]


def test_the_dash_code_speaks(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    s = _at(text, segs, "On passe nos soirées à remplir des tableaux")
    assert (s.kind, s.speaker) == ("verbatim", "PH/24/05")
    assert _at(text, segs, "Ces écarts confirment").kind == "narrative"


def test_closing_code():
    assert closing_code(" – PH/87/02") == "PH/87/02"
    assert closing_code(" — IDE.23.01.") == "IDE.23.01"
    assert closing_code(" – 12/03/2021") is None  # a date
    assert closing_code(" – MG/19/03, qui ajoute une remarque") is None  # words follow
    assert closing_code(" – MG19") is None  # one part: left to the other code readers
