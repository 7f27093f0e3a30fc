"""A table of people's words exported from a spreadsheet or a transcription tool
(segment/speaker_word_tables.py, s53): a header naming a speaker column and a words column, one row
per turn, no quotation marks; the same as a CSV export pasted with its semicolons and its quoted
fields. Each words cell is the turn of the label its row names, read through the document's key;
the other cells are no one's words. Look-alikes: a table of codes and counts, a participants table."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.speaker_word_tables import header_columns

BARS = [
    "Annexe C – Verbatims de la réunion publique du 3 octobre 2024 à Lamballe",
    "| Code | Fonction |",
    "| ANIM | Chargée de mission, animatrice de la réunion |",
    "| PH1 | Pharmacienne titulaire, Lamballe |",
    "| ELU | Adjoint au maire de Lamballe |",
    "| N° | Intervenant | Minutage | Propos |",
    "| 1 | ANIM | 00:02:10 | Qu'attendez-vous de la future maison de santé ? |",
    "| 2 | PH1 | 00:02:40 | Qu'elle ouvre le samedi matin, parce que c'est là que tout le monde arrive à l'officine sans ordonnance. |",
    "| 3 | ELU | 00:04:05 | La commune met à disposition le terrain, mais elle ne paiera pas les loyers des professionnels. |",
]

CSV = [
    "Les propos ont été saisis dans un tableur puis exportés en CSV. Codes : ENQ, l'enquêtrice ; IDE, infirmière libérale ; "
    "AS, aide-soignante du SSIAD.",
    "ID;Locuteur;Verbatim",
    'R1;ENQ;"Comment se passent les retours à domicile le vendredi ?"',
    'R2;IDE2;"On les apprend par la famille, le samedi. Il faut tout reprendre : l\'ordonnance, le matériel,',
    'le passage du soir."',
    'R3;AS1;"Et nous on arrive sans savoir que la personne est rentrée."',
]


def test_a_table_of_speakers_and_words(gazetteer):
    text, segs = _segment(BARS, gazetteer)
    assert _at(text, segs, "Qu'attendez-vous de la future maison").kind == "moderator"
    s = _at(text, segs, "Qu'elle ouvre le samedi matin")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "PH1", "pharmacien", "Bretagne")
    assert _at(text, segs, "La commune met à disposition le terrain").kind == "turn"
    assert _at(text, segs, "00:04:05").kind not in ("turn", "verbatim", "moderator")
    assert _at(text, segs, "Pharmacienne titulaire, Lamballe").kind not in ("turn", "verbatim", "moderator")


def test_a_csv_export_with_a_field_over_two_lines(gazetteer):
    text, segs = _segment(CSV, gazetteer)
    assert _at(text, segs, "Comment se passent les retours").kind == "moderator"
    s = _at(text, segs, "On les apprend par la famille")
    assert (s.kind, s.speaker, s.role) == ("turn", "IDE2", "infirmier")
    assert _at(text, segs, "le passage du soir") is s
    assert _at(text, segs, "Et nous on arrive sans savoir").role == "autre_paramedical"


def test_headers():
    assert header_columns("| ID | Locuteur | Temps | Verbatim |") == (1, 3, 4)
    assert header_columns("ID;Intervenant;Propos", ";") == (1, 2, 3)
    assert header_columns("| Code | Segments codés | Documents |") is None
    assert header_columns("| Participant | Profession | Âge |") is None
