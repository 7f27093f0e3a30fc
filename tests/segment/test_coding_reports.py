"""Coding reports of qualitative-analysis software pasted in an annex (segment/coding_reports.py):
passages under "<Fichiers\\…\\E04_KINE_Melun> - § 1 référence encodée" are the verbatims of the
file name's code, even when extraction ran the report into one paragraph; look-alikes: a path in
angle brackets with no reference count, a "Référence" line outside any report."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.coding_reports import file_parts, split_at_coding_headers
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))




REPORT = [
    "Annexe 3 – Extraction du nœud « Liens ville-hôpital »",
    "Les fichiers sont nommés par le numéro d'entretien, la profession (KINE : masseur-kinésithérapeute ; "
    "SF : sage-femme) et la commune.",
    "<Internals\\Entretiens\\E04_KINE_Melun> - § 2 références encodées [Couverture 2,10 %]",
    "Référence 1 - Couverture 1,20 %",
    "les sorties d'hôpital on les apprenait par les familles, jamais par un courrier",
    "Référence 2 - Couverture 0,90 %",
    "maintenant on a un numéro direct au service",
    "<Internals\\Entretiens\\E09_SF_Meaux> - § 1 référence encodée [Couverture 1,75 %] Référence 1 - "
    "Couverture 1,75 % je suivais les mamans à domicile dès le troisième jour",
    "Source : entretiens menés en 2022.",
]

LOOKALIKES = [
    "Le fichier <C:\\Données\\export.csv> contient les réponses brutes.",
    "Référence 1 - Couverture 3 % du territoire par la fibre, selon l'observatoire.",
    "Les deux références sont citées en bibliographie.",
]


def test_file_name_parts():
    assert file_parts("Fichiers\\Entretiens\\E07_IDEL_Nemours") == ["E07", "IDEL", "Nemours"]
    assert file_parts("Internals/E02_MG_Sens.docx") == ["E02", "MG", "Sens"]


def test_passages_are_verbatims_of_the_coded_interviewee(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    first = _at(text, segs, "les sorties d'hôpital")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "E04", "kinesitherapeute")
    assert first.region == "Île-de-France"  # Melun, from the file name
    assert _at(text, segs, "maintenant on a un numéro direct").speaker == "E04"
    midwife = _at(text, segs, "je suivais les mamans")  # a report run into one paragraph
    assert (midwife.kind, midwife.speaker, midwife.role) == ("verbatim", "E09", "sage_femme")
    assert _at(text, segs, "Référence 2 - Couverture").kind == "other"
    assert _at(text, segs, "Source : entretiens menés").kind != "verbatim"


def test_no_report_no_cut(gazetteer):
    lines = split_lines("\n".join(LOOKALIKES) + "\n")
    assert split_at_coding_headers(lines) == lines
    text, segs = _segment(LOOKALIKES, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)
