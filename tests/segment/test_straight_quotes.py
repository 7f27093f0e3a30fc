"""Straight double quotes read as guillemets in a document that quotes with nothing else
(corpus/segment/straight_quotes.py). Session 9 (seggen9): the perturbation benchmark's
quotes_straight row (« » → " ") lost 27 items."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.straight_quotes import fold_headings, fold_straight_quotes


def test_pairs_on_a_line_become_guillemets_of_the_same_length():
    text = 'Elle résume : "On n\'avait rien, pas même des masques." (I4, infirmière libérale)'
    folded = fold_straight_quotes(text)
    assert folded == 'Elle résume : «On n\'avait rien, pas même des masques.» (I4, infirmière libérale)'
    assert len(folded) == len(text)


@pytest.mark.parametrize("text", [
    # a document that quotes in « » keeps its straight quotes (a term, a transcript's reported words)
    '« On a tout appris » dit-elle.\nLe "cluster" de mars, puis "ah oui" dans l\'entretien.',
    # inches, and a line with a stray mark (an odd count) left to find_quotes
    'Un écran 15" et un 17" pour la téléconsultation.',
    '"C\'était un vrai petit hôpital local, avec des box" de consultation, disponibles", explique-t-il.',
])
def test_left_alone(text):
    assert fold_straight_quotes(text) == text


def test_straight_quoted_words_read_like_guillemets(gazetteer):
    # a lead-in and its quotation in straight quotes are still read once the marks are folded
    lines = ["Les infirmières décrivent d'abord l'isolement des premières semaines.",
             'Une infirmière libérale de Lorient : "On n\'avait pas de masques, pas de consignes, rien. On '
             's\'est débrouillées entre nous."']
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "On n'avait pas de masques")
    assert (seg.kind, seg.role) == ("verbatim", "infirmier")
    assert seg.text.startswith('"')  # the segment keeps the document's marks


def test_a_heading_with_folded_marks_stays_that_heading():
    source = 'Intro.\nToulouse : "un vrai petit hôpital local"\nLe texte.'
    text = fold_straight_quotes(source)
    rows = [{"char_start": 7, "heading": 'Toulouse : "un vrai petit hôpital local"'}]
    assert fold_headings(rows, source, text)[0]["heading"] == "Toulouse : «un vrai petit hôpital local»"
    assert fold_headings(rows, source, source) == rows
