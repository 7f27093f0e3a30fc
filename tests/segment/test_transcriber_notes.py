"""A transcriber's note opening a paragraph of someone's words (segment/transcriber_notes.py);
look-alikes: a reference or an aside in parentheses, a note alone on its line."""

from __future__ import annotations

import pytest

from corpus.segment.transcriber_notes import is_aside, opens_with_transcriber_note


@pytest.mark.parametrize("text", ["(Inaudible) elle est en Islande.", "[rires] Oui, c'est ça.",
                                  "(Silence) Je ne sais pas quoi vous dire.", "( inaudible ) on a découvert"])
def test_notes_that_open_words(text):
    assert opens_with_transcriber_note(text)


@pytest.mark.parametrize("text", ["(voir annexe 2) Les entretiens ont été menés.", "(Rires)", "(2020) Les CPTS",
                                  "(Sénat, 2021) La commission a entendu", "[…] et puis on a continué"])
def test_other_parentheses_are_no_note(text):
    assert not opens_with_transcriber_note(text)


@pytest.mark.parametrize("text", ["[La secrétaire entre dans le bureau]", "[Applaudissements]", "(Rires)",
                                  "[Une préparatrice entre dans le bureau pour une question ; elle intervient.]",
                                  "(Mme K. quitte la pièce quelques instants)."])
def test_a_paragraph_that_is_one_aside(text):
    assert is_aside(text)


@pytest.mark.parametrize("text", ["[rires] Oui, c'est ça.", "(voir annexe 2) Les entretiens", "P3 : [inaudible]",
                                  "[Le téléphone sonne] (reprise) Oui.", "Oui (rires)"])
def test_words_beside_a_bracket_are_no_aside(text):
    assert not is_aside(text)
