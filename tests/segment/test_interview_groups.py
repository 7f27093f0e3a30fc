"""Extracts grouped by interview under a header line (segment/interview_groups.py, s55): "Entretien 4 —
sage-femme libérale, Pontarlier" over quotations without a code, a relance in brackets between them.
Look-alikes: a quotation with its own code, a header that is a sentence, the next group's header set
below a quotation (no credit)."""

from __future__ import annotations

from segment_text import heading_structure, line_styles, segment_at, segment_lines

from corpus.segment.interview_groups import header

LINES = [
    "5. Extraits d'entretiens",
    "Les extraits sont regroupés par entretien, chacun sous une ligne qui donne le profil de la personne.",
    "Entretien 4 — sage-femme libérale, cabinet de groupe, Pontarlier",
    "« Le protocole m'autorise à prescrire le bilan, et pour la patiente c'est un rendez-vous de moins. »",
    "[Relance : et quand le protocole ne prévoit pas la situation ?]",
    "« Là, je frappe à la porte du médecin entre deux patientes, si la porte est ouverte je peux entrer. »",
    "Entretien 7 — médecin généraliste, maison de santé, Morteau",
    "« J'ai mis deux ans à lâcher les frottis, pas par méfiance, mais je perdais le contact avec mes patientes. »",
    "Entretien 8 — infirmière libérale, Ornans",
    "« Et puis il y a la patiente qui me dit : c'est la sage-femme qui m'a tout expliqué. » (E12)",
]


def test_quotations_under_an_interview_header_are_that_interviews(gazetteer):
    text, segs = segment_lines(LINES, gazetteer, structure=heading_structure(LINES, [0, 2, 6, 8]),
                               styles=line_styles(LINES, {3, 5, 7}))
    first = segment_at(text, segs, "un rendez-vous de moins")
    second = segment_at(text, segs, "si la porte est ouverte")
    gp = segment_at(text, segs, "je perdais le contact")
    assert (first.speaker, first.role, first.region) == ("Entretien n°4", "sage_femme", "Bourgogne-Franche-Comté")
    assert (second.speaker, second.role) == ("Entretien n°4", "sage_femme")  # not the next header's
    assert (gp.speaker, gp.role) == ("Entretien n°7", "medecin_generaliste")
    assert segment_at(text, segs, "qui m'a tout expliqué").speaker in ("E12", "Entretien n°12")  # its own code


def test_header_reads_a_numbered_interview_and_a_description():
    assert header("Entretien 8 — profil non communiqué, secteur de Morteau") == (
        "8", "profil non communiqué, secteur de Morteau")
    assert header("Entretien n° 12 – pharmacien titulaire, Ornans") == ("12", "pharmacien titulaire, Ornans")
    assert header("Entretien 3. Elle décrit la situation. Puis elle conclut.") is None  # a sentence
    assert header("Entretien réalisé le 4 mai — durée 40 minutes") is None  # no number after the word
