"""A transcriber's note opening a paragraph of someone's words (segment/transcriber_notes.py);
look-alikes: a reference or an aside in parentheses, a note alone on its line."""

from __future__ import annotations

import pytest
from segment_text import line_styles as _styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.transcriber_notes import aside_voice, is_aside, opens_with_transcriber_note


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


# s54: a stage direction saying someone else takes the floor gives the paragraph below to that person
INTERRUPTED = [
    "Annexe 3 – Retranscription de l'entretien avec O4",
    "Orthophoniste libérale, 51 ans, installée à Mauléon depuis 2004, cabinet seul. Entretien au cabinet, "
    "40 minutes. Les questions de l'enquêtrice sont en gras.",
    "Quel est le délai pour un premier bilan aujourd'hui ?",
    "Onze mois. Je tiens une liste sur un cahier, et je rappelle les familles une par une quand une place se libère.",
    "Et les médecins du secteur, ils vous adressent comment ?",
    "Par courrier surtout, parfois par la messagerie, mais beaucoup de familles viennent d'elles-mêmes.",
    "[Un patient sonne à la porte du cabinet, l'orthophoniste lui ouvre, puis il s'adresse à l'enquêtrice.]",
    "Moi j'attends depuis l'hiver pour mon petit, on m'a dit d'essayer à Bressuire mais c'est pareil là-bas.",
    "[Le patient repart.]",
    "Qu'est-ce qui changerait les choses, selon vous ?",
    "Un temps de coordination payé avec les écoles, vraiment, parce qu'on passe des heures au téléphone.",
]


def test_a_direction_naming_another_voice_gives_it_the_paragraph_below(gazetteer):
    text, segs = _segment(INTERRUPTED, gazetteer, styles=_styles(INTERRUPTED, {2, 4, 9}, "bold"))
    first = _at(text, segs, "Onze mois. Je tiens une liste sur un cahier")
    assert (first.kind, first.speaker, first.role) == ("turn", "O4", "autre_paramedical")
    other = _at(text, segs, "Moi j'attends depuis l'hiver pour mon petit")
    assert (other.kind, other.speaker) == ("turn", "")
    last = _at(text, segs, "Un temps de coordination payé avec les écoles")
    assert (last.kind, last.speaker) == ("turn", "O4")


def test_aside_voice_reads_a_person_subject_and_a_verb_of_taking_the_floor():
    assert aside_voice("[Une personne entre, salue K2, puis s'adresse à l'enquêtrice.]") == "Une personne"
    assert aside_voice("[La secrétaire intervient depuis l'accueil.]") == "La secrétaire"
    assert aside_voice("[Le téléphone sonne, l'entretien s'interrompt.]") == ""  # no one takes the floor
    assert aside_voice("[Rires]") == ""
    assert aside_voice("La secrétaire intervient depuis l'accueil.") == ""  # no direction: the words
