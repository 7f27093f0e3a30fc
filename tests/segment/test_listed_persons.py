"""Quotations led by a function one person of the document's list holds
(segment/listed_persons.py): "Personnes rencontrées : Dr Erwan Le Bihan, médecin généraliste,
président de la CPTS … ; Mme Gaëlle Tanguy, coordinatrice." then "Verbatim (président) : « … »";
look-alikes: a function two listed people share, a lead naming no one's function, a list of one,
a sentence with semicolons that lists no people, a verbatim already attributed."""

from __future__ import annotations

from corpus.segment.base import Segment
from corpus.segment.listed_persons import apply_listed_persons, holder, listed_persons

MET = ("Personnes rencontrées : Dr Erwan Le Bihan, médecin généraliste, président de la CPTS du Pays de "
       "Ploërmel ; Mme Gaëlle Tanguy, coordinatrice.")


def _seg(kind, text, speaker="", role="", role_raw=""):
    return Segment("t", "t-1", kind, 1, 1, 0, len(text), speaker=speaker, role=role, role_raw=role_raw, text=text)


def _notes(met=MET, lead="Verbatim (président) :", speaker=""):
    return [
        _seg("narrative", "Annexe 3 – Compte rendu d'entretien n° 14"),
        _seg("narrative", met),
        _seg("narrative", "• Le président souligne que la CPTS peine à mobiliser au-delà du noyau fondateur."),
        _seg("narrative", lead),
        _seg("verbatim", "« On nous demande des indicateurs de parcours sans logiciel commun. »", speaker,
             "inconnu"),
        _seg("verbatim", "« Je remplis des tableaux pour prouver que je coordonne. »", "", "coordinateur",
             "Verbatim (coordinatrice)"),
    ]


def test_the_function_names_the_listed_person():
    segs = _notes()
    apply_listed_persons(segs)
    assert [(s.speaker, s.role) for s in segs[4:]] == [
        ("Dr Erwan Le Bihan", "medecin_generaliste"), ("Mme Gaëlle Tanguy", "coordinateur")]


def test_a_quotation_attributed_already_keeps_its_speaker():
    segs = _notes(speaker="M. Paul Riou")
    apply_listed_persons(segs)
    assert segs[4].speaker == "M. Paul Riou"


def test_a_lead_that_names_no_function_names_no_one():
    segs = _notes(lead="Verbatim :")
    apply_listed_persons(segs)
    assert (segs[4].speaker, segs[4].role) == ("", "inconnu")


def test_a_function_two_people_hold_names_no_one():
    both = "Personnes rencontrées : Dr Erwan Le Bihan, président de la CPTS ; M. Paul Riou, pharmacien, président de l'URPS."
    assert holder("Verbatim (président) :", listed_persons(both)) is None


def test_paragraphs_that_list_no_people():
    assert listed_persons("Personne rencontrée : Dr Erwan Le Bihan, médecin généraliste.") == []
    assert listed_persons("Trois constats : la CPTS peine à recruter ; les financeurs demandent des tableaux ; "
                          "le poste de coordination n'est financé que jusqu'en 2024.") == []
