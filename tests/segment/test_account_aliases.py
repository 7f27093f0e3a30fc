"""Display names the document maps to people (segment/account_aliases.py, s53): "Yann Perrot,
infirmier libéral à Cholet (« Yann IDE »)", "Le compte « Tablette accueil » était celui de …",
"…, enregistrée sous « Sophie kiné »": a turn under that display name is the person's. A display
name that is a telephone number names no one. Look-alikes: a name and a quoted nickname given to
two people, a quoted slogan after a name."""

from __future__ import annotations

from corpus.segment.account_aliases import aliases, unnamed_account


def test_aliases_in_a_list_and_in_sentences():
    found = aliases([
        "Membres : Dr Claire Morin, médecin généraliste à Cholet (« Dr Morin ») ; Yann Perrot, infirmier libéral (« Yann IDE »).",
        "Le compte « Tablette accueil » était celui de Martine Guérin, secrétaire de la maison de santé.",
        "– Sophie Lebrun, masseur-kinésithérapeute, enregistrée sous « Sophie kiné » ;",
    ])
    assert found["Yann IDE"] == ("Yann Perrot", "infirmier libéral")
    assert found["Dr Morin"][0] == "Dr Claire Morin"
    assert found["Tablette accueil"][0] == "Martine Guérin"
    assert found["Sophie kiné"] == ("Sophie Lebrun", "masseur-kinésithérapeute")


def test_an_alias_of_two_people_is_nobodys():
    found = aliases(["Paul Roux (« Accueil MSP ») assure le matin ; Anne Vidal (« Accueil MSP ») l'après-midi."])
    assert "Accueil MSP" not in found


def test_a_telephone_number_names_no_one():
    assert unnamed_account("+262 692 ** ** 41")
    assert unnamed_account("06 12 34 56 78")
    assert not unnamed_account("Dr Morin")
    assert not unnamed_account("E12")
