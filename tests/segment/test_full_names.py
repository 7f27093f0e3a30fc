"""A civility and a surname as the speaker ("Dr Roux :") whom the document names in full elsewhere
("le Dr Mathilde Roux, cardiologue"): the full name speaks (segment/full_names.py; ANNOTATION.md
decision 5). Look-alikes: two people of that surname, a capitalised word that is no first name
("Selon Roux"), a surname the text never gives a first name."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.full_names import full_name, keyed_name


@pytest.mark.parametrize("short, text, expected", [
    ("Dr Roux", "Nous recevons le Dr Mathilde Roux, cardiologue à Aubenas.", "Dr Mathilde Roux"),
    ("Mme Petit", "Présents : Mme Justine Petit, résidente ; M. Roger Gaillard.", "Mme Justine Petit"),
    ("M. Le Gall", "Erwan Le Gall, pharmacien à Lannion, préside l'association.", "M. Erwan Le Gall"),
    ("Dr Roux", "Paul Roux et Anne Roux, deux médecins du même cabinet.", None),  # two Roux
    ("Dr Roux", "Selon Roux, la réunion a duré deux heures.", None),  # no first name
    ("Dr Roux", "Le Dr Roux reçoit le mardi.", None),  # never named in full
    ("Mathilde", "Le Dr Mathilde Roux reçoit le mardi.", None),  # no civility: not this rule's
])
def test_full_name(short, text, expected):
    assert full_name(short, text) == expected


def test_a_label_takes_the_full_name_the_chapeau_gives(gazetteer):
    lines = ["Trois questions au Dr Mathilde Roux, cardiologue à Aubenas, qui a examiné les coureurs du club.",
             "Le bulletin : Pourquoi un dépistage chez des sportifs en bonne santé ?",
             "Dr Roux : Chez les plus de 35 ans, la première cause de mort subite à vélo est cardiaque.",
             "Le bulletin : Et quels signes doivent alerter ?",
             "Dr Roux : Une douleur dans la poitrine à l'effort : on descend du vélo et on consulte."]
    text, segs = _segment(lines, gazetteer)
    for snippet in ("la première cause de mort subite", "on descend du vélo et on consulte"):
        s = _at(text, segs, snippet)
        assert s.kind == "turn" and s.speaker == "Dr Mathilde Roux"


# s37: a description that opens with the person's name, left in role_raw by the reader of the credit
# ("(entretien avec Pauline, médecin généraliste, 34 ans, Morcenx-la-Nouvelle)" after the quote); near
# misses: a trade ("Infirmière, Lannion"), no name ("Un pharmacien, …"), a mode of practice or the
# interview word ("[Libéral · infirmière · Vimeu]", "Entretien, infirmière …"), a name with no trade
@pytest.mark.parametrize("role_raw, name", [
    ("entretien avec Pauline, médecin généraliste, 34 ans, Morcenx-la-Nouvelle", "Pauline"),
    ("entretien avec Jean-Pierre, maire d'une commune de 900 habitants près de Labrit", "Jean-Pierre"),
    ("Thomas, masseur-kinésithérapeute installé à Roquefort depuis 2015, a vu arriver trois médecins", "Thomas"),
    ("Infirmière, Lannion", ""),
    ("Un pharmacien, secteur de Locminé", ""),
    ("Libéral, infirmière, Vimeu", ""),
    ("Entretien, infirmière en pratique avancée, Cherbourg", ""),
    ("Lou, 38 ans, Dax", ""),  # no "entretien avec" and no trade after the name
])
def test_described_name(role_raw, name):
    from corpus.segment.full_names import described_name

    assert described_name(role_raw) == name


def test_a_credit_naming_the_interviewee_gives_the_speaker(gazetteer):
    lines = ["« On cherchait une maison avec un jardin pas trop loin de Bordeaux pour le travail de mon mari » "
             "(entretien avec Pauline, médecin généraliste, 34 ans, Morcenx-la-Nouvelle)."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "une maison avec un jardin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Pauline", "medecin_generaliste", "Nouvelle-Aquitaine")


def test_labels_in_capitals_and_first_name_labels_take_the_full_name(gazetteer):
    # s42: "DR MARCHAL –" under a description naming "le Dr Hélène Marchal"; "DIDIER :" under a key
    # "DIDIER = Didier Lefebvre, porteur depuis 22 ans"
    lines = ["Nos invités : Rudy Aloïké, agriculteur à Mana ; le Dr Hélène Marchal, médecin urgentiste. Animation : Kevin.",
             "KEVIN : Docteur, on entend encore parler du garrot, de la pierre noire ?",
             "DR MARCHAL : Surtout pas de garrot. On immobilise le membre et on vient à l'hôpital.",
             "KEVIN : Et vous, Rudy, vous saviez tout ça ?",
             "RUDY : Non, moi j'ai mis un garrot, comme mon père le faisait."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "On immobilise le membre").speaker == "Dr Hélène Marchal"
    lines = ["Clé : DIDIER = Didier Lefebvre, porteur depuis 22 ans ; JORDAN = Jordan Deswarte, porteur depuis 4 ans ; "
             "ALINE = Aline, kinésithérapeute bénévole",
             "ENQUÊTRICE : Pouvez-vous me décrire ce que vous ressentez après une sortie du géant ?",
             "DIDIER : Le lendemain, je ne peux plus tourner la tête, tout repose sur les épaules.",
             "JORDAN : Moi c'est les lombaires, je porte avec le dos au lieu des jambes.",
             "ENQUÊTRICE : L'association a mis quelque chose en place ?",
             "DIDIER : On ne fait plus de relais de plus de dix minutes depuis l'an dernier."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je ne peux plus tourner").speaker == "Didier Lefebvre"
    assert _at(text, segs, "Moi c'est les lombaires").speaker == "Jordan Deswarte"
    assert _at(text, segs, "Clé : DIDIER").kind not in ("turn", "verbatim", "moderator")


@pytest.mark.parametrize("label, role_raw, expected", [
    ("DIDIER", "Didier Lefebvre, porteur depuis 22 ans", "Didier Lefebvre"),
    ("Didier", "Didier Lefebvre, porteur depuis 22 ans", "Didier Lefebvre"),
    ("JO", "Jordan Deswarte, porteur depuis 4 ans", ""),  # another first name
    ("DIDIER", "Didier, porteur depuis 22 ans", ""),  # no surname given
    ("LE PRÉSIDENT", "Le Président Lefebvre, ancien porteur", ""),  # no first-name label
])
def test_keyed_name(label, role_raw, expected):
    assert keyed_name(label, role_raw) == expected


def test_a_civility_and_a_surname_two_people_share():
    # s49: "Mme Vallat" where the text names "Dr Étienne Vallat" and "Mme Odile Vallat": the one after "Mme"
    text = "Dr Étienne Vallat, médecin généraliste. Son épouse, Mme Odile Vallat, tient le secrétariat."
    assert full_name("Mme Vallat", text) == "Mme Odile Vallat"
    assert full_name("M. Vallat", text) is None  # no first name after that civility


# s50: a weekly quotes the person it presented by the surname alone, and a reader may drop the period
# of "M."; a capitalised word that opens a sentence is no first name.
WEEKLY = [
    "L'Écho du Ségala – page 5",
    "Samedi, deux cents personnes ont salué le Dr Jean-Paul Escande, qui ferme son cabinet de Rieupeyroux.",
    "« On ne comptait pas ses heures, et personne n'imaginait que le village resterait sans médecin », a confié "
    "Escande, la voix nouée.",
    "Le maire, Denis Cabrolier, a annoncé une maison de santé. « Nous n'attirerons personne avec un cabinet "
    "isolé, il faut une équipe », a déclaré M. Cabrolier.",
    "Quand Escande évoque ses gardes, la salle se tait.",
]


def test_a_surname_alone_and_a_civility_without_its_period_take_the_full_name(gazetteer):
    text, segs = _segment(WEEKLY, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "On ne comptait pas ses heures").speaker == "Jean-Paul Escande"
    assert _at(text, segs, "Nous n'attirerons personne").speaker == "M. Denis Cabrolier"
    assert full_name("M Cabrolier", "Le maire, M. Denis Cabrolier, a parlé.") == "M. Denis Cabrolier"
