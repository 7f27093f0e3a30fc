"""The lines a meeting tool or a messaging application writes itself (segment/system_lines.py,
s53): someone joined or reacted, the tool's notice, a forwarded message, a voice note sent as a
file. Nobody said them: they end the turn above and are no one's words; a voice note's words the
author transcribed under it are its sender's. Look-alikes: the author's sentences with the same
verbs ("Le médecin a rejoint la réunion en retard, ce qui …", "Elle a réagi avec colère …")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.system_lines import attachment_sender, system_line

MEETING = [
    "Annexe 6 – Transcription de la réunion Teams du groupe « Sorties d'hôpital »",
    "Participants : ROUSSEL Anne, coordinatrice de la CPTS Sud-Vendée ; PETIT Marc, médecin généraliste à Luçon ; "
    "GAUTIER Lise, infirmière libérale à Chantonnay.",
    "PETIT Marc 0:12",
    "Je reçois les comptes rendus de sortie une semaine après, c'est trop tard pour adapter quoi que ce soit.",
    "GAUTIER Lise a rejoint la réunion",
    "ROUSSEL Anne 0:40",
    "Lise, tu nous entends ? On parlait des sorties du vendredi.",
    "GAUTIER Lise 0:47",
    "Oui. Nous on les découvre le samedi matin, en arrivant chez le patient, sans ordonnance.",
    "PETIT Marc a réagi avec J'aime",
    "ROUSSEL Anne 1:30",
    "On en reparle à la prochaine réunion, je vous envoie le compte rendu.",
]

GROUP = [
    "Le groupe WhatsApp de l'équipe réunissait : Dr Claire Morin, médecin généraliste à Cholet (« Dr Morin ») ; "
    "Yann Perrot, infirmier libéral à Cholet (« Yann IDE »).",
    "[02/04/2020 07:10:02] Dr Morin: Je garde deux créneaux ce matin pour les patients fébriles, envoyez-les-moi.",
    "[02/04/2020 07:15:40] Yann IDE: PTT-20200402-WA0004.opus (fichier joint)",
    "[Transcription par l'auteur] J'ai une dame à Trémentines qui tousse depuis hier, je te l'envoie à dix heures.",
    "[02/04/2020 07:16:12] Dr Morin: Transféré : « Point de situation de l'ARS : les tests sont réservés aux soignants. »",
    "[02/04/2020 07:20:31] Yann IDE: Merci, je préviens la famille et je passe la voir ce soir avec le saturomètre.",
]


def test_tool_lines_end_turns_and_are_no_ones_words(gazetteer):
    text, segs = _segment(MEETING, gazetteer)
    assert _at(text, segs, "GAUTIER Lise a rejoint la réunion").kind not in ("turn", "verbatim", "moderator")
    assert _at(text, segs, "PETIT Marc a réagi avec").kind not in ("turn", "verbatim", "moderator")
    s = _at(text, segs, "Je reçois les comptes rendus de sortie")
    assert (s.kind, s.speaker) == ("turn", "PETIT Marc")


def test_a_voice_note_and_a_forward(gazetteer):
    text, segs = _segment(GROUP, gazetteer)
    note = _at(text, segs, "J'ai une dame à Trémentines")
    assert (note.kind, note.speaker, note.role) == ("turn", "Yann Perrot", "infirmier")
    assert _at(text, segs, "les tests sont réservés aux soignants").kind not in ("turn", "verbatim", "moderator")
    s = _at(text, segs, "je passe la voir ce soir avec le saturomètre")
    assert (s.kind, s.speaker, s.role) == ("turn", "Yann Perrot", "infirmier")


def test_system_line():
    assert system_line("iPad de Marc a rejoint la réunion")
    assert system_line("[12/03/2021 10:02:11] Dr Morin a réagi à « Transféré : ARS » avec un pouce levé")
    assert system_line("Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de ce chat …")
    assert not system_line("Le médecin a rejoint la réunion en retard, ce qui a surpris tout le monde.")
    assert not system_line("Elle a réagi avec colère quand on lui a annoncé la fermeture.")
    assert not system_line("Yann IDE: je passe ce soir.")
    assert attachment_sender("[02/04/2020 07:15:40] Yann IDE: PTT-20200402-WA0004.opus (fichier joint)") == "Yann IDE"
    assert attachment_sender("[02/04/2020 07:15:40] Yann IDE: je passe ce soir.") == ""
