"""Transcripts of spoken French as research corpora distribute them (segment/spoken_transcripts.py):
"LABEL : words" without sentence punctuation, hesitations and backchannels; the interviewer tagged
"(ENQ)" or found as the speaker(s) who prompt beside the one who says most words; short turns the
extraction ran together. Look-alikes: a written interview (punctuated), a conversation among
equals (nobody holds most of the words), a glossary of "term : definition" lines."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.spoken_transcripts import (
    interviewers,
    prompts,
    split_at_spoken_turns,
    spoken_transcript_speakers,
)

# a researcher's own interview, transcribed by a spoken corpus's conventions; the interviewer's
# code says nothing of her role
UNTAGGED = [
    "ENT_IDEL_07",
    "LC : bon alors euh je lance l'enregistrement est-ce que vous pouvez me dire depuis quand vous exercez ?",
    "2IDEL : depuis quatorze ans maintenant euh d'abord en remplacement puis installée en cabinet avec deux collègues",
    "LC : hm hm",
    "2IDEL : et pendant le confinement on a fait les tournées à trois euh parce que la troisième était malade",
    "LC : d'accord",
    "2IDEL : bah on s'appelait tous les soirs pour se répartir les patients enfin c'était compliqué",
    "LC : et la CPTS vous en avez entendu parler à ce moment-là ?",
    "2IDEL : oui par la pharmacienne euh qui nous avait mis dans la boucle des masques",
    "LC : ah oui",
    "2IDEL : voilà",
]

# the corpus tags the interviewer in her label; she asks without "?" (the mark dropped)
TAGGED = [
    "Claire Vasseur (ENQ) : alors euh tu me racontais le cabinet",
    "Josiane : oui le cabinet on l'a ouvert en quatre-vingt-dix euh avec mon mari",
    "Claire Vasseur (ENQ) : hm",
    "Josiane : et puis après il est parti à la retraite alors j'ai continué seule euh tu vois",
    "Claire Vasseur (ENQ) : et les patients ils venaient d'où",
    "Josiane : ben de tout le canton hein",
    "Claire Vasseur (ENQ) : ouais",
    "Josiane : de partout enfin",
]

# several researchers take turns with one interviewee
PANEL = [
    "AB : bon on va commencer euh vous êtes pharmacien depuis longtemps ?",
    "P12 : euh vingt ans à peu près dont quinze ici dans le bourg",
    "CD : hm hm",
    "P12 : avant j'étais adjoint dans une grande officine euh en ville",
    "EF : et ça vous a plu de venir ici ?",
    "P12 : ah oui oui on connaît les gens on connaît les familles c'est pas du tout pareil euh",
    "CD : oui",
    "P12 : et puis avec le médecin on se parle tous les jours",
    "AB : tous les jours ?",
    "P12 : hein presque tous les jours oui",
]


def test_untagged_interviewer_is_the_one_who_prompts(gazetteer):
    text, segs = _segment(UNTAGGED, gazetteer)
    s = _at(text, segs, "depuis quatorze ans")
    assert (s.kind, s.speaker) == ("turn", "2IDEL")
    assert _at(text, segs, "la CPTS vous en avez entendu parler").kind == "moderator"
    assert _at(text, segs, "LC : hm hm").kind == "moderator"
    assert _at(text, segs, "2IDEL : voilà").kind == "turn"  # the interviewee's backchannel is hers


def test_tagged_interviewer(gazetteer):
    text, segs = _segment(TAGGED, gazetteer)
    assert _at(text, segs, "et les patients ils venaient").kind == "moderator"
    s = _at(text, segs, "ben de tout le canton")
    assert (s.kind, s.speaker) == ("turn", "Josiane")


def test_several_interviewers_take_turns(gazetteer):
    lines = split_lines("\n".join(PANEL) + "\n")
    assert spoken_transcript_speakers(lines)["P12"]["moderator"] is False
    assert {k for k, v in spoken_transcript_speakers(lines).items() if v["moderator"]} == {"AB", "CD", "EF"}


def test_turns_run_together_are_cut_at_a_label():
    lines = split_lines("\n".join(TAGGED[:-2] + ["Claire Vasseur (ENQ) : ouais Josiane : de partout enfin"]) + "\n")
    texts = [ln.text for ln in split_at_spoken_turns(lines) if ln.text]
    assert texts[-2:] == ["Claire Vasseur (ENQ) : ouais ", "Josiane : de partout enfin"]


def test_prompts():
    assert prompts("hm hm ah oui")
    assert prompts("est-ce que vous travaillez")
    assert prompts("vous habitez là ?")
    assert not prompts("on s'appelait tous les soirs")
    assert not prompts("")


def test_conversation_among_equals_has_no_interviewer():
    turns = [("A", "bon euh moi je trouve que le marché est trop cher"), ("B", "ah bon moi euh je trouve pas"),
             ("A", "si si les tomates hein à trois euros"), ("B", "bah à la ferme c'est moins cher euh"),
             ("A", "oui mais faut y aller"), ("B", "ben on y va ensemble samedi si tu veux")]
    assert interviewers(turns) == set()


@pytest.mark.parametrize("lines", [
    # a written interview: punctuated, no hesitation
    ["Marie : Bonjour. Pouvez-vous vous présenter ?", "Paul : Je suis infirmier à Lens depuis dix ans.",
     "Marie : Qu'est-ce qui a changé ?", "Paul : Tout. Nous avons appris à travailler ensemble.",
     "Marie : Et la CPTS ?", "Paul : Elle nous a fourni des masques ; c'était précieux.",
     "Marie : Merci.", "Paul : Merci à vous."],
    # a glossary: "term : definition", unpunctuated but no hesitation
    ["CPTS : communauté professionnelle territoriale de santé", "ARS : agence régionale de santé",
     "MSP : maison de santé pluriprofessionnelle", "IDEL : infirmier diplômé d'État libéral",
     "ESP : équipe de soins primaires", "CNAM : caisse nationale d'assurance maladie",
     "URPS : union régionale des professionnels de santé"],
    # interview cards: short unpunctuated "field : value" lines, the same fields again and again
    ["Entretien 1", "Durée : 45 min", "Lieu : cabinet", "Date : mars 2021", "Entretien 2", "Durée : 30 min",
     "Lieu : domicile", "Date : avril 2021", "Entretien 3", "Durée : 50 min", "Lieu : visio", "Date : mai 2021"],
])
def test_look_alikes_are_left_alone(lines):
    lines_ = split_lines("\n".join(lines) + "\n")
    assert spoken_transcript_speakers(lines_) == {}
    assert [ln.text for ln in split_at_spoken_turns(lines_)] == [ln.text for ln in lines_]


def test_the_one_interviewee_s_region_is_where_the_interview_says_they_live(gazetteer):
    lines = UNTAGGED[:2] + ["2IDEL : euh à Rodez depuis toujours j'habite à Rodez", "LC : d'accord"] + UNTAGGED[2:]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "depuis quatorze ans")
    assert (s.kind, s.speaker, s.region) == ("turn", "2IDEL", "Occitanie")


def test_a_place_without_a_verb_of_residence_gives_no_region_of_its_own(gazetteer):
    # not the speaker's residence; since session 19 (document_places.lone_place) the one place the
    # document names sets the document's région, as a reader does when nothing else is said
    lines = UNTAGGED[:2] + ["2IDEL : euh on a fait une formation à Rodez l'an dernier", "LC : d'accord"] + UNTAGGED[2:]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "depuis quatorze ans").region == "Occitanie"
    # with a second place of another région, nobody is placed
    lines = lines[:3] + ["LC : et la suivante ?", "2IDEL : à Besançon, cette année"] + lines[3:]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "depuis quatorze ans").region == ""


def test_several_interviewees_get_no_region_from_one_answer(gazetteer):
    lines_ = split_lines("\n".join(PANEL + ["Q7 : euh moi j'habite à Rodez", "AB : hm hm", "Q7 : voilà euh depuis peu"]) + "\n")
    found = spoken_transcript_speakers(lines_, gazetteer)
    assert found["P12"]["region"] == "" and found["Q7"]["region"] == ""
