"""Turns labelled by a first name whose full name the list of participants gives (segment/
listed_first_names.py): "Participants : Odile Ferrand (sage-femme, Clisson) ; …" then "Odile (SF) :",
"Inès (PH) :" (an abbreviation outside the vocabulary: the list's role); near misses: a first name
two listed people share, a first name no one listed bears."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.listed_first_names import listed_full_name

LIST = ("Participants : Odile Ferrand (sage-femme, Clisson) ; Bruno Tessier (kinésithérapeute, Varades) ; "
        "Inès Morvan (pharmacienne, Nort-sur-Erdre). Animatrice : l'auteure.")


def _focus_group(listing=LIST, third="Inès (PH)"):
    return ["Annexe 4 – Transcription du groupe de discussion",
            listing,
            "Animatrice : Comment la maison de santé a-t-elle changé votre semaine ?",
            "Odile (SF) : Je vois les jeunes mères plus tôt, parce que la secrétaire me les envoie directement.",
            "Bruno (MK) : Moi je récupère les sorties de clinique le lundi, on a enfin un circuit qui tient.",
            "Animatrice : Et à l'officine, qu'est-ce qui a bougé depuis l'an dernier ?",
            f"{third} : On reçoit moins d'ordonnances illisibles, et je peux appeler le médecin sans attendre."]


def test_first_name_labels_take_the_listed_full_name(gazetteer):
    text, segs = _segment(_focus_group(), gazetteer)
    odile = _at(text, segs, "Je vois les jeunes mères")
    assert (odile.kind, odile.speaker, odile.role, odile.region) == ("turn", "Odile Ferrand", "sage_femme", "Pays de la Loire")
    ines = _at(text, segs, "moins d'ordonnances illisibles")
    # "PH" is in no vocabulary (a hospital practitioner?): the turn is still read, and the list gives its role
    assert (ines.kind, ines.speaker, ines.role) == ("turn", "Inès Morvan", "pharmacien")


def test_a_first_name_no_one_listed_bears_keeps_its_label(gazetteer):
    # near miss: "Julie (PH)" names no listed person: no full name is made up
    text, segs = _segment(_focus_group(third="Julie (PH)"), gazetteer)
    assert _at(text, segs, "moins d'ordonnances illisibles").speaker in ("", "Julie")
    assert _at(text, segs, "Je vois les jeunes mères").speaker == "Odile Ferrand"


def test_a_first_name_two_listed_people_share_names_nobody():
    names = ["Odile Ferrand", "Odile Brissac", "Bruno Tessier"]
    assert listed_full_name("Odile", names) is None
    assert listed_full_name("Bruno", names) == "Bruno Tessier"
    assert listed_full_name("Bruno Tessier", names) is None  # a full name already
