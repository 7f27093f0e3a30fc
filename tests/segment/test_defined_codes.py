"""Codes of any shape that a key in the methods defines ("CoordoCDS = coordinatrice de centre de
santé ; ChargMissARS = chargée de mission …", segment/discovery.py Context.defined_code): a quotation
closed by one in parentheses, numbered or not ("« … » (CoordoCDS2)"), or led by one as subject of a
verb of saying ("MedCDS1 estime que « … »") is that person's, with the role the key gives. A code is
a code because the document defines it: an acronym in parentheses after a quoted text ("(HAS)") stays
no one."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

CASE = [
    "Chapitre 4. Résultats",
    "Les onze entretiens ont été menés auprès d'acteurs de deux centres de santé municipaux de Seine-Saint-Denis. "
    "Codes utilisés : CoordoCDS = coordinatrice de centre de santé ; MedCDS = médecin généraliste salarié ; "
    "ChargMissARS = chargée de mission à la délégation départementale ; EluSanté = adjointe au maire déléguée à la "
    "santé. Un chiffre distingue les personnes d'une même catégorie.",
    "Les coordinatrices insistent sur l'accueil social. « La moitié de mes journées, c'est de l'accès aux droits, "
    "ce n'est écrit nulle part dans ma fiche de poste » (CoordoCDS2).",
    "Les médecins salariés valorisent le travail en équipe : MedCDS1 estime que « le salariat, c'est ce qui permet "
    "de passer quarante minutes avec un patient ».",
    "Du côté de l'agence, le discours porte sur les indicateurs : « on finance, donc on attend des retours » "
    "(ChargMissARS).",
]

# other codes, other trades, another département; a quotation of a text closed by an acronym
VARIANT = [
    "Résultats",
    "Neuf entretiens semi-directifs ont été conduits dans des maisons de santé du Cantal. Nomenclature : "
    "InfLib = infirmière libérale ; PharmOff = pharmacien d'officine ; KinéMSP = masseur-kinésithérapeute "
    "exerçant en maison de santé.",
    "Le protocole de coopération est jugé lourd : « il faut trois signatures pour renouveler une ordonnance » "
    "(PharmOff3). Pour sa part, InfLib2 affirme que « le protocole, on le fait vivre le soir, après les tournées ».",
    "La recommandation demeure prudente : « le suivi des patients chroniques repose sur une coordination "
    "formalisée » (HAS).",
]


def test_defined_codes_speak_with_the_keys_role(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    one = _at(text, segs, "La moitié de mes journées")
    assert (one.kind, one.speaker, one.role, one.region) == ("verbatim", "CoordoCDS2", "coordinateur", "Île-de-France")
    two = _at(text, segs, "le salariat, c'est ce")
    assert (two.kind, two.speaker, two.role) == ("verbatim", "MedCDS1", "medecin_generaliste")
    three = _at(text, segs, "on finance, donc")
    assert (three.kind, three.speaker, three.role) == ("verbatim", "ChargMissARS", "institutionnel_ars")


def test_unseen_variant_and_an_acronym_of_a_text(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    pharm = _at(text, segs, "il faut trois signatures")
    assert (pharm.kind, pharm.speaker, pharm.role, pharm.region) == (
        "verbatim", "PharmOff3", "pharmacien", "Auvergne-Rhône-Alpes")
    inf = _at(text, segs, "on le fait vivre le soir")
    assert (inf.kind, inf.speaker, inf.role) == ("verbatim", "InfLib2", "infirmier")
    # near-miss: "(HAS)" closes a recommendation's words, an institution's text, not a person's
    has = _at(text, segs, "repose sur une coordination")
    assert has.speaker == ""
