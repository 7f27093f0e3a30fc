"""Dialogue-dash quotes with the speaker in an end incise (segment/dash_incises.py), as a local
paper sets them; look-alikes: a novel's dialogue (names without a role), a single such
paragraph, dash quotes in guillemets (left to the quote rules); the places of a local paper
settling an ambiguous commune."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.dash_incises import dash_quotes, end_incise, shared_region

FEATURE = [
    "En Ardèche, les soignants ont appris à travailler ensemble",
    "Dans le bassin d'Annonay, la communauté professionnelle a été créée pendant le premier confinement.",
    "— On s'appelait tous les soirs, sinon on ne s'en sortait pas, se souvient Hélène Marcon, sage-femme à Annonay.",
    "— Aujourd'hui encore, on garde ce réflexe, assure-t-elle.",
    "Plus au sud, à Privas, le cabinet de Julien Ferrand a servi de centre de dépistage.",
    "— On a fait les tests dans le garage, avec des tables de camping, raconte le médecin.",
    "La communauté compte désormais quatre-vingts membres.",
]


def test_dash_quotes_take_the_incise_speaker(gazetteer):
    text, segs = _segment(FEATURE, gazetteer)
    s = _at(text, segs, "On s'appelait tous les soirs")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Hélène Marcon", "sage_femme", "Auvergne-Rhône-Alpes")
    s = _at(text, segs, "on garde ce réflexe")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hélène Marcon", "sage_femme")
    s = _at(text, segs, "On a fait les tests dans le garage")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Julien Ferrand", "medecin_generaliste", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "raconte le médecin").kind == "attribution"
    for prose in ("Dans le bassin d'Annonay", "Plus au sud, à Privas", "La communauté compte"):
        assert _at(text, segs, prose).kind == "narrative"


def test_end_incise_shapes():
    assert end_incise("— On a tenu, glisse Marie Payet, infirmière à Saint-Pierre.")[1].group("who").startswith("Marie")
    assert end_incise("— C'était dur, ajoute-t-elle.")[1].group("pron") == "elle"
    assert end_incise("— On a tenu, et puis voilà.") is None  # no speech verb
    assert end_incise("— Elle ajoute qu'on a tenu, malgré tout.") is None  # the verb is not in an end incise


def test_a_local_paper_s_places_settle_an_ambiguous_commune(gazetteer):
    # Saint-Pierre is a commune in eight regions; Le Tampon only in La Réunion
    assert shared_region("Elle exerce à Saint-Pierre. Au nord, au Tampon, la pharmacie …", gazetteer)[0] == "La Réunion"
    assert shared_region("Elle exerce à Saint-Pierre.", gazetteer) == ("", "")


@pytest.mark.parametrize("lines", [
    # a novel's dialogue: the incises name people without a trade
    ["— Tu viens ? demanda-t-il.", "— Non, répondit Paul Martin.", "— Tant pis, dit Jeanne Roux."],
    # one such paragraph alone
    ["— On a tenu, glisse Marie Payet, infirmière libérale à Saint-Pierre.", "La suite de l'article."],
    # dash quotes in guillemets: the quote rules read them
    ["— « On a tenu », glisse Marie Payet, infirmière libérale.", "— « C'était dur », ajoute-t-elle."],
])
def test_look_alikes_give_no_dash_quote(lines, gazetteer):
    assert dash_quotes(split_lines("\n".join(lines) + "\n"), {}, gazetteer) == {}
