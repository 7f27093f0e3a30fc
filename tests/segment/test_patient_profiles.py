"""Patients' profiles closing a quotation make the code a person (segment/patient_profiles.py).
Look-alikes: a parenthesis of a code and a technical note, a questionnaire item, a profile after
no code."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.patient_profiles import patient_profile


def test_profile_words():
    assert patient_profile("primipare, césarienne, sortie J3")
    assert patient_profile("3e pare, voie basse")
    assert patient_profile("aidante de son mari, 74 ans")
    assert not patient_profile("voie basse, J2")  # the delivery, no person named first
    assert not patient_profile("item inversé")
    assert not patient_profile("")


def test_coded_quotes_with_obstetric_profiles(gazetteer):
    lines = ["Les neuf mères rencontrées ont accouché à la maternité de Vannes ; elles sont désignées M1 à M9.",
             "« Le premier soir à la maison, j'ai cru que je n'y arriverais pas. » (M2, primipare, voie basse, sortie J2)",
             "« Cette fois la sage-femme est passée dès le lendemain, ça change tout. » (M6, 3e pare, césarienne)",
             "Le score obtenu « reste stable » (Q4, item inversé) sur l'ensemble de la cohorte."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "j'ai cru que je n'y arriverais pas")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M2", "autre")
    s = _at(text, segs, "la sage-femme est passée dès le lendemain")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M6", "autre")
    assert _at(text, segs, "reste stable").kind == "narrative"  # a questionnaire item, no patient
