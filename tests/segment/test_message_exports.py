"""A messaging application's group export pasted in a document (segment/message_exports.py):
"16/03/2020 à 21:47 - Name: …" messages are turns of their sender; look-alikes: a dated log
without senders, a system line, a placeholder for an omitted file."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.message_exports import display_role, message_senders

EXPORT = [
    "Le groupe a été créé par une infirmière de Dieppe au début du confinement ; extrait tel qu'exporté.",
    "18/03/2020 à 08:02 - Claire IDEL a créé le groupe « Soins à domicile Dieppe »",
    "18/03/2020 à 08:05 - Claire IDEL: Bonjour, je propose qu'on se partage les patients sortis de l'hôpital",
    "18/03/2020 à 08:20 - Marc kiné: Je peux prendre ceux qui ont besoin de kiné respiratoire",
    "je passe à domicile l'après-midi",
    "18/03/2020 à 08:31 - Claire IDEL: <Médias omis>",
    "[19/03/2020 09:14:02] Dr Lemaire: Je vous envoie la liste ce soir",
    "L'extrait montre comment les tournées se sont partagées sans cadre formel.",
]

LOG = [
    "18/03/2020 à 08:02 - réunion de la cellule de crise: point sur les masques.",
    "19/03/2020 à 09:00 - réunion de la cellule de crise: point sur les tests.",
    "20/03/2020 à 09:00 - réunion de la cellule de crise: point sur les visites.",
]


def test_messages_are_turns_of_their_sender(gazetteer):
    text, segs = _segment(EXPORT, gazetteer)
    first = _at(text, segs, "Bonjour, je propose qu'on se partage")
    assert (first.kind, first.speaker, first.role) == ("turn", "Claire IDEL", "infirmier")
    kine = _at(text, segs, "Je peux prendre ceux")
    assert (kine.kind, kine.speaker) == ("turn", "Marc kiné")
    assert _at(text, segs, "je passe à domicile").speaker == "Marc kiné"  # a message over two paragraphs
    assert _at(text, segs, "Je vous envoie la liste").speaker == "Dr Lemaire"  # the bracketed stamp
    assert _at(text, segs, "a créé le groupe").kind != "turn"  # a system line
    line, pos = text.index("18/03/2020 à 08:31"), text.index("<Médias omis>")
    assert not any(s.kind == "turn" and line <= s.char_start <= pos for s in segs)  # a placeholder opens no turn


def test_one_sender_is_no_export():
    assert message_senders(split_lines("\n".join(LOG) + "\n")) == {}


def test_display_names_of_a_workplace_or_a_team():
    assert display_role("Pharmacie de la Place") == "pharmacien"
    assert display_role("Coordo CPTS Vimeu") == "coordinateur"
    assert display_role("Labo Bio Pau") == "biologiste"
    # look-alikes: a surname or a word that only starts like one of those words
    assert display_role("Labourdette Anne") == ""
    assert display_role("Coordonnées utiles") == ""
    assert display_role("Sandrine IDE") == ""
