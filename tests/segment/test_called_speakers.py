"""A generic label's turn the host has just handed to someone by name
(segment/called_speakers.py): "Josiane, qui nous appelle de Propriano." then "Auditrice : …";
look-alikes: a sentence opened by an adverb and a comma, a title addressing the guest, a name
never used again, a label that is a person's name."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import Segment
from corpus.segment.called_speakers import apply_called_speakers, handed_to


def _seg(kind, text, speaker):
    return Segment("t", "t-1", kind, 1, 1, 0, len(text), speaker=speaker,
                   role="autre" if kind == "moderator" else "inconnu", text=text)


def _call_in(first="On a déjà des appels. Josiane, qui nous appelle de Propriano.", label="Auditrice"):
    return [
        _seg("moderator", f"Animateur : {first}", "Animateur"),
        _seg("turn", f"{label} : Oui bonjour. Mon médecin est parti à la retraite en juin.", label),
        _seg("turn", "Invitée : Je vous donne le numéro à la fin de l'émission, Josiane.", "Dr Paoli"),
        _seg("moderator", "Animateur : Un deuxième appel, de Porto-Vecchio. Marc-Antoine, vous êtes pharmacien ?",
             "Animateur"),
        _seg("turn", "Auditeur : Oui, titulaire depuis douze ans.", "Auditeur"),
        _seg("moderator", "Animateur : Merci Marc-Antoine. Docteur, un dernier mot ?", "Animateur"),
        _seg("turn", "Invitée : Appelez la CPTS.", "Invitée"),
    ]


def test_the_host_hands_each_caller_s_turn_to_a_name(gazetteer):
    segs = _call_in()
    apply_called_speakers(segs, gazetteer)
    assert [(s.speaker, s.role, s.region) for s in (segs[1], segs[4])] == [
        ("Josiane", "inconnu", "Corse"), ("Marc-Antoine", "pharmacien", "Corse")]


def test_a_title_addressing_the_guest_is_no_name(gazetteer):
    segs = _call_in()
    apply_called_speakers(segs, gazetteer)
    assert segs[6].speaker == "Invitée"


def test_an_adverb_opening_the_sentence_is_no_name(gazetteer):
    segs = _call_in(first="Alors, vous nous appelez de Propriano ?")
    apply_called_speakers(segs, gazetteer)
    assert segs[1].speaker == "Auditrice"


def test_a_name_label_is_kept(gazetteer):
    segs = _call_in(label="Josiane Orsini")
    apply_called_speakers(segs, gazetteer)
    assert segs[1].speaker == "Josiane Orsini"


def test_a_name_never_used_again_is_not_taken():
    assert handed_to("Un appel de Sartène. Paulette, vous êtes là ?", "Un appel de Sartène. Paulette, vous êtes là ?") \
        is None


# ---- a radio transcript keyed by bracketed initials (s46) -------------------------------------

RADIO = [
    "Radio Cévennes – « La santé au quotidien » – émission du 12 janvier 2025",
    "Clé : [MB] Martine Bres, animatrice ; [JR] Dr Julien Roux, gériatre à Alès ; [CS] Carole Sabatier, "
    "infirmière libérale à Anduze ; [AUD] auditeurs, présentés par l'animatrice.",
    "[MB] Bonjour à tous. Docteur Roux, les chutes des personnes âgées augmentent-elles en hiver ?",
    "[JR] Oui, avec le verglas et la nuit qui tombe tôt, nous en voyons deux fois plus aux urgences.",
    "[MB] Carole Sabatier, vous passez chez ces patients tous les jours ?",
    "[CS] Deux fois par jour pour certains, et je vois bien les tapis qui glissent et les fils qui traînent.",
    "[MB] Un premier appel. Germaine, vous nous appelez de Vézénobres ?",
    "[AUD] Oui, bonjour, je suis tombée deux fois cet hiver et je n'ose plus sortir chercher mon pain.",
    "[JR] Il ne faut pas rester seule avec ça, Germaine, parlez-en à votre médecin traitant.",
    "[MB] Un autre auditeur, qui n'a pas donné son nom. Allô ?",
    "[AUD] Oui, c'est pour dire qu'à la campagne, les téléalarmes ne marchent pas toujours.",
]


def test_a_key_of_bracketed_initials_names_its_speakers_and_the_host_hands_over_to_callers(gazetteer):
    text, segs = _segment(RADIO, gazetteer)
    assert _at(text, segs, "les chutes des personnes âgées").kind == "moderator"
    s = _at(text, segs, "avec le verglas et la nuit")
    assert (s.kind, s.speaker, s.role) == ("turn", "Dr Julien Roux", "medecin_specialiste")
    # a label heard once, which the key declares
    s = _at(text, segs, "Deux fois par jour pour certains")
    assert (s.kind, s.speaker, s.role) == ("turn", "Carole Sabatier", "infirmier")
    s = _at(text, segs, "je suis tombée deux fois cet hiver")
    assert (s.kind, s.speaker, s.role) == ("turn", "Germaine", "autre")
    s = _at(text, segs, "les téléalarmes ne marchent pas")
    assert (s.kind, s.speaker) == ("turn", "")  # a caller nobody named
