"""A committee record's chair named by a "Présidence de" line, and the record's own lines
(segment/chaired_records.py); look-alikes: a record with no such line (a rapporteur speaking as
"président" of a working group stays a member), a chair's sentence about the committee."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.chaired_records import chair_names, is_chair, is_record_line

RECORD = [
    "Mercredi 14 octobre 2020",
    "- Présidence de M. Paul Guérin, président -",
    "La réunion est ouverte à 14 h 30.",
    "M. Paul Guérin, président. - Nous poursuivons nos travaux avec l'audition des représentants des infirmiers libéraux.",
    "Je vous rappelle que cette audition fait l'objet d'une captation vidéo.",
    "La commission procède à l'audition de Mme Hélène Vasseur, présidente de l'union régionale.",
    "Mme Hélène Vasseur, présidente de l'union régionale des infirmiers. - Pendant le premier confinement, nous avons organisé les tournées à domicile.",
    "Mme Anne Lefort. - Combien d'infirmiers ont été contaminés dans la région ?",
]


def test_chair_named_by_presidence_line_is_moderator(gazetteer):
    text, segs = _segment(RECORD, gazetteer)
    assert _at(text, segs, "Nous poursuivons nos travaux").kind == "moderator"
    assert _at(text, segs, "Je vous rappelle que cette audition").kind == "moderator"
    s = _at(text, segs, "Pendant le premier confinement")
    assert (s.kind, s.speaker) == ("turn", "Hélène Vasseur")
    s = _at(text, segs, "Combien d'infirmiers")
    assert (s.kind, s.role) == ("turn", "elu")


def test_record_line_ends_the_intervention(gazetteer):
    text, segs = _segment(RECORD, gazetteer)
    assert _at(text, segs, "La commission procède à l'audition").kind not in ("turn", "verbatim", "moderator")


def test_without_presidence_line_a_president_stays_a_member(gazetteer):
    lines = [
        "M. Jean Morin, président du groupe de travail. - Avec Mme Dubois, nous vous présentons nos conclusions sur les déserts médicaux.",
        "Mme Sophie Dubois, rapporteure. - Dix ans après la loi, la situation s'est aggravée.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Avec Mme Dubois").kind == "turn"


def test_chair_names_and_record_lines():
    chairs = chair_names(split_lines("- Présidence de Mme Jeanne Roche, présidente d'âge -\nSous la présidence de M. Luc Bernard, la séance reprend.\n"))
    assert is_chair("Jeanne Roche", chairs) and is_chair("Luc Bernard", chairs)
    assert not is_chair("Anne Lefort", chairs)
    assert is_record_line("La commission d'enquête procède à la désignation de son bureau.")
    assert is_record_line("La séance est levée à 18 heures.")
    assert not is_record_line("La commission doit entendre les syndicats la semaine prochaine.")
    assert not is_record_line("Le procès-verbal de la réunion sera diffusé.")
