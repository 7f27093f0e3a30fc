"""Parents designated by the first name of the child they care for, in the parenthesis after the
quotation ("(mère d'Enzo, 7 ans)", colon_subjects.kin_reference): the relative speaks, as the
document designates them, with a relative's role. Near-misses: a kinship noun without a first name
("(père de famille, 45 ans)") or a title in the shape of one ("(Le Père Goriot, 1835)")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.colon_subjects import kin_reference

CASE = [
    "4. Le point de vue des familles",
    "Les entretiens ont été conduits au Robert et à Sainte-Luce, auprès de quatre orthophonistes libérales et de "
    "cinq parents d'enfants suivis. Les parents sont désignés par le prénom modifié de leur enfant.",
    "Le premier obstacle cité par les familles est le délai : « on a attendu dix-huit mois, dix-huit mois [sic] "
    "sans rien, et entre-temps il est rentré au CP » (mère d'Enzo, 7 ans).",
]

# another relative, another child, no age; a third-person paragraph with a kinship noun and no name
VARIANT = [
    "Résultats",
    "Six familles suivies au CAMSP de Quimper ont été rencontrées à domicile.",
    "La coordination reste l'affaire des parents : « c'est moi qui fais le lien entre l'école, la kiné et le "
    "pédiatre, personne d'autre ne le fait » (grand-mère de Noé). Ce constat revient souvent.",
]


def test_a_parent_designated_by_the_child(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    s = _at(text, segs, "on a attendu dix-huit mois")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "mère d'Enzo", "autre", "Martinique")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "c'est moi qui fais le lien")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "grand-mère de Noé", "autre")


def test_near_misses():
    assert kin_reference("père de famille, 45 ans") is None
    assert kin_reference("Le Père Goriot, 1835") is None
    assert kin_reference("mère d'Enzo, 7 ans")["speaker"] == "mère d'Enzo"
