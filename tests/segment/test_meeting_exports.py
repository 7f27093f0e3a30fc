"""A video meeting's transcript export (segment/meeting_exports.py): "LEROUX, Nathalie   12:04"
above each turn's words, the "Participants :" line giving what each does, a name line the
extraction ran onto the turn above; look-alikes: a programme's "DURAND, Anne 14:30" over talk
titles, and a single name line."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.meeting_exports import meeting_export_speakers, split_at_name_lines

EXPORT = [
    "Annexe 5 – Transcription automatique du comité de pilotage du 3 octobre 2022 (extrait)",
    "Participants : MOREAU, Claire (coordinatrice de la CPTS) ; PETIT, Jean (médecin généraliste, Lisieux) ; "
    "NGUYEN, Linh (pharmacienne, Caen).",
    "MOREAU, Claire   10:02",
    "On passe au point sur la vaccination. Je vous rappelle que l'ARS attend notre bilan.",
    "PETIT, Jean   10:15",
    "Oui. De notre côté on a vacciné tous les patients de plus de quatre-vingts ans.",
    "Et on a encore des doses pour la semaine prochaine.",
    "NGUYEN, Linh   10:31",
    "Nous on manque de créneaux le samedi, je vous le dis franchement.",
]


def test_name_lines_are_the_speakers_with_the_participants_roles(gazetteer):
    text, segs = _segment(EXPORT, gazetteer)
    jean = _at(text, segs, "De notre côté on a vacciné")
    assert (jean.kind, jean.speaker, jean.role) == ("turn", "PETIT, Jean", "medecin_generaliste")
    assert _at(text, segs, "Et on a encore des doses").segment_id == jean.segment_id
    claire = _at(text, segs, "On passe au point")
    assert (claire.kind, claire.speaker, claire.role) == ("turn", "MOREAU, Claire", "coordinateur")
    linh = _at(text, segs, "Nous on manque de créneaux")
    assert (linh.speaker, linh.role, linh.region) == ("NGUYEN, Linh", "pharmacien", "Normandie")


def test_a_name_line_run_onto_the_turn_above_is_cut(gazetteer):
    text = "\n".join(EXPORT[:4]) + " PETIT, Jean 10:15\n" + "\n".join(EXPORT[5:]) + "\n"
    lines = split_at_name_lines(split_lines(text), gazetteer)
    assert "PETIT, Jean 10:15" in [ln.text for ln in lines]


def test_a_programme_of_speakers_is_no_export(gazetteer):
    lines = split_lines("Programme de la journée régionale des CPTS\nDURAND, Anne   9:30\nOuverture et présentation "
                        "du bilan régional\nLEROY, Paul   10:15\nLes soins non programmés en zone rurale\n"
                        "MARTIN, Sophie   11:00\nTable ronde : la coordination ville-hôpital\n")
    assert meeting_export_speakers(lines, gazetteer) == {}


def test_a_single_name_line_is_no_export(gazetteer):
    lines = split_lines("Compte rendu.\nMOREAU, Claire   10:02\nJe vous remercie d'être venus.\n")
    assert meeting_export_speakers(lines, gazetteer) == {}
