"""Posts a document names in full once, then by their last word alone (segment/elliptical_posts.py,
s54): "une pharmacienne adjointe" then "L'adjointe décrit … : « … »". Look-alikes: a word two
phrases of different roles share, a post nobody names in full."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.elliptical_posts import post_roles

TEAM = [
    "1. Terrain",
    "L'étude a été conduite dans une officine de Seix. L'équipe comprend une pharmacienne titulaire, une "
    "pharmacienne adjointe et deux préparatrices ; les personnes sont désignées par leur poste.",
    "2. Le comptoir",
    "La titulaire, qui organise la matinée, résume la situation en rangeant les commandes : « Le planning, je le fais "
    "le lundi, et le lundi à dix heures il ne ressemble déjà plus à rien. »",
    "L'adjointe décrit ce qu'elle appelle son « double poste » : « Je passe du test au comptoir sans me changer les "
    "idées, je garde la blouse et je change juste de gants. »",
    "À 10 h 40, le téléphone sonne. La préparatrice la plus ancienne décroche, puis nous explique : « Quand il y a la "
    "queue jusque dehors, on ne conseille plus, on délivre, et ça me gêne. »",
]


def test_a_post_named_in_full_once_gives_its_role_to_the_word_alone(gazetteer):
    text, segs = _segment(TEAM, gazetteer)
    assert _at(text, segs, "il ne ressemble déjà plus à rien").role == "pharmacien"
    adj = _at(text, segs, "je garde la blouse et je change")
    assert (adj.kind, adj.speaker, adj.role) == ("verbatim", "", "pharmacien")
    prep = _at(text, segs, "on ne conseille plus, on délivre")
    assert (prep.speaker, prep.role) == ("", "autre_paramedical")  # "À 10" is a time, no code


def test_post_roles_reads_the_documents_own_phrases():
    text = "une pharmacienne adjointe et une infirmière coordinatrice ; le médecin coordinateur, la secrétaire"
    posts = post_roles(text)
    assert posts["adjointe"] == "pharmacien"
    assert "secretaire" not in posts  # named alone, no phrase
