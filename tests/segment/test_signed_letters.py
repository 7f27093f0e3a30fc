"""Readers' letters signed at their end by a first name and an initial ("Françoise M., infirmière
retraitée, Aurillac"), the signature on its own line or run onto the last paragraph by extraction
(segment/testimony_bylines.py). Near-misses: a bibliography's "Martin P., Durand L. (2019)", a
newsroom note after the letter."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

LETTERS = [
    "Vos lettres",
    "« Qui soignera nos anciens ? »",
    "Je suis aide-soignante depuis vingt ans dans un service de soins à domicile. Nous ne sommes plus "
    "assez nombreuses pour faire les toilettes le dimanche. Je lance un appel aux élus. Martine G., "
    "aide-soignante, Rodez",
    "« Merci aux pompiers »",
    "Mon père est tombé chez lui un soir de janvier. Les pompiers sont arrivés en dix minutes et "
    "l'ont rassuré avec beaucoup de gentillesse.",
    "Paul V., Millau",
    "NDLR : nous publierons la réponse du SDIS dans notre prochain numéro.",
]


def test_signed_letters_are_their_writers_words(gazetteer):
    text, segs = _segment(LETTERS, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Nous ne sommes plus assez nombreuses")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Martine G.", "autre_paramedical", "Occitanie")
    s = _at(text, segs, "Les pompiers sont arrivés en dix minutes")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Paul V.", "autre", "Occitanie")
    assert _at(text, segs, "nous publierons la réponse du SDIS").kind == "narrative"
    assert _at(text, segs, "Qui soignera nos anciens").kind == "narrative"


BIBLIOGRAPHY = [
    "Bibliographie",
    "Les références ci-dessous ont été consultées en 2023.",
    "Martin P., Durand L. (2019). Les soins à domicile. Paris : PUF.",
    "Je renvoie aussi au rapport de la Cour des comptes, que je cite d'après :",
    "Bernard T., 2020, Lyon",
]


def test_a_bibliography_is_no_letter(gazetteer):
    text, segs = _segment(BIBLIOGRAPHY, gazetteer, doc={"kind": "memoire"})
    assert _speech(segs) == []
