"""Quotations attributed by a description that opens with a code of a shape the document never
listed (segment/coded_descriptions.py): "(Patient 4, femme, 68 ans, Lannion)", "— SF-L2,
libérale, Vannes"; the code is the speaker. Near misses: a group session's code ("FG1, …": the
person is the one described), an institution ("CPAM 22"), a trade without a number."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.coded_descriptions import description_code

LINES = ["Mémoire de master Santé publique – Université de Rennes",
         "Les patients rencontrés à la sortie de l'hôpital décrivent d'abord l'attente.",
         "« On m'a dit de rappeler le cabinet, mais personne ne décroche avant dix heures. » "
         "(Patient 4, femme, 68 ans, Lannion)",
         "Les sages-femmes libérales parlent surtout du lien avec la maternité.",
         "« Le retour à domicile se prépare par téléphone, et souvent le vendredi soir. » "
         "(SF-L2, libérale, Vannes)",
         "Une généraliste résume ce que beaucoup disent.",
         "« Je ne connais pas le nom de l'infirmière de nuit, et elle ne connaît pas le mien. » "
         "(Médecin généraliste, Pontivy)"]


def test_the_code_opening_a_description_is_the_speaker(gazetteer):
    text, segs = _segment(LINES, gazetteer)
    patient = _at(text, segs, "personne ne décroche avant dix")
    assert (patient.kind, patient.speaker) == ("verbatim", "Patient 4")
    midwife = _at(text, segs, "se prépare par téléphone")
    assert (midwife.kind, midwife.speaker, midwife.role) == ("verbatim", "SF-L2", "sage_femme")
    doctor = _at(text, segs, "le nom de l'infirmière de nuit")
    assert (doctor.kind, doctor.speaker, doctor.role) == ("verbatim", "", "medecin_generaliste")


def test_description_code_reads_code_shapes_only():
    assert description_code("Patient 12, femme, 59 ans, Les Abymes") == "Patient 12"
    assert description_code("Préparatrice 2, Aubervilliers") == "Préparatrice 2"
    assert description_code("participant n°5, pharmacien") == "participant n°5"
    assert description_code("MG 1, La Désirade") == "MG 1"
    assert description_code("FG1, infirmière") is None  # a group session: the person is the one described
    assert description_code("CPAM 19") is None  # an institution
    assert description_code("Tableau 2, répartition des répondants") is None  # a table
    assert description_code("Médecin généraliste, Basse-Terre") is None  # a trade, no code
    assert description_code("Covid-19, deuxième vague") is None  # a word and a year
