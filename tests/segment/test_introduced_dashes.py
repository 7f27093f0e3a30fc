"""A scene an observer writes down (segment/introduced_dashes.py, s53): dash lines under the
author's lines that end with a colon and say who speaks — a description (its role), a pronoun for
the person of the lead-in before, a voice nobody could tell, the one who runs the meeting (the
moderator). Look-alike: one quotation after a colon, a dashed list under a heading."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

SCENE = [
    "J'ai assisté en stage à une réunion de concertation au centre médico-social de Saint-Claude autour de M. B., 79 ans.",
    "La coordinatrice du SSIAD, qui anime la réunion, ouvre la séance :",
    "— Nous avons une demi-heure pour M. B., commençons par les soins.",
    "Puis elle se tourne vers le kinésithérapeute :",
    "— Vous le voyez toujours deux fois par semaine, malgré les escaliers ?",
    "Le kinésithérapeute libéral répond sans lever les yeux de son agenda :",
    "— Une fois seulement depuis janvier, il refuse la deuxième séance.",
    "Un silence. Puis une voix, au fond de la salle, que je n'ai pas pu identifier :",
    "— Il faudrait peut-être appeler son fils.",
    "Cette scène montre que la décision reste suspendue à la famille.",
]

LIST = [
    "Les thèmes abordés ont été les suivants :",
    "— l'organisation des tournées du soir ;",
    "— la transmission des informations à la pharmacie.",
    "Le guide d'entretien figure en annexe :",
    "— questions d'ouverture et présentation du parcours.",
]


def test_each_dash_line_is_the_words_its_lead_in_names(gazetteer):
    text, segs = _segment(SCENE, gazetteer)
    assert _at(text, segs, "Nous avons une demi-heure pour M. B.").kind == "moderator"
    q = _at(text, segs, "Vous le voyez toujours deux fois")
    assert (q.kind, q.role) == ("turn", "coordinateur")  # "Puis elle …": the coordinator, asking about the care
    k = _at(text, segs, "Une fois seulement depuis janvier")
    assert (k.kind, k.speaker, k.role) == ("turn", "", "kinesitherapeute")
    v = _at(text, segs, "Il faudrait peut-être appeler son fils")
    assert (v.kind, v.speaker, v.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Le kinésithérapeute libéral répond").kind == "narrative"


def test_a_dashed_list_under_a_colon_is_no_scene(gazetteer):
    text, segs = _segment(LIST, gazetteer)
    assert all(s.kind not in ("turn", "verbatim", "moderator") for s in segs)
