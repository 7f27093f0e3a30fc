"""Place names that are also common nouns (segment/article_places.py): "Réunion constitutive"
is a meeting, "La Réunion" and "à la Réunion" the region."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH

from corpus.segment.article_places import bare_common_noun
from corpus.segment.regions import load_gazetteer, resolve_region


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


@pytest.mark.parametrize("heading", ["Réunion constitutive", "Réunion du 15 juillet 2020 à 16h30",
                                     "Compte rendu — Réunion plénière"])
def test_meeting_is_not_the_region(gazetteer, heading):
    assert resolve_region(heading, gazetteer) == ("", "")


@pytest.mark.parametrize("field", ["infirmière libérale à la Réunion", "La Réunion", "ARS de La Réunion",
                                   "médecin généraliste, île de la Réunion"])
def test_region_with_its_article(gazetteer, field):
    assert resolve_region(field, gazetteer)[0] == "La Réunion"


def test_bare_common_noun():
    assert bare_common_noun("Réunion constitutive", 0, 7)
    assert not bare_common_noun("à la Réunion", 5, 12)
    assert not bare_common_noun("Normandie", 0, 9)  # not a listed word
