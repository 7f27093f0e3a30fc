"""An online form's export pasted as text (segment/answer_tables.py, export cells): a header row
of semicolon-separated columns (the answer column headed by the question, a profession and a
département column), one row per respondent, each free answer a verbatim of the profession's
role in the département's région; look-alikes: a row of numbers under the question, a data
dictionary, prose with semicolons."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.answer_tables import export_cells

SPEECH = ("verbatim", "turn")


def test_each_answer_a_verbatim_of_the_profession_in_the_departements_region(gazetteer):
    text, segs = _segment([
        "Annexe 4 – Réponses libres à la question 14 (export brut du formulaire)",
        "Horodateur;Profession;Département;Q14. Qu'est-ce qui vous aiderait à mieux prendre en charge les soins non programmés ?",
        "15/01/2024 08:12:44;Infirmier(e) libéral(e);971;\"Avoir un numéro direct pour joindre le médecin de garde, le soir on reste seule.\"",
        "15/01/2024 21:40:02;Médecin généraliste;971;Des créneaux réservés dans les agendas de tous; une régulation qui connaît le territoire.",
    ], gazetteer)
    s = _at(text, segs, "Avoir un numéro direct")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "infirmier", "Guadeloupe")
    assert not s.text.startswith('"') and not s.text.startswith("«")
    s = _at(text, segs, "Des créneaux réservés")
    assert (s.kind, s.role, s.region) == ("verbatim", "medecin_generaliste", "Guadeloupe")
    assert "une régulation qui connaît" in s.text  # the answer keeps its own semicolon
    assert _at(text, segs, "Qu'est-ce qui vous aiderait").kind not in SPEECH


def test_unseen_variant_other_columns_and_an_answer_word(gazetteer):
    # the département first, "Métier", an answer column named as such, a column after the profession
    text, segs = _segment([
        "Dpt;Métier;Ancienneté;Réponse libre",
        "29;Pharmacienne titulaire;12 ans;On voit passer des patients sans médecin traitant depuis des mois.",
        "56;Sage-femme libérale;3 ans;Je fais les suivis post-partum que la maternité ne peut plus assurer.",
    ], gazetteer)
    s = _at(text, segs, "On voit passer des patients")
    assert (s.kind, s.role, s.region) == ("verbatim", "pharmacien", "Bretagne")
    s = _at(text, segs, "Je fais les suivis post-partum")
    assert (s.kind, s.role, s.region) == ("verbatim", "sage_femme", "Bretagne")


@pytest.mark.parametrize("lines", [
    # numbers under the question: a count is no answer
    ["Horodateur;Profession;Département;Combien de demandes de soins non programmés par semaine ?",
     "15/01/2024 08:12:44;Médecin généraliste;971;12",
     "15/01/2024 09:02:10;Infirmier(e) libéral(e);971;4"],
    # a data dictionary: the export's columns described, no profession column
    ["Variable;Type;Libellé;Exemple",
     "profession;texte;Profession du répondant;Médecin généraliste",
     "departement;nombre;Département d'exercice (numéro);971",
     "q14;texte libre;Qu'est-ce qui vous aiderait à mieux prendre en charge les soins non programmés ?;Un numéro direct"],
    # prose with semicolons
    ["Les répondants sont infirmiers; médecins; pharmaciens; la plupart exercent en Guadeloupe.",
     "Les départements 971; 972; 973 ont été inclus; la Réunion non."],
])
def test_near_misses_give_no_item(lines, gazetteer):
    _, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_export_cells_keep_the_answers_separators():
    line = "15/01;MG;971;un; deux"
    assert [line[a:b] for a, b in export_cells(line, 4)] == ["15/01", "MG", "971", "un; deux"]
    assert export_cells("une phrase; une seule") == []
