"""Reading a speaker label off a line (real transcript lines, as the corpus writes them)."""

from __future__ import annotations

from corpus.segment import conventions as cv
from corpus.segment.labels import label_text, loose_separator, standalone_label


def test_the_label_of_a_turn_with_its_spaces_normalised():
    assert label_text(cv.TURN.match("Mme  D. : On s'appelait tous les soirs.")) == "Mme D."
    assert label_text(cv.TURN.match("Part. 3 : On s'appelait tous les soirs.")) == "Part. 3"
    assert label_text(cv.TURN.match("[P5] On n'avait pas de masques.")) == "P5"
    assert label_text(cv.TURN.match("JOURNALISTE. – Comment avez-vous fait ?")) == "JOURNALISTE"


def test_a_dash_or_a_period_is_a_loose_separator_a_colon_is_not():
    assert loose_separator(cv.TURN.match("Marie — On a monté la cellule en deux jours."))
    assert loose_separator(cv.TURN.match("Q. Comment la CPTS s'est-elle organisée ?"))
    assert not loose_separator(cv.TURN.match("Marie : On a monté la cellule en deux jours."))


def test_a_label_alone_on_its_line_with_a_timestamp_or_a_colon():
    assert standalone_label("GP3 [00:00:11]") == "GP3"
    assert standalone_label("[00:02:30] Marie") == "Marie"
    assert standalone_label("Enquêtrice :") == "Enquêtrice"
    assert standalone_label("GP3 : on s'est organisés tout de suite.") is None
    assert standalone_label("Le médecin généraliste a été au centre de la réponse, " * 2) is None
