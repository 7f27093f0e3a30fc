"""One person's words resumed after a pause (segment/resumed_quotes.py): "« … » Puis, plus fort :
« … »" is one item; a gap naming someone else or holding a sentence keeps two."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.resumed_quotes import resumed_gap


@pytest.mark.parametrize("gap, expected", [
    (" Puis, plus fort : ", True),
    (" Ensuite, après un silence : ", True),
    (" Puis : ", True),
    (" Puis le médecin : ", False),          # someone else
    (" Puis elle ajoute : ", False),          # a subject and a verb: an attribution of its own
    (" Le pharmacien répond : ", False),
    (" Puis, plus fort, le cadre de santé lui répond : ", False),
])
def test_the_gap(gap, expected):
    assert resumed_gap(gap) is expected


def test_one_speakers_words_over_a_pause_are_one_item(gazetteer):
    lines = [
        "Lors de la réunion de synthèse, la question du médecin traitant de Léa revient.",
        "Une aide-soignante soupire : « Encore une réunion. » Ensuite, après un silence : « Bon, si ça aide la petite, j'irai. »",
        "La séance se termine sans décision.",
    ]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "Encore une réunion")
    assert first.kind == "verbatim" and first is _at(text, segs, "si ça aide la petite")


def test_two_speakers_stay_two_items(gazetteer):
    lines = [
        "Lors de la réunion de synthèse, la question du médecin traitant de Léa revient.",
        "Une aide-soignante soupire : « Encore une réunion. » Puis le médecin : « Je peux la voir jeudi. »",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Encore une réunion") is not _at(text, segs, "Je peux la voir jeudi")


def test_a_pause_between_commas_inside_one_sentence():
    """segfix32: « … », puis, après un silence, « … »: the sequence word and the pause set between
    commas inside the sentence; a person named there is someone else."""
    assert resumed_gap(", puis, après un silence, ")
    assert resumed_gap(", puis, plus bas, ")
    assert not resumed_gap(", puis, le médecin, ")
    assert not resumed_gap(", puis la coordinatrice ajoute, ")
