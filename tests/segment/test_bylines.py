"""Quotations led by a byline: "Par Dr X, médecin généraliste à Y : « … »" (segment/bylines.py).
Look-alikes: "Par ailleurs" and "Par exemple" opening a sentence, a byline without a name (a
team), a byline word before a name with no description."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.bylines import byline, name_byline

NEWSLETTER = [
    "Lettre d'information – printemps 2024",
    "Paroles d'adhérents",
    "Par Pr Hélène Morvan, gériatre au centre hospitalier de Quimper : « Depuis que je connais les infirmières "
    "du secteur, je fais sortir mes patients le vendredi sans crainte. »",
    "Témoignage de Paul Le Bihan, masseur-kinésithérapeute à Concarneau : « J'ai enfin été invité à une réunion "
    "sur les chutes, et j'y ai appris plein de choses. »",
]


def test_a_byline_names_the_speaker_without_its_lead_word(gazetteer):
    text, segs = _segment(NEWSLETTER, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Depuis que je connais les infirmières")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Pr Hélène Morvan", "Bretagne")
    s = _at(text, segs, "J'ai enfin été invité à une réunion")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Paul Le Bihan", "kinesitherapeute", "Bretagne")


def test_byline_look_alikes(gazetteer):
    assert byline("Par Marc Olivier, pharmacien à Brest :", gazetteer)["speaker"] == "Marc Olivier"
    assert byline("Par Dr Anne Roux, médecin généraliste à Lorient :", gazetteer)["role"] == "medecin_generaliste"
    assert byline("Par ailleurs, la présidente de la CPTS :", gazetteer) is None  # no name
    assert byline("Par exemple, une infirmière de Brest :", gazetteer) is None
    assert byline("Par l'équipe infirmière de Lorient :", gazetteer) is None  # a team, no name
    assert byline("Par Marc Olivier :", gazetteer) is None  # a name and nothing about the person
    assert byline("Par Marc Olivier, Le Seuil, 2019 :", gazetteer) is None  # a book's author, publisher, year
    assert byline("Marc Olivier, pharmacien à Brest :", gazetteer) is None  # no byline word


# s29-segr51b: a booklet's box giving a participant's words under the byline words and a first
# name alone, a professional's with the trade (bylines.name_byline)
BOOKLET = [
    "Cahier de l'atelier équilibre – Centre social de Vierzon",
    "Tarte aux poireaux sans pâte",
    "1. Émincez les poireaux. 2. Faites-les fondre à feu doux avec un peu d'huile.",
    "Paroles de Gisèle : « Moi qui ne mangeais jamais de légumes, j'en ai repris ce midi. »",
    "Le mot de Bernard, kinésithérapeute : « Dix minutes de marche après le repas suffisent à changer la glycémie. »",
    "Le mot de passe : « atelier2024 », à saisir sur la tablette de l'accueil.",
    "Le mot de Noël : « Joyeuses fêtes à tous les participants et à leurs familles. »",
]


def test_a_box_byline_names_a_participant_by_first_name(gazetteer):
    text, segs = _segment(BOOKLET, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Moi qui ne mangeais jamais de légumes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Gisèle", "autre")
    s = _at(text, segs, "Dix minutes de marche après le repas")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Bernard", "kinesitherapeute")
    # a password, a season's greeting that nobody says in the first person: no one's words
    assert _at(text, segs, "atelier2024").kind != "verbatim"
    assert _at(text, segs, "Joyeuses fêtes à tous les participants").kind != "verbatim"


def test_box_byline_look_alikes(gazetteer):
    assert name_byline("Le mot de Josiane :", gazetteer, True)["speaker"] == "Josiane"
    assert name_byline("Le mot de Josiane :", gazetteer, False) is None  # the words do not speak
    assert name_byline("Par Josiane :", gazetteer, True) is None  # "par" signs an article
    assert name_byline("Le mot de la fin :", gazetteer, True) is None  # no name
    assert name_byline("Le mot de Josiane, 12 mai 2024 :", gazetteer, True) is None  # a date, no person
