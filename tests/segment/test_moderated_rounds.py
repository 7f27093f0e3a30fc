"""A debate's round as an association's journal or a report transcribes it: the animator's question
under a label naming the animator, then each guest answering once under their own label, one guest
presented in the text (segment/discovery.py _moderated_round, s31-segr55a); near misses: labelled
definitions after a question, a round where nobody is presented, a motto after the answers."""

from __future__ import annotations

from segment_text import segment_at, segment_lines
from segment_text import speech as _speech

ROUND = [
    "Soirée-rencontre du comité de quartier : vieillir chez soi",
    "Nous avions convié Mme Castagné, infirmière libérale au cabinet de la Bastide, et deux habitants du quartier.",
    "Le modérateur : Qu'est-ce qui vous inquiète le plus pour les années qui viennent ?",
    "La Baronne : Les escaliers. J'habite au troisième sans ascenseur et je ne sors plus l'hiver.",
    "Mme Castagné : On peut demander une aide pour adapter le logement, je vous montrerai le dossier à la fin.",
    "Notre prochaine rencontre : « On a tous un voisin qui compte sur nous. »",
]


def test_each_guest_answering_the_animator_once(gazetteer):
    text, segs = segment_lines(ROUND, gazetteer)
    s = segment_at(text, segs, "J'habite au troisième sans ascenseur")
    assert (s.kind, s.speaker) == ("turn", "La Baronne")
    s = segment_at(text, segs, "adapter le logement")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Castagné", "infirmier")
    assert segment_at(text, segs, "qui vous inquiète le plus").kind == "moderator"
    for prose in ("Nous avions convié", "un voisin qui compte sur nous"):
        assert segment_at(text, segs, prose).kind == "narrative"


def test_labelled_definitions_and_unpresented_voices_are_no_round(gazetteer):
    # near misses: a glossary after a question (no one speaks), and a round in which the text
    # presents none of the voices
    glossary = ["Lexique de la santé mentale",
                "L'animateur : Que signifient ces sigles ?",
                "CMP : centre médico-psychologique, consultations gratuites du secteur.",
                "GEM : groupe d'entraide mutuelle, association d'usagers."]
    _, segs = segment_lines(glossary, gazetteer)
    assert not _speech(segs)
    unpresented = ["Exercice de mise en situation",
                   "L'animatrice : Que diriez-vous à un voisin isolé ?",
                   "Personnage A : Je lui proposerais de venir au local le mardi, on y boit le café.",
                   "Personnage B : Moi je passerais le voir avec le journal du groupe."]
    _, segs = segment_lines(unpresented, gazetteer)
    assert not _speech(segs)
