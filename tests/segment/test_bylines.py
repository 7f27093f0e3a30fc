"""Quotations led by a byline: "Par Dr X, médecin généraliste à Y : « … »" (segment/bylines.py).
Look-alikes: "Par ailleurs" and "Par exemple" opening a sentence, a byline without a name (a
team), a byline word before a name with no description."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.bylines import byline

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
