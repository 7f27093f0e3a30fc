"""Informants quoted in the shape of a bibliographic reference, first name, profession and the
year of the interview ("(Gérard, médecin généraliste, 2019)", attributions.dated_description), in
paragraphs that also cite the literature: the first name speaks, the profession is the role. A real
reference ("(Bloy, 2010 ; Schweyer, 2015)", "(Bourdin, 2018, p. 42)", "(Laurent, 2017)") is no one."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import dated_description

CASE = [
    "Le « dernier médecin » : travail de permanence",
    "Cet article s'appuie sur une enquête ethnographique menée entre 2019 et 2021 dans deux cantons ruraux de "
    "l'Ariège. Les informateurs sont cités sous la forme (prénom modifié, profession, année de l'entretien).",
    "La figure du médecin « corvéable » traverse la littérature (Bloy, 2010 ; Schweyer, 2015). Sur le terrain : "
    "« je suis le dernier à trente kilomètres, si je pars en vacances il n'y a plus personne » (Gérard, médecin "
    "généraliste, 2019).",
    "« Les gens savent que s'ils m'appellent moi, le docteur les rappellera » (Martine, secrétaire médicale, 2020).",
]

# other names, trades, years and département; a real reference quoting a text with its page
VARIANT = [
    "Matériau et méthode",
    "Nous avons observé trois cabinets de la Creuse entre 2020 et 2022.",
    "La sage-femme y est décrite comme « le premier recours » des jeunes mères : « on m'appelle pour tout, même "
    "pour un biberon, et je trouve ça normal » (Solène, sage-femme libérale, 2021).",
    "Cette « disponibilité permanente des soignants ruraux » reste pourtant une norme implicite (Laurent, 2017, "
    "p. 12), comme « l'engagement sans compter des généralistes » (Robelet, 2020).",
]


def test_dated_informants_speak(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    gp = _at(text, segs, "je suis le dernier")
    assert (gp.kind, gp.speaker, gp.role) == ("verbatim", "Gérard", "medecin_generaliste")
    sec = _at(text, segs, "Les gens savent")
    assert (sec.kind, sec.speaker, sec.role) == ("verbatim", "Martine", "secretaire")


def test_unseen_variant_and_references(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    sf = _at(text, segs, "on m'appelle pour tout")
    assert (sf.kind, sf.speaker, sf.role) == ("verbatim", "Solène", "sage_femme")
    # near-misses: words of the literature, cited with their author and year
    for snippet in ("disponibilité permanente", "l'engagement sans compter"):
        seg = _at(text, segs, snippet)
        assert seg.speaker not in ("Laurent", "Robelet")
    assert dated_description("2017, p. 12") == "2017, p. 12"
    assert dated_description("2010 ; Schweyer, 2015") == "2010 ; Schweyer, 2015"


# s44: the informant's pseudonym and the year alone, "(Gisèle, 2022)", after a lead that gives the words
# to a person it describes speaking; "(Favret-Saada, 1977)" after an author's idea stays a reference
ETHNOGRAPHY = [
    "Guérisseurs et médecins dans le Coutançais",
    "Les patients combinent les recours. Une ancienne agricultrice de Gavray raconte sa brûlure de 2019 : "
    "« Je suis d'abord allée chez le coupeur de feu, et ensuite aux urgences, qui ont dit que c'était propre. » "
    "(Gisèle, 2022)",
    "On ne parle de ces pratiques qu'en y étant pris : « on ne peut rien en dire si on n'y est pas pris » "
    "(Favret-Saada, 1977).",
]


def test_a_pseudonym_and_a_year_after_a_described_speaker(gazetteer):
    text, segs = _segment(ETHNOGRAPHY, gazetteer)
    patient = _at(text, segs, "chez le coupeur de feu")
    assert (patient.kind, patient.speaker, patient.role, patient.region) == ("verbatim", "Gisèle", "autre", "Normandie")
    assert _at(text, segs, "on ne peut rien en dire").kind not in ("verbatim", "turn")
