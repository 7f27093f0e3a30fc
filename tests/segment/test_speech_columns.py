"""A video transcript set as a heard-and-seen table (segment/speech_columns.py): "Son | Image"
rows whose heard cell is the one speaker's words, a screen reader's synthetic voice and music
that are no one, the speaker named where she introduces herself and described in the article
above; look-alikes: a table of figures, a programme, a survey table, a two-column glossary."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.speech_columns import speech_rows

VIDEO = [
    "Sophie Marchand, infirmière libérale dans l'équipe de la CPTS, présente l'outil de téléconsultation.",
    "Transcription de la vidéo",
    "Son | Image",
    "Bonjour, je m'appelle Sophie Marchand et je fais des tournées depuis quinze ans. | Sophie dans sa voiture.",
    "| Carton titre « La téléconsultation à domicile ».",
    "J'ouvre la tablette chez le patient et j'appelle le médecin. | Plan sur la tablette.",
    "(synthèse vocale) Appel en cours | Écran de la tablette.",
    "Le médecin voit la plaie, on décide ensemble du pansement. | Sophie et le patient face à l'écran.",
    "Musique | Logo de la CPTS.",
    "La vidéo dure trois minutes.",
]


def test_heard_cells_are_the_speaker_s_words(gazetteer):
    text, segs = _segment(VIDEO, gazetteer)
    s = _at(text, segs, "je fais des tournées depuis quinze ans")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sophie Marchand", "infirmier")
    assert _at(text, segs, "j'appelle le médecin").speaker == "Sophie Marchand"
    assert _at(text, segs, "on décide ensemble du pansement").kind == "verbatim"
    for no_one in ("Appel en cours", "Logo de la CPTS", "Carton titre", "Plan sur la tablette", "La vidéo dure"):
        assert _at(text, segs, no_one).kind not in ("verbatim", "turn")


@pytest.mark.parametrize("lines", [
    # a table of figures
    ["Année | Adhérents", "2019 | cent vingt professionnels inscrits", "2020 | cent quatre-vingts professionnels inscrits"],
    # a programme
    ["Heure | Atelier", "9 h | accueil des participants et café", "10 h | les protocoles de soins partagés"],
    # a survey table without people's speech columns
    ["Question | Réponse la plus fréquente", "Qui coordonne ? | la coordinatrice de la CPTS le plus souvent"],
    # a glossary: a word and its picture column is no heard column
    ["Terme | Image", "Lecteur d'écran | un logiciel qui lit la page à voix haute"],
])
def test_look_alikes_have_no_heard_rows(lines, gazetteer):
    text = "\n".join(lines) + "\n"
    assert speech_rows(split_lines(text), text, gazetteer) == {}
