"""The région a whole document is set in (segment/document_places.py): every place it names in
one région, named at least twice, one of them from the gazetteer; look-alikes: a place named
once, places of two régions, one commune alone (a commune may be a foreign city's namesake); two
communes of one département do place it (segattr3), and so does a commune said by its short form."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


RADIO = [
    "Émission « Santé matin » du 11 janvier 2022 (transcription)",
    "Journaliste : Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine, qui exerce au Lamentin.",
    "Dr Célestine : Bonjour. Trouver un médecin quand le vôtre est en congé, c'est le problème numéro un.",
    "Journaliste : Et la nuit ?",
    "Dr Célestine : La nuit, c'est le centre 15, et c'est tout.",
    "Journaliste : Merci docteur.",
]


def test_a_document_whose_places_lie_in_one_region_gives_it(gaz):
    text, segs = _segment(RADIO, gaz)
    for snippet in ("Trouver un médecin", "La nuit, c'est le centre 15"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.region, s.attr_source) == ("turn", "Dr Célestine", "Martinique", "document_places")


@pytest.mark.parametrize("intro", [
    "Bonjour à tous, en direct de nos studios. Nous recevons le docteur Célestine, qui exerce au Lamentin.",  # once
    "Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine, de retour de Rennes.",  # two régions
    "Bonjour à tous, en direct du Lamentin. Nous recevons le docteur Célestine, qui exerce au Lamentin.",  # one commune only
    "Bonjour à tous, en direct du Robert. Nous recevons le docteur Célestine, qui exerce à Brest.",  # two régions
    "Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine.",  # once
])
def test_look_alikes_leave_the_words_without_region(gaz, intro):
    lines = [RADIO[0], f"Journaliste : {intro}", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region) == ("turn", "Dr Célestine", "")


def test_two_communes_of_one_departement_place_the_document(gaz):
    # no gazetteer place: "du Robert" and "au Lamentin", both in Martinique (972)
    lines = [RADIO[0], "Journaliste : Bonjour à tous, en direct du Robert. Nous recevons le docteur Célestine, "
             "qui exerce au Lamentin.", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region, s.attr_source) == ("turn", "Dr Célestine", "Martinique", "document_places")


def test_communes_of_two_departements_do_not_place_the_document(gaz):
    # Cancale (35) and Carnac (56), no gazetteer place: one région, but no two of one département
    lines = [RADIO[0], "Journaliste : Bonjour à tous, en direct de Cancale. Nous recevons le docteur Célestine, "
             "qui exerce à Carnac.", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region) == ("turn", "Dr Célestine", "")


FOCUS = [
    "Annexe 5. Transcription du groupe de discussion – MSP de Sarlat",
    "Six patients de la maison de santé, recrutés en salle d'attente, notés F1 à F3.",
    "Modératrice : Quand le cabinet est fermé, le soir ou le week-end, vous faites comment ?",
    "F1 : On appelle le 15. L'hiver dernier j'ai attendu quatre heures aux urgences de Sarlat…",
    "F2 : Personne ne sait qu'il y a une consultation le samedi, on est loin de tout dans le Périgord noir.",
]


def test_a_commune_said_by_its_short_form_places_the_document(gaz):
    # "Sarlat" for Sarlat-la-Canéda after "de", and the Périgord; the ellipsis no longer hides them
    text, segs = _segment(FOCUS, gaz)
    for snippet in ("On appelle le 15", "Personne ne sait"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.region) == ("turn", "Nouvelle-Aquitaine")


def test_a_short_form_shared_or_without_a_link_word_is_no_commune(gaz):
    communes = gaz.communes
    assert communes.resolve("Sarlat", short=True).name == "Sarlat-la-Canéda"
    assert communes.resolve("Ancenis", short=True).name == "Ancenis-Saint-Géréon"
    assert communes.resolve("Saint", short=True) is None  # begins hundreds of names
    assert communes.resolve("Martin", short=True) is None  # Martin-Église: no link word after it
    assert communes.resolve("Châlons", short=True) is None  # Châlons-en-Champagne and Châlons-du-Maine


def test_a_natural_region_is_no_short_form(gaz):
    # Bresse straddles two régions (left out of natural_regions.csv): "en Bresse" is not
    # Bresse-sur-Grosne; the Argonne (listed) is not a commune's head either
    assert gaz.communes.resolve("Bresse", short=True) is None
    assert [p for _, _, p in gaz.communes_after_prepositions("un éleveur installé en Bresse depuis dix ans")] == []
    assert gaz.communes.resolve("Sarlat", short=False) is None  # a whole field: names in full only
