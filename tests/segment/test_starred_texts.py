"""An Iramuteq corpus printed in an annex (segment/starred_texts.py): each text under its starred
line of variables ("**** *ent_03 *prof_sflib *dep_40") is one verbatim of the first variable,
the role from the document's key to the values (or the value itself), the région from the
département number; look-alikes: a line of stars as a separator, a starred line nothing follows,
the variables' key in prose."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.starred_texts import starred_attrs


def test_each_text_its_first_variable_the_keys_role_and_the_departements_region(gazetteer):
    text, segs = _segment([
        "Annexe 7 – Extrait du corpus soumis à Iramuteq",
        "Seules les réponses ont été conservées. Chaque texte est introduit par une ligne étoilée : ent "
        "(numéro d'entretien), prof (prof_sflib = sage-femme libérale, prof_mg = médecin généraliste) et dep.",
        "**** *ent_03 *prof_sflib *mil_rural *dep_40",
        "je suis installée seule depuis six ans et les suivis de grossesse c'est la moitié de mon activité",
        "le problème c'est l'échographie, il faut parfois attendre deux mois",
        "**** *ent_05 *prof_mg *dep_64",
        "honnêtement le suivi gynéco je le fais de moins en moins, la sage-femme du bourg le fait mieux",
    ], gazetteer)
    s = _at(text, segs, "installée seule depuis six ans")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "ent_03", "sage_femme", "Nouvelle-Aquitaine")
    assert _at(text, segs, "attendre deux mois") is s  # one text over two paragraphs: one verbatim
    s = _at(text, segs, "le suivi gynéco")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "ent_05", "medecin_generaliste", "Nouvelle-Aquitaine")
    assert _at(text, segs, "Seules les réponses").kind == "narrative"


def test_unseen_variant_other_variables_no_key_a_heading_closes_the_corpus(gazetteer):
    # other variable names, no key: the value read as a profession ("metier_kine"); "num_29" is
    # no département variable (Finistère would be wrong), "dpt_29" is
    lines = ["3. Corpus", "**** *num_29 *metier_kine *sexe_f *dpt_29",
             "depuis la maison de santé on travaille avec les infirmières du secteur pour les retours d'hôpital",
             "4. Analyse", "Le corpus compte douze textes."]
    head = len("\n".join(lines[:3])) + 1  # the section "4. Analyse" opens
    structure = [{"section_id": "1", "kind": "body", "level": "1", "heading": lines[0], "char_start": "0", "char_end": str(head)},
                 {"section_id": "2", "kind": "body", "level": "1", "heading": lines[3], "char_start": str(head),
                  "char_end": str(len("\n".join(lines)) + 1)}]
    text, segs = _segment(lines, gazetteer, structure=structure)
    s = _at(text, segs, "retours d'hôpital")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "num_29", "kinesitherapeute", "Bretagne")
    assert _at(text, segs, "Le corpus compte douze textes").kind != "verbatim"


def test_a_departement_number_under_another_variable_places_no_one(gazetteer):
    assert starred_attrs("**** *ent_40 *prof_mg", "", gazetteer)["region"] == ""


@pytest.mark.parametrize("line", [
    "****",  # a separator
    "**** Fin de l'entretien ****",
    "*** *ent_03 *prof_mg",  # three stars: no Iramuteq line
    "Les variables étoilées (*ent_03 *prof_mg) ouvrent chaque texte.",  # the key in prose
])
def test_look_alikes_are_no_starred_line(line, gazetteer):
    assert starred_attrs(line, "", gazetteer) is None


def test_near_miss_separator_and_a_starred_line_nothing_follows_give_no_item(gazetteer):
    text, segs = _segment([
        "Le protocole d'export vers Iramuteq est décrit ci-dessous.",
        "**** *ent_01 *prof_mg *dep_40",
        "",
        "****",
        "Les textes ont ensuite été lemmatisés et la classification descendante hiérarchique appliquée.",
    ], gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
