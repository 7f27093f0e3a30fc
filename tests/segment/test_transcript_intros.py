"""The place a transcript's introducing paragraph gives for all its turns
(segment/transcript_intros.py); look-alikes: an introduction naming places of two regions, a
chapter of prose above the turns, a sheet region that wins."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.transcript_intros import places_region


def _focus(intro):
    return [*intro,
            "Animateur : Qu'est-ce qui a changé pour vous avec la CPTS ?",
            "Martine : On se parle davantage, on se connaît enfin entre professions.",
            "Animateur : Et pendant la crise ?",
            "Martine : On a monté un centre de vaccination en dix jours, c'était fou.",
            "Paul : Moi je n'ai rien vu changer, franchement.",
            "Animateur : Rien du tout ?",
            "Paul : Si, les réunions du jeudi, je vous l'accorde."]


def test_the_introducing_paragraph_gives_every_turn_its_region(gazetteer):
    text, segs = _segment(_focus(["Le groupe s'est tenu le 3 mars 2022 à la mairie de Dole, avec six adhérents."]), gazetteer)
    for snippet in ("On se parle davantage", "On a monté un centre", "Moi je n'ai rien vu"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.region) == ("turn", "Bourgogne-Franche-Comté"), snippet


@pytest.mark.parametrize("intro", [
    # places of two regions: no single place for the group
    ["Deux groupes se sont tenus, l'un à Dole, l'autre à Rennes, avec six adhérents chacun."],
    # a chapter of prose above the turns, not an introduction, naming two régions
    ["La CPTS a été créée en 2019 à Dole.", "Elle réunit quatre-vingts adhérents.",
     "Ses missions sont celles de l'accord conventionnel, comme à Rennes.", "Nous avons réuni six adhérents."],
])
def test_look_alike_introductions_give_no_region(intro, gazetteer):
    text, segs = _segment(_focus(intro), gazetteer)
    s = _at(text, segs, "On se parle davantage")
    assert (s.kind, s.region) == ("turn", "")


def test_a_chapter_naming_one_place_sets_the_document_there(gazetteer):
    # not an introduction of the group, but the only place the document names (session 19:
    # document_places.lone_place): a reader sets the turns there
    intro = ["La CPTS a été créée en 2019 à Dole.", "Elle réunit quatre-vingts adhérents.",
             "Ses missions sont celles de l'accord conventionnel.", "Nous avons réuni six adhérents."]
    text, segs = _segment(_focus(intro), gazetteer)
    s = _at(text, segs, "On se parle davantage")
    assert (s.kind, s.region) == ("turn", "Bourgogne-Franche-Comté")


def test_the_document_sheet_region_wins(gazetteer):
    text, segs = _segment(_focus(["Le groupe s'est tenu à la mairie de Dole."]), gazetteer,
                          doc={"region": "Grand Est"})
    assert _at(text, segs, "On se parle davantage").region == "Grand Est"


def test_places_region_needs_one_region(gazetteer):
    assert places_region("réuni à Quimper (Finistère)", gazetteer)[0] == "Bretagne"
    assert places_region("à Quimper puis à Lille", gazetteer) == ("", "")


# s23-segmeet1: a sentence of the introduction about one party, opening on its label's noun, places
# that party only; the other sentences (a commune alone between commas among them) the setting
def _booth(intro, labels=("Médecin (à l'écran)", "Patiente", "Pharmacienne (en cabine)")):
    doctor, patient, pharmacist = labels
    return [*intro,
            f"{doctor} : Bonjour madame, je vous entends bien. Depuis quand toussez-vous ?",
            f"{patient} : Ça fait dix jours, et je n'arrive plus à dormir la nuit.",
            f"{pharmacist} : Je vous mets le stéthoscope, docteur, dites-moi où écouter.",
            f"{doctor} : Plus bas à gauche. J'entends quelques sibilants, pas de foyer."]


def test_a_party_placed_by_its_own_sentence_keeps_its_place_the_others_the_setting(gazetteer):
    # the case (round 41): the doctor is connected from Lyon, the booth is in Vierzon
    intro = ["Pharmacie du centre, Vierzon, 14 mai 2024, 17 h 20. Le médecin est un généraliste d'une "
             "plateforme, connecté depuis Lyon. La patiente, 34 ans, consulte pour une toux."]
    text, segs = _segment(_booth(intro), gazetteer)
    assert _at(text, segs, "je vous entends bien").region == "Auvergne-Rhône-Alpes"
    assert _at(text, segs, "Ça fait dix jours").region == "Centre-Val de Loire"
    assert _at(text, segs, "Je vous mets le stéthoscope").region == "Centre-Val de Loire"


def test_an_unseen_party_sentence_places_that_party_only(gazetteer):
    # unseen: a nurse in a remote centre, the patient's home in another région, other labels
    intro = ["Domicile de M. B., Guéret, 3 février 2023. L'infirmière répond depuis le centre de "
             "télésanté de Clermont-Ferrand. Le patient, 71 ans, est suivi pour une insuffisance cardiaque."]
    labels = ("Infirmière (à distance)", "Patient", "Aidante")
    text, segs = _segment(_booth(intro, labels), gazetteer)
    assert _at(text, segs, "je vous entends bien").region == "Auvergne-Rhône-Alpes"
    assert _at(text, segs, "Ça fait dix jours").region == "Nouvelle-Aquitaine"
    assert _at(text, segs, "Je vous mets le stéthoscope").region == "Nouvelle-Aquitaine"


def test_a_sentence_about_no_label_sets_the_whole_group(gazetteer):
    # near miss: "Le groupe …" is no party of the transcript: its place is everyone's, and a
    # sentence about a party naming no place changes nothing
    intro = ["Le groupe s'est tenu à la mairie de Dole. Le médecin est arrivé en retard."]
    text, segs = _segment(_booth(intro), gazetteer)
    for snippet in ("je vous entends bien", "Ça fait dix jours", "Je vous mets le stéthoscope"):
        assert _at(text, segs, snippet).region == "Bourgogne-Franche-Comté", snippet
