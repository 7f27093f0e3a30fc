"""The people a meeting record or a programme lists once, each a name and what they do
(segment/attendance_lists.py); look-alikes: a list of places or of dates, a single apposition."""

from __future__ import annotations

import pytest

from corpus.segment.attendance_lists import attendance_list, attendance_lists

PRESENT = ("Présents : Dr Lenoir, médecin généraliste, président ; Mme Perrin, pharmacienne titulaire à Saint-Dié ; "
           "M. Gérard, infirmier libéral ; Mme Kieffer, coordinatrice.")


def test_the_people_present_and_what_they_do():
    assert attendance_list(PRESENT) == {"Dr Lenoir": "médecin généraliste, président",
                                        "Mme Perrin": "pharmacienne titulaire à Saint-Dié",
                                        "M. Gérard": "infirmier libéral", "Mme Kieffer": "coordinatrice"}
    guests = attendance_list("Invités : Dr Line Abienso, médecin généraliste à Saint-Laurent ; Patrick Sabayo, infirmier.")
    assert guests == {"Dr Line Abienso": "médecin généraliste à Saint-Laurent", "Patrick Sabayo": "infirmier"}


@pytest.mark.parametrize("text", [
    "Présents : sept professionnels ; deux élus ; la coordinatrice.",  # no names
    "Participants : Saint-Dié, Gérardmer ; Remiremont, Épinal.",  # places, not people
    "Présents : Dr Lenoir, médecin généraliste, président.",  # one entry: an apposition
    "Ordre du jour : Dr Lenoir, médecin généraliste ; Mme Perrin, pharmacienne.",  # no attendance heading
])
def test_look_alikes_list_no_one(text):
    assert attendance_list(text) == {}


def test_the_lists_one_region_places_the_entries_without_a_place(gazetteer):
    found = attendance_lists(["Compte rendu", PRESENT], gazetteer)
    assert found["Dr Lenoir"] == ("médecin généraliste, président", ("Grand Est", "Saint-Dié"))
    assert found["Mme Perrin"][1][0] == "Grand Est"  # "Saint-Dié": Saint-Dié-des-Vosges by its first words
    two = PRESENT.replace("M. Gérard, infirmier libéral", "M. Gérard, infirmier libéral à Brest")
    assert attendance_lists([two], gazetteer)["Dr Lenoir"][1] == ("", "")  # two régions: no shared place
