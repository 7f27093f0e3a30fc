"""Labels that give a first name and an age in parentheses, as a users' focus group names its
participants (segment/aged_labels.py): "Gisèle (72 ans) : …", "Jean-Claude (66 ans, aidant) :
…". Look-alike: a list of patients' cases in the same form, which says nobody's words."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.aged_labels import aged_person


def test_an_age_first_and_speaking_lines_make_a_person():
    assert aged_person("72 ans", ["Gisèle (72 ans) : Pour moi, rien."])
    assert aged_person("66 ans, aidant", ["Jean-Claude (66 ans, aidant) : Moi je m'occupe de ma femme."])
    assert not aged_person("72 ans", ["Gisèle (72 ans) : diabète, vit seule."])
    assert not aged_person("Lot", ["Gisèle (Lot) : Pour moi, rien."])
    assert not aged_person("72 ans", [])


def test_a_users_focus_group_labelled_by_first_name_and_age(gazetteer):
    lines = ["Annexe 3 – Groupe d'usagers de Pontivy (12 mars 2022)",
             "Animatrice : Qu'est-ce qui a changé pour vous depuis le covid ?",
             "Gisèle (72 ans) : Pour moi, rien. J'attends toujours trois semaines pour le docteur.",
             "Jean-Claude (66 ans, aidant) : Moi je m'occupe de ma femme, et l'infirmière passe tous les matins.",
             "Animatrice : Vous connaissez la CPTS ?",
             "Maryse (45 ans) : Moi si, parce que j'ai eu le numéro pour le vaccin de ma mère."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    first = _at(text, segs, "Pour moi, rien")
    assert (first.kind, first.speaker) == ("turn", "Gisèle")
    assert (_at(text, segs, "Moi je m'occupe de ma femme").kind, _at(text, segs, "Moi je m'occupe").speaker) \
        == ("turn", "Jean-Claude")
    assert _at(text, segs, "Moi si, parce que").speaker == "Maryse"
    assert _at(text, segs, "Vous connaissez la CPTS").kind == "moderator"


def test_a_list_of_patients_cases_in_the_same_form_has_no_turn(gazetteer):
    lines = ["Tableau 2. Patients suivis par l'équipe pendant le premier confinement",
             "Gisèle (72 ans) : diabète de type 2, vit seule, deux passages infirmiers par jour.",
             "Marcel (81 ans) : insuffisance cardiaque, sortie d'hospitalisation en avril.",
             "Yvette (77 ans) : troubles cognitifs, aidée par sa fille."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert all(s.kind not in ("verbatim", "turn", "moderator") for s in segs)
