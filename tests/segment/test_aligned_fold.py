"""segment/aligned_fold.py: a fold that keeps offsets, so that a text holding "…" or a ligature
is still searched for places (the gazetteer matched nothing in such a text before)."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH

from corpus.segment.aligned_fold import aligned_fold
from corpus.segment.regions import load_gazetteer
from corpus.text import fold


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


@pytest.mark.parametrize(("text", "expected"), [
    ("tous les trois mois… et elle", "tous les trois mois. et elle"),
    # the ligature "ﬁ" keeps its first letter: one character for one
    ("une efﬁcacité à Périgueux", "une effcacite a perigueux"),
    ("Café, à Besançon", "cafe, a besancon"),
])
def test_the_fold_keeps_every_offset(text, expected):
    assert aligned_fold(text) == expected
    assert len(aligned_fold(text)) == len(text)


def test_a_text_without_such_characters_folds_as_before():
    text = "Maison de santé de Périgueux, Dordogne"
    assert aligned_fold(text) == fold(text)


def test_places_are_found_after_an_ellipsis(gaz):
    text = ("H1 : Mon médecin m'a envoyé chez l'infirmière, tous les trois mois… "
            "Personne ne le sait dans le Périgord noir.")
    found = [(text[a:b], p.region) for a, b, p in gaz.find(text)]
    assert found == [("Périgord", "Nouvelle-Aquitaine")]


def test_look_alikes_after_an_ellipsis_stay_unplaced(gaz):
    # a lower-case word that is also a place name is still a word; an ellipsis changes nothing
    text = "Il faut tenir bon… le cher collègue a dit que la valence du sujet comptait."
    assert gaz.find(text) == []
