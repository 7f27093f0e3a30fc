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


# s29-segr50b: a case study whose heading names its patient by a civility and an initial ("Étude de cas –
# Suivi de M. B."), a session log quoting the patient's feeling in guillemets with no attribution; unseen:
# an occupational therapy memoir's "Prise en charge de Mme R." in Brittany; near misses: a quotation in the
# third person (a leaflet's title) and a heading naming no initialled person.
def _structure(text, headings):
    starts = [text.index(h) for h in headings] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": h}
            for h, a, b in zip(headings, starts, starts[1:])]


def test_unattributed_first_person_quotes_of_a_case_study_are_its_patient(gazetteer):
    from segment_text import segment_at, segment_lines
    lines = ["Étude de cas – Prise en charge de Mme R.",
             "Mme R., 83 ans, vit seule à Landerneau et a fait deux chutes cet hiver. Elle a suivi 8 visites "
             "d'ergothérapie à domicile. Le carnet ci-dessous reprend l'objectif de chaque visite, le score de peur "
             "de tomber (0 à 10) et le ressenti exprimé par la patiente.",
             "Visite 2 (14/05) – transferts lit-fauteuil – peur 8 – ressenti : « Je n'ose plus me lever la nuit. »",
             "Visite 5 (04/06) – chemin lumineux posé – peur 5 – ressenti : « Maintenant je vais aux toilettes sans "
             "appeler ma fille. »",
             "Visite 7 (18/06) – marche au jardin – peur 3 – ressenti : « J'ai ramassé mes tomates toute seule, comme "
             "avant. »",
             "Visite 8 (25/06) – remise du livret « Prévenir les chutes à domicile » édité par la caisse.",
             "Discussion",
             "La peur de tomber a diminué de moitié en six semaines de prise en charge à domicile."]
    text = "\n".join(lines) + "\n"
    _, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"},
                            structure=_structure(text, [lines[0], "Discussion"]))
    for snippet in ("Je n'ose plus me lever", "sans appeler ma fille", "ramassé mes tomates"):
        s = segment_at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme R.", "autre"), snippet
    assert segment_at(text, segs, "Prévenir les chutes").speaker == ""
    assert segment_at(text, segs, "La peur de tomber a diminué").kind == "narrative"


def test_a_quotation_in_the_third_person_under_a_case_heading_is_not_the_patient():
    """Near miss: a quotation of the section that does not speak in the first person (a leaflet's
    title, a guideline) keeps no speaker."""
    from types import SimpleNamespace

    from corpus.segment.patient_profiles import case_subjects
    segs = [SimpleNamespace(kind="verbatim", speaker="", role="inconnu", role_raw="", section="Suivi de M. L.",
                            text="« Les chutes ne sont pas une fatalité. »"),
            SimpleNamespace(kind="verbatim", speaker="", role="inconnu", role_raw="", section="Suivi de M. L.",
                            text="« Je marche mieux depuis la canne. »"),
            SimpleNamespace(kind="verbatim", speaker="", role="inconnu", role_raw="", section="Résultats",
                            text="« Je marche mieux depuis la canne. »")]
    case_subjects(segs, ("verbatim", "turn"))
    assert [s.speaker for s in segs] == ["", "M. L.", ""]


def test_case_headings_name_an_initialled_person():
    from corpus.segment.patient_profiles import _case_heading
    assert _case_heading().search("Étude de cas – Suivi de M. B.").group("who") == "M. B."
    assert _case_heading().search("Cas clinique : Mme D.").group("who") == "Mme D."
    assert _case_heading().search("Suivi de la cohorte") is None
    assert _case_heading().search("3.2 Les patients suivis") is None
