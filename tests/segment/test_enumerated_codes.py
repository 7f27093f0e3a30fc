"""Participants' codes enumerated after a colon in a methods sentence, each with what the person
does (segment/enumerated_codes.py): "… un entretien : IDE1, infirmière libérale à Pontarlier ;
IDE2, …". Look-alikes: an enumeration of words, not codes; a single code; a list of places."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.enumerated_codes import enumerated_codes


def test_codes_enumerated_after_a_colon():
    text = ("Trois infirmières ont accepté un entretien : IDE1, infirmière libérale à Dole ; IDE2, infirmière "
            "de SSIAD à Lons-le-Saunier ; IPA1, infirmière en pratique avancée. Les entretiens ont été retranscrits.")
    assert enumerated_codes([text]) == {"IDE1": "infirmière libérale à Dole", "IDE2": "infirmière de SSIAD à Lons-le-Saunier",
                                        "IPA1": "infirmière en pratique avancée"}


@pytest.mark.parametrize("text", [
    "Trois thèmes ressortent : Coordination, le lien ville-hôpital ; Prévention, la vaccination.",
    "Une seule infirmière a répondu : IDE1, infirmière libérale à Dole.",
    "Les communes du territoire : Dole, Jura ; Tavaux, Jura ; Auxonne, Côte-d'Or.",
    "Deux codes seulement : IDE1, infirmière libérale à Dole ; la seconde a refusé.",
])
def test_enumerations_that_introduce_no_codes(text):
    assert enumerated_codes([text]) == {}


def test_a_memoir_quoting_the_enumerated_codes(gazetteer):
    lines = ["Quatre infirmières ont accepté un entretien semi-directif : IDE1, infirmière libérale à Pontarlier ; "
             "IDE2, infirmière libérale à Morteau ; IDE3, infirmière de SSIAD à Ornans. Chaque citation renvoie "
             "aux lignes de la retranscription.",
             "« La nuit du 31, j'avais trois patients covid sur ma tournée et aucun médecin joignable. » (IDE2, l. 88-92)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "La nuit du 31")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "IDE2", "infirmier", "Bourgogne-Franche-Comté")


def test_shared_descriptions_acronyms_and_participant_words():
    """s51: several codes sharing a description, an abbreviation in capitals standing for a person,
    a participant word and a number whose description leaves the trade to the label."""
    key = ("Les personnes citées sont désignées ainsi : TUT1, TUT2, infirmières tutrices ; IDEC, infirmière "
           "coordinatrice de l'EHPAD ; CHE, la chercheuse.")
    found = enumerated_codes([key])
    assert found["TUT1"] == found["TUT2"] == "infirmières tutrices"
    assert found["IDEC"] == "infirmière coordinatrice de l'EHPAD"
    key = "Sages-femmes : Sage-femme 1, libérale, Luzy ; Sage-femme 2, PMI, Autun."
    assert enumerated_codes([key]) == {"Sage-femme 1": "Sage-femme libérale, Luzy", "Sage-femme 2": "Sage-femme PMI, Autun"}
    assert enumerated_codes(["Patientes : Patiente 1, primipare, Luzy ; Patiente 2, deuxième grossesse, Autun."]) == {
        "Patiente 1": "primipare, Luzy", "Patiente 2": "deuxième grossesse, Autun"}
    assert enumerated_codes(["Clé : P1 : médecin généraliste, Ambert ; P2 : infirmière libérale, Arlanc."]) == {
        "P1": "médecin généraliste, Ambert", "P2": "infirmière libérale, Arlanc"}


def test_an_abbreviation_list_of_institutions_is_no_key():
    assert enumerated_codes(["Sigles : ARS, agence régionale de santé ; CPTS, communauté professionnelle "
                             "territoriale de santé ; MSP, maison de santé pluriprofessionnelle."]) == {}


def test_the_key_names_the_interviewer(gazetteer):
    lines = ["Conventions", "Les locuteurs sont désignés ainsi : TUT1, infirmière tutrice ; CHE, la chercheuse.",
             "Extrait 4",
             "CHE : et quand ça ne va pas, vous l'écrivez sur la feuille d'évaluation du stage ?",
             "TUT1 : euh je le dis à l'oral, sur la feuille je mets à retravailler, parce que la feuille elle la suit partout",
             "CHE : d'accord, et l'étudiant le prend comment quand vous le lui dites ?",
             "TUT1 : plutôt bien, je crois, on en reparle le lendemain matin à la relève"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "et quand ça ne va pas").kind == "moderator"
    s = _at(text, segs, "sur la feuille je mets")
    assert (s.kind, s.speaker, s.role) == ("turn", "TUT1", "infirmier")


def test_the_key_says_the_writer_asks(gazetteer):
    """s53 (round 109): "S00, l'étudiante (moi)" in a diarisation tool's key: the writer's label, the
    moderator's, whatever her turns end with."""
    lines = ["Clé des étiquettes : S00, l'étudiante (moi) ; S01, l'aide-soignante interrogée ; S02, la patiente.",
             "[00:00:03] S00 : Vous pouvez me décrire votre matinée, depuis votre arrivée.",
             "[00:00:10] S01 : Je commence à sept heures par les toilettes, la première est à Sisteron.",
             "[00:00:41] S00 : Et quand vous êtes en retard, vous prévenez.",
             "[00:00:45] S01 : J'appelle la famille, ou la patiente directement si elle entend bien.",
             "[00:01:02] S02 : Moi j'entends très bien, c'est le téléphone qui est loin."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Vous pouvez me décrire votre matinée").kind == "moderator"
    assert _at(text, segs, "Et quand vous êtes en retard").kind == "moderator"
    s = _at(text, segs, "Je commence à sept heures")
    assert (s.kind, s.speaker) == ("turn", "S01")


def test_two_codes_joined_by_et_share_one_description():
    # (s55) "INST-2 et INST-3, conseillers de la CPAM"
    text = ("Les acteurs sont codés : INST-1, chargée de mission à la délégation de l'ARS ; INST-2 et INST-3, "
            "conseillers de la CPAM du Cantal ; INST-4, médecin élu à l'URPS.")
    found = enumerated_codes([text])
    assert found["INST-2"] == found["INST-3"] == "conseillers de la CPAM du Cantal"
    assert found["INST-4"] == "médecin élu à l'URPS"


def test_a_paragraph_that_is_only_a_key_of_codes_groups_and_ranges():
    # (s55) "Acteur institutionnel n°2 : …", "Ent. 1 à Ent. 3 : …", "Ent. 4 et Ent. 5 : …"
    from corpus.segment.enumerated_codes import numbered_key

    key = numbered_key(["Acteur institutionnel n°2 : chargé de mission de l'ARS ; Élu n°1 : maire de Laguiole ; "
                        "Professionnel n°4 : pharmacienne à Espalion."])
    assert key == {"Acteur institutionnel n°2": "chargé de mission de l'ARS", "Élu n°1": "maire de Laguiole",
                   "Professionnel n°4": "pharmacienne à Espalion"}
    ranged = numbered_key(["Ent. 1 à Ent. 3 : infirmières coordinatrices d'EHPAD ; Ent. 4 et Ent. 5 : médecins "
                           "traitants ; EC-1 et"])  # (the last entry cut where the next line opens)
    assert ranged["Ent. 2"] == "infirmières coordinatrices d'EHPAD" and ranged["Ent. 5"] == "médecins traitants"
    # a line of answers, a line of themes: no key
    assert numbered_key(["P1 : oui ; P2 : non ; P3 : parfois."]) == {}
    assert numbered_key(["Thème 1 : l'accès ; Thème 2 : la coordination."]) == {}


def test_a_numbered_key_describes_the_quotes_of_its_labels(gazetteer):
    lines = ["Les enquêtés sont désignés par leur catégorie et un numéro ; ceux qui sont cités sont :",
             "Acteur institutionnel n°2 : chargé de mission de la délégation de l'ARS ; Professionnel n°4 : "
             "pharmacienne titulaire à Espalion.",
             "« Les décisions se prennent au téléphone la semaine d'avant. » (Acteur institutionnel n°2)",
             "« Au contrat local, on parle de nous, pas avec nous. » (Professionnel n°4)"]
    text, segs = _segment(lines, gazetteer)
    ars = _at(text, segs, "Les décisions se prennent")
    pharm = _at(text, segs, "on parle de nous")
    assert (ars.speaker, ars.role) == ("Acteur institutionnel n°2", "institutionnel_ars")
    assert (pharm.speaker, pharm.role) == ("Professionnel n°4", "pharmacien")
