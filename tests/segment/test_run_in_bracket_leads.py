"""Bracketed labels that name a person and what they do, followed by a colon, as a theatre-forum
transcript gives its spect-actors ("[Spect-actrice 1, infirmière libérale] : …"), run into the line
before by the extraction (segment/genres.py split_at_bracket_leads); the audience at once
("[La salle] : Oui !", group_labels in lang/fr/labels.yaml) a turn of no single speaker; a paragraph
between a labelled turn and the next bracket continues the turn. Near misses: a theatre-forum
handout defining the roles, a single bracket inside a sentence, an editorial bracket."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

from corpus.segment.base import split_lines
from corpus.segment.genres import split_at_bracket_leads
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


FORUM = [
    "Le théâtre-forum de la CPTS de Limoges s'est tenu le 23 novembre 2024.",
    "LA FILLE. – Et pour les piqûres, qui va venir demain ? Personne ne m'a rien dit !",
    "Transcription du forum (enregistrement audio, avec l'accord des participants) :",
    "Joker : Stop ! Quelqu'un veut remplacer un personnage ? Oui, vous, venez. [Spect-actrice 1, infirmière "
    "libérale] : Moi je prends la place de l'infirmière de coordination, j'appelle le cabinet du quartier.",
    "Et je donne à la fille une feuille avec le nom de l'infirmière. C'est cinq minutes. [La salle] : Oui !",
    "Joker : Est-ce que c'est réaliste, un vendredi à 18 h ? [Spect-acteur 2, médecin généraliste] : À 18 h "
    "le vendredi, le cabinet infirmier répond, mais moi non.",
    "Les interventions ont porté sur l'anticipation de la sortie.",
]


def test_a_theatre_forum_s_spect_actors_and_the_room(gazetteer):
    text, segs = _segment(FORUM, gazetteer)
    s = _at(text, segs, "Moi je prends la place")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Spect-actrice 1", "infirmier", "Nouvelle-Aquitaine")
    assert "une feuille avec le nom" in text[s.char_start:s.char_end]  # the turn's second paragraph
    s = _at(text, segs, "[La salle] : Oui")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    s = _at(text, segs, "le cabinet infirmier répond")
    assert (s.speaker, s.role) == ("Spect-acteur 2", "medecin_generaliste")
    for not_said in ("Quelqu'un veut remplacer", "Personne ne m'a rien dit", "Les interventions ont porté"):
        assert _at(text, segs, not_said).kind not in ("verbatim", "turn")


def test_another_session_other_roles_and_the_public(gazetteer):
    # unseen: other professions, a pharmacist's turn opening its line, "Le public", a facilitatrice
    lines = [
        "Séance de théâtre-forum organisée par la MSP de Rodez (Aveyron) sur le renouvellement d'ordonnance.",
        "Facilitatrice : Qui veut essayer autre chose ?",
        "[Spectatrice 3, pharmacienne d'officine] : Moi je téléphone directement au médecin, je ne laisse pas "
        "repartir la dame sans traitement. [Le public] : Bravo !",
        "[Spectateur 4, kinésithérapeute] : Nous on voit les patients deux fois par semaine, on peut faire le lien.",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "je téléphone directement")
    assert (s.speaker, s.role, s.region) == ("Spectatrice 3", "pharmacien", "Occitanie")
    assert "Bravo" not in text[s.char_start:s.char_end]
    assert (_at(text, segs, "[Le public] : Bravo").kind, _at(text, segs, "[Le public] : Bravo").speaker) == ("turn", "")
    assert _at(text, segs, "on peut faire le lien").role == "kinesitherapeute"
    assert _at(text, segs, "Qui veut essayer").kind not in ("verbatim", "turn")


def test_a_handout_defining_the_roles_gives_no_items(gazetteer):
    # near miss: the rules of a theatre-forum, roles defined with colons, example phrases
    lines = [
        "Théâtre-forum « Qui passe ce soir ? » – Mode d'emploi pour le public",
        "Le joker : il anime le forum, arrête la scène, vous interroge et vous invite à monter sur scène.",
        "Le spect-acteur : c'est vous ! Quand un personnage pourrait agir autrement, vous criez « Stop ! ».",
        "Les comédiens : ils improvisent face à vous et résistent un peu, comme dans la vraie vie.",
        "Distribution : Mme Jacquet, 86 ans : Odile Perrin. Son fils, Thierry : Marc Voisard.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert speech(segs) == []


@pytest.mark.parametrize("text", [
    # one bracket inside a sentence: no convention of the document
    "Nous avons revu la scène. [Spect-actrice 1, infirmière libérale] : voir la transcription en annexe.\n",
    # an editorial bracket and a cut after sentence ends
    "Elle répète la consigne. [...] : ce passage est inaudible. [sic] Puis elle sort.\n",
])
def test_brackets_that_cut_nothing(text):
    lines = split_lines(text)
    assert split_at_bracket_leads(lines) is lines
