"""A group of lay people presented above a focus group's turns gives them its role
(segment/introduced_groups.py): "Six patients de la maison de santé … notés F1 à F4"; look-alikes:
an introduction that names a profession too, one answering voice, no group noun, a group noun of
another role."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.introduced_groups import group_role
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


INTRO = ("Six patients de la maison de santé, recrutés en salle d'attente ; les femmes sont notées F1 à F3 "
         "et les hommes H1 et H2, dans l'ordre où ils ont pris la parole.")
TURNS = [
    "Modératrice : Est-ce que vous savez qui travaille dans cette maison de santé, à part votre médecin ?",
    "F1 : Il y a les infirmières, le kiné, et maintenant une diététicienne le mardi. C'est affiché à l'entrée.",
    "H1 : Moi je ne savais pas pour la diététicienne. Mon médecin m'a envoyé chez l'infirmière pour le diabète.",
    "Modératrice : Et quand le cabinet est fermé, le soir ou le week-end, vous faites comment ?",
    "H2 : On appelle le 15, il n'y a pas le choix. L'hiver dernier j'ai attendu quatre heures aux urgences.",
]


def _roles(intro: str, gaz, turns=TURNS) -> list[str]:
    text, segs = _segment(["Annexe 5. Transcription du groupe de discussion", intro, *turns], gaz)
    return [_at(text, segs, snippet).role for snippet in ("Il y a les infirmières", "Moi je ne savais pas",
                                                          "On appelle le 15")]


def test_the_groups_role_for_every_participant(gaz):
    assert _roles(INTRO, gaz) == ["autre", "autre", "autre"]


@pytest.mark.parametrize("intro", [
    # a profession named too: the group is not one kind of people
    "Six patients et deux infirmières de la maison de santé ont été réunis ; ils sont notés F1 à F3, H1 et H2.",
    # no group noun: the reader cannot say who they are
    "Séance du 23 novembre 2023, salle de réunion de la MSP ; les participants sont notés F1 à F3, H1 et H2.",
])
def test_look_alikes_leave_the_participants_undescribed(gaz, intro):
    assert _roles(intro, gaz) == ["inconnu", "inconnu", "inconnu"]


def test_one_answering_voice_is_no_group(gaz):
    turns = [TURNS[0], TURNS[1], TURNS[3], "F1 : On appelle le 15, il n'y a pas le choix, tout le monde le sait."]
    text, segs = _segment(["Annexe 5. Transcription", INTRO, *turns], gaz)
    assert _at(text, segs, "Il y a les infirmières").role == "inconnu"


def test_the_groups_nouns_must_have_one_role():
    assert group_role(INTRO) == ("autre", "patients")
    assert group_role("Huit habitants et usagers du quartier ont participé.") == ("autre", "habitants")
    # segroles12: a numbered group of one trade is a group too (was None: lay people only)
    assert group_role("Six médecins généralistes du territoire ont participé.") == ("medecin_generaliste", "medecins")
    assert group_role("Six médecins et deux infirmières du territoire ont participé.") is None


# segroles12: a group of one trade, numbered ("Cinq pharmaciens titulaires ou adjoints ont participé.
# Ils sont désignés Ph1 à Ph5.", round 26); an unseen variant: nurses' aides in an EHPAD, digits
TRADE_TURNS = [
    "Animatrice : Qu'est-ce qui a changé depuis l'arrivée de l'infirmière de nuit ?",
    "AS1 : On dort mieux, franchement. Avant, la nuit, on était seules avec nos questions.",
    "AS2 : Moi je trouve qu'on appelle moins le 15, on a quelqu'un à qui demander.",
    "Animatrice : Et avec les médecins traitants ?",
    "AS3 : Ça dépend. Certains passent le vendredi, d'autres on ne les voit jamais.",
]


def _trade_roles(intro: str, gaz) -> list[str]:
    text, segs = _segment(["Annexe 6. Transcription du groupe de discussion", intro, *TRADE_TURNS], gaz)
    return [_at(text, segs, snippet).role for snippet in ("On dort mieux", "on appelle moins le 15", "Ça dépend")]


def test_a_numbered_trade_for_every_participant(gaz):
    intro = "4 aides-soignantes de l'EHPAD de Figeac ont participé à la séance, un jeudi après-midi."
    assert _trade_roles(intro, gaz) == ["autre_paramedical"] * 3


@pytest.mark.parametrize("intro", [
    # two trades: not one
    "Quatre aides-soignantes et deux infirmières de l'EHPAD ont participé à la séance, un jeudi après-midi.",
])
def test_trade_look_alikes_leave_the_participants_undescribed(gaz, intro):
    assert _trade_roles(intro, gaz) == ["inconnu"] * 3
