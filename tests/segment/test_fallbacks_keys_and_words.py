"""segfix16's small edits to shared rules (round 17 tuned on): a key of the labels under a word
of its own ("Locuteurs : L1 : … ; L2 : …", fallbacks.colon_key), profession words before a
letter ("Kiné D :") and group labels with a manner ("Plusieurs, en même temps :") in
lang/fr/labels.yaml, département and regional councillors as elected members (roles.yaml).
Each with the look-alike that must stay out."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.roles import normalize_role

VISIT = [
    "Annexe 2. Entretien à domicile, Apt, 3 mars 2022 (extrait)",
    "Locuteurs : L1 : enquêteur ; L2 : Mme Blanc, 81 ans, patiente suivie à domicile ; L3 : M. Ruiz, kinésithérapeute.",
    "L1 : Comment se passaient les soins pendant le confinement ?",
    "L2 : Le kiné venait quand même, avec son masque.",
    "L3 : Oui, je n'ai jamais arrêté les visites chez elle.",
    "L1 : Et avec le médecin ?",
    "L2 : Par téléphone, seulement.",
]


def test_a_titled_key_describes_the_labels(gazetteer):
    text, segs = _segment(VISIT, gazetteer)
    s = _at(text, segs, "je n'ai jamais arrêté les visites")
    assert (s.kind, s.speaker, s.role) == ("turn", "L3", "kinesitherapeute")
    assert _at(text, segs, "Le kiné venait quand même").role == "autre"
    assert _at(text, segs, "Comment se passaient les soins").kind == "moderator"


def test_a_titled_line_without_a_key_is_no_key(gazetteer):
    lines = list(VISIT)
    lines[1] = "Contexte : la patiente est suivie par la CPTS ; l'entretien a lieu chez elle."
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je n'ai jamais arrêté les visites").role in ("", "inconnu")


FOCUS = [
    "Le groupe s'est réuni à Bayonne avec quatre professionnels.",
    "Animatrice : Qu'avez-vous retenu de la crise ?",
    "Infirmière A : Le téléphone qui ne s'arrêtait pas.",
    "Kiné B : Nous, on était fermés, j'ai appelé mes patients un par un.",
    "Plusieurs, en même temps : Oui, c'est ça.",
    "Animatrice : Et aujourd'hui ?",
    "Infirmière A : Le groupe de messagerie.",
]


def test_abbreviated_profession_and_group_with_a_manner(gazetteer):
    text, segs = _segment(FOCUS, gazetteer)
    s = _at(text, segs, "Nous, on était fermés")
    assert (s.kind, s.speaker, s.role) == ("turn", "Kiné B", "kinesitherapeute")
    s = _at(text, segs, "Oui, c'est ça.")
    assert (s.kind, s.speaker) == ("turn", "")
    # "En même temps" opening a sentence of prose is no label
    text, segs = _segment(["En même temps : la question reste ouverte pour les autres territoires."], gazetteer)
    assert not [x for x in segs if x.kind in ("turn", "verbatim")]


@pytest.mark.parametrize("desc, role", [
    ("conseillère départementale du canton de Millau", "elu"),
    ("conseiller régional d'Occitanie", "elu"),
    ("conseillère en économie sociale et familiale", "autre"),
])
def test_councillors(desc, role):
    assert normalize_role(desc) == role


# ---- s46: a results table quoting patients row by row under a "Patient" column --------------------

def test_a_patient_column_s_code_and_profile_say_whose_quotations_fill_the_row(gazetteer):
    lines = ["Tableau 2 – Ce que disent les patients avant et après le programme",
             "| Patient | Avant | Après |",
             "| P3 (67 ans, Mauriac) | « Le diabète, c'est l'affaire de mon médecin. » | « Je sais lire une étiquette "
             "maintenant. » |",
             "| P5 (59 ans, Salers) | « Je mange comme avant, je ne vois pas le problème. » | « J'ai changé le pain "
             "du matin. » |"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "c'est l'affaire de mon médecin")
    assert (s.kind, s.speaker, s.role_raw) == ("verbatim", "P3", "P3 (67 ans, Mauriac)")
    assert _at(text, segs, "J'ai changé le pain").speaker == "P5"


def test_a_parenthesised_key_of_codes_and_what_they_are():
    # (s55) "(P01 et P02 médecins généralistes, P03 infirmière, A01 ARS de Corse)"
    from corpus.segment.fallbacks import parenthesised_codes

    text = ("Codes : P01 à P04, professionnels de la maison de santé (P01 et P02 médecins généralistes, P03 "
            "infirmière, P04 masseur-kinésithérapeute) ; A01 et A02, institutions (A01 ARS de Corse, A02 CPAM "
            "de Corse-du-Sud).")
    found = dict(parenthesised_codes(text))
    assert found["P02"] == "médecins généralistes" and found["P04"] == "masseur-kinésithérapeute"
    assert found["A02"] == "CPAM de Corse-du-Sud"
    # a parenthesis of figures or of places, or of one item only: no key
    assert parenthesised_codes("(P1 2 %, P2 5 %)") == []
    assert parenthesised_codes("(entretien P1 réalisé à Ajaccio)") == []


def test_the_sentences_that_say_who_was_interviewed_decide_the_study_role():
    # (s55) a results sentence that mentions another trade ("… l'information du médecin traitant") does not
    # undo the methods' one role; without the methods' sentence the two trades leave none
    from corpus.segment.fallbacks import study_role

    methods = "Nous avons mené des entretiens semi-directifs avec six pharmaciens titulaires de l'Aveyron."
    results = "Les pharmaciens soulignent le temps nécessaire à l'information du médecin traitant."
    aside = "Lors d'un entretien, une cliente est intervenue spontanément."
    assert study_role([methods, results, aside]) == "pharmacien"
    assert study_role([results]) == ""

