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


# s25-segtable1: an export the extraction ran into the paragraph that introduces it (round 44's
# MSP group): the stamps cut it into messages, "Gwen :" with a spaced colon, the key's roles
RUN_TOGETHER = [
    "Membres cités : Maëlle (sage-femme libérale), Hugo (médecin généraliste), Inès (orthophoniste), "
    "tous exerçant à la maison de santé de Landivisiau. Export du 2 mai 2024, prénoms conservés. "
    "[02/05/2024 18:02:11] Maëlle : Une patiente de la semaine 38 a des contractions, elle hésite à partir à Brest. "
    "[02/05/2024 18:03:40] Maëlle : vidéo absente "
    "[02/05/2024 18:10:05] Hugo : Je la vois demain matin si ça ne se régularise pas cette nuit. "
    "[02/05/2024 18:12:30] Inès : Ce message a été supprimé "
    "[02/05/2024 18:14:02] Inès : Je décale sa séance de vendredi, pas de souci de mon côté.",
    "L'échange se clôt sans appel téléphonique.",
]

# near-miss: one dated sentence quoting a stamp inside a paragraph is no export
ONE_STAMP = [
    "Le premier message, [02/05/2024 18:02:11] Maëlle : Une patiente a des contractions, a été suivi "
    "d'un appel, ce qui montre que la messagerie ne remplace pas le téléphone dans l'urgence.",
]


def test_an_export_run_into_its_introduction_is_cut_at_its_stamps(gazetteer):
    text, segs = _segment(RUN_TOGETHER, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "tous exerçant à la maison de santé").kind == "narrative"
    s = _at(text, segs, "Une patiente de la semaine 38")
    assert (s.kind, s.speaker) == ("turn", "Maëlle") and "Membres cités" not in s.text
    s = _at(text, segs, "Je la vois demain matin")
    assert (s.kind, s.speaker) == ("turn", "Hugo")
    assert _at(text, segs, "Je décale sa séance").speaker == "Inès"
    assert _at(text, segs, "vidéo absente").kind not in ("turn", "verbatim")  # a placeholder
    assert _at(text, segs, "Ce message a été supprimé").kind not in ("turn", "verbatim")


def test_one_stamp_inside_a_sentence_is_no_export(gazetteer):
    text, segs = _segment(ONE_STAMP, gazetteer, doc={"kind": "memoire"})
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


# s27-segr46a: a video-conference CHAT export, the time to the second, "De", the display name with a
# trade and a commune after a dash, the recipient, a colon (round 46's Montbéliard webinar). Unseen
# variant: a Breton CPTS's evening webinar.
CHAT = [
    "Nous reproduisons ci-dessous l'export de la discussion écrite, avec l'accord des participants.",
    "20:05:13 De Marion Lefèvre – IDE Quimperlé à Tout le monde : On n'a jamais le compte rendu de sortie le vendredi.",
    "20:06:40 De Yann Le Goff – pharmacien Concarneau à Tout le monde : Pareil chez nous, je rappelle le service moi-même.",
    "20:09:02 De Soizic Kerhervé – kiné Bannalec à l'hôte (message privé) : Je préfère vous l'écrire ici plutôt qu'au micro.",
    "20:11:27 De Claire Bouvot à Tout le monde : Merci pour le support.",
    "Ces messages montrent des professions peu présentes à la tribune.",
]


def test_a_chat_export_speaks_as_the_display_name_with_its_trade_and_commune(gazetteer):
    text, segs = _segment(CHAT, gazetteer)
    for snippet, who, role in (("On n'a jamais le compte rendu", "Marion Lefèvre", "infirmier"),
                               ("je rappelle le service", "Yann Le Goff", "pharmacien"),
                               ("Je préfère vous l'écrire", "Soizic Kerhervé", "kinesitherapeute")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", who, role, "Bretagne")
    # near-miss: a display name without a trade after a dash is the speaker as written, without a role
    plain = _at(text, segs, "Merci pour le support")
    assert (plain.kind, plain.speaker) == ("turn", "Claire Bouvot") and plain.role in ("", "inconnu")
    assert _at(text, segs, "peu présentes à la tribune").kind == "narrative"


def test_a_timetable_of_seconds_is_no_chat_export():
    # near-miss: a programme's times to the second with "De" and no colon after a sender
    agenda = ["09:30:00 De l'accueil au café, hall A", "10:15:00 De la salle B vers l'amphithéâtre",
              "11:00:00 De retour en plénière"]
    assert message_senders(split_lines("\n".join(agenda))) == {}


def test_after_the_last_message_the_author_comments(gazetteer):
    """s53 (round 109): the author's comment after an export's last message is no continuation of it;
    a telephone number is no one's name; a member list's alias names the person behind a display name."""
    text, segs = _segment([
        "Membres au 20 mars : Dr Paul Hervé, médecin généraliste à Fécamp ; Inès Varin, infirmière libérale, "
        "enregistrée sous « Inès IDE ».",
        "[20/03/2020 08:02:11] Dr Hervé: Je fais les visites des patients fébriles l'après-midi, pas le matin.",
        "[20/03/2020 08:10:40] Inès IDE: Je prends le matin alors, envoyez-moi les adresses.",
        "[20/03/2020 08:31:02] +33 6 ** ** 12 40: Bonjour, je peux conduire les patients au centre de dépistage.",
        "Personne n'a su me dire qui avait écrit ce dernier message ; je l'analyse plus loin avec les autres.",
    ], gazetteer)
    ines = _at(text, segs, "Je prends le matin alors")
    assert (ines.kind, ines.speaker, ines.role) == ("turn", "Inès Varin", "infirmier")
    phone = _at(text, segs, "je peux conduire les patients")
    assert (phone.kind, phone.speaker) == ("turn", "")
    assert _at(text, segs, "Personne n'a su me dire qui").kind == "narrative"
