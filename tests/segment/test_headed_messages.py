"""Messages quoted under header lines naming their author (segment/headed_messages.py): a forum
thread's "Message de « pseudo » — date", an e-mail exchange's "De : … – Objet : …" headers;
look-alikes: one mail header alone, a "Message de la directrice" sentence, a reference
"Réponse de Dupont, 2019", a memo's header without a subject."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.headed_messages import headed_messages, message_header, self_presented_role

FORUM = [
    "3.1. Les échanges sur le forum des aidants",
    "Nous citons trois messages d'un fil ouvert en mars 2020, pseudonymes conservés.",
    "Posté par « Mamie_Lou » — 21 mars 2020, 9 h 12",
    "Bonjour, ici à Brest plus personne ne passe voir ma mère, l'infirmière est malade. Vous faites comment ?",
    "Posté par « kine29 » — 21 mars 2020, 10 h 40",
    "Je suis kinésithérapeute à Quimperlé, on peut se déplacer pour les urgences, appelez le cabinet.",
    "Posté par « Mamie_Lou » — 21 mars 2020, 18 h 03",
    "Merci beaucoup, je vais appeler.",
    "Ces échanges montrent l'entraide entre inconnus.",
]


def test_forum_messages_are_their_posters_words(gazetteer):
    text, segs = _segment(FORUM, gazetteer)
    s = _at(text, segs, "ici à Brest plus personne")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Mamie_Lou", "autre", "Bretagne")
    s = _at(text, segs, "Je suis kinésithérapeute à Quimperlé")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "kine29", "kinesitherapeute", "Bretagne")
    # the poster's place holds for their later message
    s = _at(text, segs, "Merci beaucoup, je vais appeler.")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Mamie_Lou", "Bretagne")
    for prose in ("Posté par « kine29 »", "Nous citons trois messages", "Ces échanges montrent"):
        assert _at(text, segs, prose).kind == "narrative"


MAILS = [
    "Les messages ci-dessous nous ont été transmis par la CPTS de Lens, anonymisés.",
    "Message 1 – De : une pharmacienne adhérente – À : la coordinatrice – 2 avril 2020 – Objet : masques",
    "Nous n'avons plus de masques FFP2 depuis hier. Qui peut nous dépanner ?",
    "Message 2 – De : la coordinatrice – À : liste des adhérents – 2 avril 2020 – Objet : RE: masques",
    "Je vous propose de passer au local de la CPTS demain matin, il reste deux cartons.",
    "Le stock a été partagé dans la journée.",
]


def test_mail_bodies_take_the_sender_field_as_role(gazetteer):
    text, segs = _segment(MAILS, gazetteer)
    s = _at(text, segs, "Nous n'avons plus de masques")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "pharmacien", "Hauts-de-France")
    s = _at(text, segs, "Je vous propose de passer")
    assert (s.kind, s.role) == ("verbatim", "coordinateur")
    assert _at(text, segs, "Le stock a été partagé").kind == "narrative"


def test_header_shapes():
    assert message_header("Message de « Lilou » — 12 avril 2020, 22 h 14") == ("forum", "Lilou")
    assert message_header("Posté par Lilou972 le 12/04/2020 à 22:14") == ("forum", "Lilou972")
    assert message_header("Courriel 2 – De : la coordinatrice – À : tous – Objet : centre") == ("mail", "la coordinatrice")
    assert self_presented_role("Bonsoir. Je suis infirmière libérale, oui.") == "infirmier"
    assert self_presented_role("Je suis désolée, je suis perdue.") == ""


@pytest.mark.parametrize("text", [
    "Message de la directrice, lu en ouverture de la séance du 12 mars.",  # prose, a sentence
    "Réponse de Dupont, 2019",  # a reference: a year, no time of day
    "Note – De : la direction – À : tous les services – 3 mars 2020",  # a memo: no subject field
])
def test_look_alike_lines_are_no_header(text):
    assert message_header(text) is None


def test_one_header_alone_is_no_thread():
    lines = split_lines("\n".join([
        "La coordinatrice a écrit aux adhérents :",
        "Courriel – De : la coordinatrice – À : adhérents – Objet : réunion",
        "Réunion jeudi à 20 h.",
        "La réunion a réuni trente personnes."]) + "\n")
    assert headed_messages(lines, {}, lambda ln: False) == {}


MAILS_FIELD_LINES = [
    "Annexe 5. Échanges de courriels (anonymisés)",
    "De : le pharmacien référent de la CPTS",
    "À : les adhérents",
    "Objet : stock de masques",
    "Il nous reste trois cartons de masques chirurgicaux, je les laisse à l'accueil de la maison de santé.",
    "De : une infirmière libérale",
    "Objet : RE: stock de masques",
    "Je passe ce soir, merci beaucoup pour les collègues du cabinet.",
    "Ces échanges montrent la circulation du matériel.",
]


def test_mail_headers_with_one_field_a_line(gazetteer):
    text, segs = _segment(MAILS_FIELD_LINES, gazetteer)
    s = _at(text, segs, "Il nous reste trois cartons")
    assert (s.kind, s.role) == ("verbatim", "pharmacien")
    s = _at(text, segs, "Je passe ce soir")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    for prose in ("À : les adhérents", "Objet : stock de masques", "Ces échanges montrent"):
        assert _at(text, segs, prose).kind == "narrative"
