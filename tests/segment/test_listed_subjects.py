"""Quotations led by a pronoun standing for a participant the document's list names a few sentences
before (segment/listed_subjects.py, s54): a table of informants by pseudonym, then a portrait per
person ("Maëlys tient … ⏎ Elle raconte : « … »", "Pour lui, … : « … »"). Look-alikes: a pronoun
after a person described by a noun, after someone else's quoted words, a name nobody listed."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.listed_subjects import listed_subject

PORTRAITS = [
    "Chapitre 4. Vivre loin du médecin : trois portraits du Haut-Allier",
    "Les entretiens ont été menés en 2023 ; le tableau ci-dessous présente les personnes rencontrées.",
    "| Prénom | Âge | Profession ou situation | Commune |",
    "| Maëlys | 39 | Infirmière libérale | Langeac |",
    "| Bastien | 52 | Pharmacien titulaire | Saugues |",
    "| Jeanine | 81 | Retraitée, sans médecin traitant | Pinols |",
    "4.1. Maëlys, la tournée comme lien",
    "Maëlys exerce seule depuis la fermeture du cabinet voisin. Chaque matin, elle part avant sept heures.",
    "Elle décrit une tournée devenue une veille : « Je passe chez des gens qui n'ont plus que moi, alors je regarde tout, le frigo, les boîtes. »",
    "4.2. Bastien, le comptoir",
    "Bastien a repris l'officine de Saugues en 2012. Il voit passer chaque semaine des patients sans ordonnance.",
    "Pour lui, le rôle a changé : « On me demande de trier, de rassurer, de dire s'il faut aller aux urgences du Puy. »",
    "4.3. Jeanine",
    "Jeanine vit seule au-dessus du bourg. Le médecin de Saugues ne prend plus de nouveaux patients.",
    "Il le reconnaît sans détour : « Je refuse tous les jours des gens que je connais depuis trente ans. »",
]


def test_the_pronoun_stands_for_the_listed_person_named_before(gazetteer):
    text, segs = _segment(PORTRAITS, gazetteer)
    m = _at(text, segs, "Je passe chez des gens qui n'ont plus que moi")
    assert (m.kind, m.speaker, m.role, m.region) == ("verbatim", "Maëlys", "infirmier", "Auvergne-Rhône-Alpes")
    b = _at(text, segs, "On me demande de trier, de rassurer")
    assert (b.speaker, b.role) == ("Bastien", "pharmacien")


def test_a_person_noun_subject_in_between_is_who_the_pronoun_stands_for():
    # "Le médecin de Saugues ne prend plus …" then "Il le reconnaît …": the physician, not Jeanine
    text = ("Jeanine vit seule au-dessus du bourg. Le médecin de Saugues ne prend plus de nouveaux patients.\n"
            "Il le reconnaît sans détour : « Je refuse tous les jours des gens. »")
    assert listed_subject(text, text.index("«"), ["Jeanine"]) == ""


def test_listed_subject_reads_only_listed_names_and_pronoun_leads():
    names = ["Maëlys", "Bastien"]
    text = "Maëlys exerce seule. Elle résume : « Je passe chez des gens. »"
    assert listed_subject(text, text.index("«"), names) == "Maëlys"
    other = "Océane exerce seule. Elle résume : « Je passe chez des gens. »"
    assert listed_subject(other, other.index("«"), names) == ""  # nobody listed
    quoted = "Maëlys exerce seule. Sa voisine dit « merci » à chaque passage. Elle résume : « Je passe. »"
    assert listed_subject(quoted, quoted.rindex("«"), names) == ""  # words in between: maybe the voisine's
    named = "Maëlys exerce seule. La secrétaire résume : « Je passe. »"
    assert listed_subject(named, named.index("«"), names) == ""  # no pronoun: the secretary speaks
