"""A person named by a noun phrase and a colon, no verb (segment/quotes.py, NOUN_COLON): after a
clause that sets the scene ("Côté « pas d'accord », l'aide à domicile : « … »"), with an elided
determiner, with a short apposition ("Une habitante, plus jeune : « … »"): a verbatim of that
person, role from the noun. Near-misses: a text before the colon ("En 2019, la loi : « … »", "Le
rapport, page 12 : « … »", "La Gazette du médecin, 3 mars 2021 : « … »") says nobody's words, nor a group in apposition
("interrogeait les participants, des kinésithérapeutes pour la plupart : « … ? »")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

CASE = [
    "Compte rendu – Café santé du 7 mars",
    "Une trentaine d'habitants et une aide à domicile ont participé au débat mouvant animé par l'Ireps à Cilaos.",
    "Côté « pas d'accord », l'aide à domicile : « moi je monte trois fois par jour chez des personnes seules, mais "
    "le week-end il n'y a personne ». Plusieurs personnes l'applaudissent.",
    "Une habitante, plus jeune : « le problème, ce n'est pas la route, c'est qu'il n'y a pas de spécialiste qui monte »."
]

# other people, another town; a text's words after a noun and a colon
VARIANT = [
    "Réunion publique du 12 mai",
    "La réunion publique de Mauriac a réuni une quarantaine de personnes autour du projet de maison de santé.",
    "Au fond de la salle, une auxiliaire de vie : « les familles m'appellent le soir parce qu'elles ne savent plus "
    "qui joindre ». Un riverain, la cinquantaine : « on fait soixante kilomètres pour un dentiste, ça ne peut "
    "pas durer ».",
    "En 2019, la loi : « les communautés professionnelles territoriales de santé sont constituées à l'initiative "
    "des professionnels ». Le rapport, page 12 : « les délais d'attente dépassent six mois dans le canton ».",
    "La Gazette du médecin, 3 mars 2021 : « Cabinets ruraux : face à la pénurie, la débrouille ».",
    "Le formulaire interrogeait les participants, des kinésithérapeutes pour la plupart : « Travaillez-vous avec "
    "une maison de santé de votre secteur ? »",
]

# a press review: newspapers named by their title and date before their headlines
REVIEW = [
    "Revue de presse – mai 2021",
    "Le Progrès, 4 mai 2021 : « Les pharmacies rurales tiennent bon malgré la crise ».",
    "La Revue du praticien, 11 mai 2021 : « Télésanté : la coordination se cherche encore ».",
    "Le Dauphiné libéré, 19 mai 2021 : « Un nouveau cabinet médical ouvre ses portes à Vizille ».",
]


def test_noun_phrases_before_a_colon(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    for snippet in ("moi je monte trois fois", "il n'y a pas de spécialiste"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "", "autre")


def test_unseen_variant_and_texts(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    for snippet in ("les familles m'appellent", "on fait soixante kilomètres"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.role) == ("verbatim", "autre")
    # a newspaper named by a person noun in its complement, its date, its headline
    # and a question put to a group named in apposition
    for snippet in ("les communautés professionnelles", "les délais d'attente", "face à la pénurie, la",
                    "Travaillez-vous avec"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn")
    text, segs = _segment(REVIEW, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)
