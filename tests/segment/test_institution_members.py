"""Someone of an institution as the subject of an incise, whatever the noun
(segment/institution_members.py): "« … », précise la conseillère de la CPAM de l'Hérault que
nous avons interrogée." Near misses: the institution itself, a head noun with a role of its own."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.institution_members import institution_member


@pytest.mark.parametrize("who, role", [
    ("la conseillère de la CPAM de l'Hérault", "institutionnel_cpam"),
    # unseen: nouns no person list holds
    ("l'agent de la caisse primaire", "institutionnel_cpam"),
    ("une référente du conseil départemental", "institutionnel_autre"),
    # near misses: the institution speaks (its communiqué); the head gives the role itself
    ("la CPAM de l'Hérault", ""),
    ("le maire de Lunel", ""),
    ("la présidente de la CPTS", ""),
])
def test_institution_member(who, role):
    assert institution_member(who) == role


LETTER = [
    "La Lettre de la CPTS du Pays de Lunel – n° 7 – Vos questions",
    "Chaque trimestre, nous répondons aux questions que vous nous envoyez par mail.",
    "Réponse : la CPTS indemnise les réunions sur la base d'un forfait horaire voté en assemblée générale. « Ces "
    "indemnités sont financées par l'accord conventionnel interprofessionnel, elles ne sont pas imposables "
    "différemment de vos honoraires », précise la conseillère de la CPAM de l'Hérault que nous avons interrogée.",
    "« Le mieux est de déclarer ces sommes à part, comme d'habitude », indique la CPAM dans sa foire aux questions.",
]


def test_in_a_newsletter(gazetteer):
    text, segs = _segment(LETTER, gazetteer, doc={"kind": "newsletter"})
    s = _at(text, segs, "Ces indemnités sont financées")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "institutionnel_cpam")
    assert _at(text, segs, "la CPTS indemnise les réunions").kind == "narrative"
    # near miss: the institution's own text
    assert _at(text, segs, "Le mieux est de déclarer").kind not in ("verbatim", "turn")


# ---- a bare office under its structure's heading (s27-segr46c) ----------------------------------

def test_a_bare_office_speaks_for_the_structure_its_heading_names():
    from corpus.segment.institution_members import heading_office_role

    # round 46's steering committee, then unseen variants: other offices, other structures
    assert heading_office_role("directrice – indique que les demandes ont doublé",
                               "Centre communal d'action sociale de Saint-Amand-Montrond") == "institutionnel_autre"
    # (the president of an elected assembly is elected: the role rules read the pair whole)
    assert heading_office_role("président", "Conseil départemental de la Creuse") == "elu"
    assert heading_office_role("directeur adjoint – rappelle que", "Centre hospitalier de Vierzon") == "hospitalier"
    assert heading_office_role("directrice", "CPAM du Cher") == "institutionnel_cpam"
    # near-misses: a topic heading, a description saying more than an office, a structure naming no role
    assert heading_office_role("directrice", "Le rôle de l'ARS dans le contrat") == ""
    assert heading_office_role("directrice des soins, infirmière", "Centre hospitalier de Vierzon") == ""
    assert heading_office_role("directrice", "Association des aidants du Cher") == ""
    assert heading_office_role("médecin généraliste", "CPAM du Cher") == ""
    # a CCAS's users are no officers: the structure speaks only through its offices
    assert heading_office_role("usagère", "CCAS de Saint-Flour") == ""
    assert heading_office_role("vice-président", "Centre intercommunal d'action sociale du Val de Cher") == "institutionnel_autre"


def test_a_tour_de_table_by_structure(gazetteer):
    lines = ["Conseil départemental de l'Indre",
             "Martine Aubry-Léger, directrice – souligne que les transports solidaires manquent de bénévoles. "
             "« On a trois chauffeurs pour tout le canton, ce n'est pas un service, c'est du bricolage. »",
             "Maison de santé de Valençay",
             "Paul Roche, médecin généraliste – décrit l'arrivée d'un interne. « Il reste si on lui trouve un logement. »",
             "Les thèmes de l'année",
             "Anne Colin, présidente – résume les débats. « Il faudra revoir tout le calendrier avant le printemps. »"]
    text = "\n".join(lines) + "\n"
    heads = [lines[0], lines[2], lines[4]]
    starts = [text.index(h) for h in heads] + [len(text)]
    structure = [{"char_start": a, "char_end": b, "kind": "body", "heading": h}
                 for h, a, b in zip(heads, starts, starts[1:])]
    _, segs = _segment(lines, gazetteer, doc={"kind": "rapport"}, structure=structure)
    s = _at(text, segs, "On a trois chauffeurs")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Martine Aubry-Léger", "institutionnel_autre")
    assert _at(text, segs, "Il reste si on lui trouve").role == "medecin_generaliste"
    assert _at(text, segs, "Il faudra revoir tout").role in ("autre", "inconnu")  # a topic heading: no structure


def test_a_publisher_s_staff_quoted_in_its_newsletter_speak_for_it(gazetteer):
    # s46: the masthead names the body (with the number or date); a bare office or a post in
    # one of its units takes the body's role, a trade keeps its own
    lines = ["Le Fil Pro – Assurance Maladie du Cantal – Délégation d'Aurillac – n° 12 – mai 2025",
             "Dossier : la vaccination en pharmacie",
             "« Les pharmaciens ont vacciné deux fois plus que l'an dernier », précise Sylvie Bonnet, conseillère "
             "à la délégation.",
             "Les officines du Cantal ont reçu 4 000 doses."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "deux fois plus que l'an dernier").role == "institutionnel_cpam"
    from corpus.segment.institution_members import publisher_body, publisher_member_role
    body = publisher_body(lines[0])
    assert publisher_member_role("directrice adjointe", body) == "institutionnel_cpam"
    assert publisher_member_role("pharmacien à Arpajon-sur-Cère", body) == ""  # a trade of its own
    # a first line with no issue number or date is a section's heading, not a masthead
    assert publisher_body("Conseil départemental de l'Indre") == ""
