"""Transcripts whose turns end with their time code (segment/closing_stamps.py): a podcast's
"Prénom : … [01:05]", turns run together after the code, the host presenting the guests;
look-alikes: a report citing video times, a single stamped line, labels with no closing code.
A transcription tool's paragraph-end code (f4transkript's "#00:01:52-3#"), the extraction running
the closing note or the next paragraph on; look-alike: the notation explained once in prose."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.closing_stamps import (
    closing_stamp_speakers,
    split_after_paragraph_stamps,
    split_at_closing_stamps,
)

PODCAST = [
    "Épisode 7 – La pharmacie au cœur du territoire (transcription)",
    "[Jingle]",
    "Lucie : Bonjour et bienvenue. Je reçois Karim, pharmacien à Figeac, et Hélène, sage-femme à Cahors. "
    "Karim, comment la crise a-t-elle changé ton officine ? [00:38] Karim : On est devenus un point d'accueil "
    "pour tout le quartier. Les gens venaient nous voir faute de médecin. [01:12]",
    "Hélène : Et nous, on recevait leurs appels le soir. [01:20]",
    "Lucie : Hélène, et depuis, qu'est-ce qui est resté ? [01:25]",
    "Hélène : Le groupe de messagerie de la CPTS, on s'en sert tous les jours. [01:58]",
]


def test_turns_closed_by_their_code_are_cut_and_attributed(gazetteer):
    text, segs = _segment(PODCAST, gazetteer)
    s = _at(text, segs, "On est devenus un point d'accueil")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Karim", "pharmacien", "Occitanie")
    s = _at(text, segs, "Le groupe de messagerie de la CPTS")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Hélène", "sage_femme", "Occitanie")
    assert _at(text, segs, "Bonjour et bienvenue.").kind == "moderator"
    assert _at(text, segs, "qu'est-ce qui est resté").kind == "moderator"


@pytest.mark.parametrize("lines", [
    # a report quoting moments of a video, no label
    ["La vidéo montre l'accueil du centre [02:14] puis la file d'attente [03:40].",
     "On y voit ensuite la coordinatrice [05:10] et le pharmacien [06:00]."],
    # one stamped line only
    ["Marie : Bonjour à tous. [00:05]", "Le reste de l'échange n'a pas été retranscrit."],
    # labels without closing codes: the label rules' business, nothing declared here
    ["Marie : Bonjour.", "Paul : Bonjour Marie.", "Marie : Comment allez-vous ?", "Paul : Bien."],
])
def test_look_alikes_are_left_alone(lines, gazetteer):
    lines_ = split_lines("\n".join(lines) + "\n")
    assert closing_stamp_speakers(lines_, gazetteer) == {}
    assert [ln.text for ln in split_at_closing_stamps(lines_)] == [ln.text for ln in lines_]


F5 = [
    "Annexe 6 – Entretien n° 3, retranscrit avec f5transkript",
    "IP = infirmière puéricultrice de PMI ; I = enquêteur.",
    "I: Comment les familles arrivent-elles jusqu'à vous ? #00:00:07-1# IP: Souvent par la maternité, qui nous "
    "envoie la liste des sorties. #00:00:31-6#",
    "I: Et les médecins du secteur ? #00:00:40-2#",
    "IP: On les appelle quand un bébé ne prend pas de poids, ils nous rappellent dans la journée. #00:01:12-8# "
    "[Fin de l'enregistrement, la suite n'a pas été retranscrite.]",
]


def test_a_paragraph_end_code_closes_the_paragraph(gazetteer):
    text, segs = _segment(F5, gazetteer)
    s = _at(text, segs, "Souvent par la maternité")
    assert (s.kind, s.speaker) == ("turn", "IP")
    assert "Comment les familles" not in text[s.char_start:s.char_end]
    s = _at(text, segs, "ils nous rappellent dans la journée")
    assert (s.kind, s.speaker) == ("turn", "IP")
    assert "Fin de l'enregistrement" not in text[s.char_start:s.char_end]
    assert _at(text, segs, "Fin de l'enregistrement").kind not in ("turn", "verbatim")


def test_a_paragraph_end_code_explained_once_cuts_nothing():
    lines = split_lines("Les entretiens ont été transcrits avec f4transkript, qui ajoute un code comme #00:01:52-3# "
                        "à la fin de chaque paragraphe. Ces codes ont été conservés.\n")
    assert split_after_paragraph_stamps(lines) == lines
