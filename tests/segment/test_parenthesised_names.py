"""Speaker labels whose parenthesis holds proper names, who speaks and where from, not a function
(segment/parenthesised_names.py): a council delegate and their commune, a phone-in caller's first
name and town. Look-alikes: a parenthesis naming a function ("Julie (IDE)") or holding a remark."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.parenthesised_names import named_parenthesis, proper_names


def test_proper_names_accepts_names_and_communes_with_joining_words():
    assert proper_names("Rohrbach-lès-Bitche") == ["Rohrbach-lès-Bitche"]
    assert proper_names("Hervé, Scaër") == ["Hervé", "Scaër"]
    assert proper_names("Saint-Jean-de-Luz") == ["Saint-Jean-de-Luz"]


def test_proper_names_refuses_functions_ages_and_remarks():
    assert proper_names("IDE") == []  # an acronym (a function) is no proper name
    assert proper_names("médecin généraliste") == []
    assert proper_names("72 ans, aidant") == []
    assert proper_names("Rires") == ["Rires"]  # one capitalised word: a name shape, vouched for only next to other turns
    assert proper_names("en riant") == []


def test_function_outside_first_name_inside_speaks(gazetteer):
    # a radio phone-in: the function outside, the caller's first name and town inside
    out = named_parenthesis("Auditrice", "Gwenaëlle, Quimperlé", gazetteer)
    assert (out["speaker"], out["role_raw"], out["region"]) == ("Gwenaëlle", "Auditrice", "Bretagne")


def test_civility_and_name_outside_speaks_with_the_commune_as_place(gazetteer):
    out = named_parenthesis("Mme Sandrine Wagner", "Lemberg", gazetteer)
    assert (out["speaker"], out["region"]) == ("Mme Sandrine Wagner", "Grand Est")
    assert named_parenthesis("Julie", "infirmière libérale", gazetteer) is None


COUNCIL = [
    "Conseil municipal du 12 mars 2024 – Extrait du registre des délibérations",
    "Point n° 3 : Maison de santé pluriprofessionnelle. Rapporteur : l'adjointe aux affaires sociales.",
    "Mme la Maire : Je donne la parole à ceux qui l'ont demandée.",
    "M. Yves Le Gall (hameau de Kerlaz) : Nous attendons ce projet depuis six ans, les patients font trente kilomètres.",
    "Mme Odile Cariou (Douarnenez) : Je voterai pour, mais je demande qu'on associe les infirmières du secteur.",
    "Mme la Maire : C'est prévu dans la convention.",
]


def test_council_minutes_labels_with_commune_are_members_turns(gazetteer):
    text, segs = _segment(COUNCIL, gazetteer)
    s = _at(text, segs, "Je voterai pour, mais je demande")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Odile Cariou", "elu", "Bretagne")
    s = _at(text, segs, "C'est prévu dans la convention")
    assert (s.kind, s.role) == ("turn", "elu")
    assert _at(text, segs, "Maison de santé pluriprofessionnelle").kind == "narrative"


def test_minutes_of_a_professional_order_council_give_no_elected_role(gazetteer):
    lines = ["Conseil départemental de l'ordre des médecins – compte rendu de séance"] + COUNCIL[1:]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Je voterai pour, mais je demande").role != "elu"


FORUM = [
    "Le corpus réunit 900 messages publiés sur un forum de patientes entre 2019 et 2023. Les pseudonymes ont été "
    "modifiés ; la commune et la date sont celles du profil et du message.",
    "Le récit d'errance ouvre souvent le fil : « Cinq ans à entendre que c'était dans ma tête, et personne pour "
    "m'examiner vraiment » (Mila13, Aubagne, 4 juin 2022).",
    "D'autres répondent par un conseil : « Note tout dans un carnet, la douleur, les jours, ce que tu as pris » "
    "(Nadou_R, Apt).",
    "La littérature décrit ce parcours comme une « errance diagnostique » (Dubet, Paris, 2002).",
]


def test_a_forum_s_screen_names_with_the_profile_s_commune(gazetteer):
    text, segs = _segment(FORUM, gazetteer)
    s = _at(text, segs, "Cinq ans à entendre que")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Mila13", "Provence-Alpes-Côte d'Azur")
    s = _at(text, segs, "Note tout dans un carnet")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Nadou_R", "Provence-Alpes-Côte d'Azur")
    # an author, a city and a year: a reference's shape, no one's words
    assert _at(text, segs, "errance diagnostique").kind != "verbatim"


def test_a_civility_opens_a_name_in_a_parenthesis():
    # s44: "ARS (M. Olivier Decool) :" beside "CPAM (Mme Isabelle Vandamme) :" in a yearly review's minutes
    assert proper_names("M. Olivier Decool") == ["M. Olivier Decool"]
    assert proper_names("Mme Isabelle Vandamme") == ["Mme Isabelle Vandamme"]
    assert proper_names("médecin généraliste") == []
