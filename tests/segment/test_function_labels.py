"""Speaker labels naming a function, not a person (segment/function_labels.py): an associative
radio's "LA PHARMACIENNE :", a public meeting's "M. le Maire :", "Dr X (CPTS) :", "Une habitante :";
look-alikes: a comic strip's bubbles "LA PHARMACIENNE : « … »", a report's "Le constat : …"."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.function_labels import function_label_speakers
from corpus.segment.genres import invented_section
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))




RADIO = [
    "Émission « Santé en Bocage » du 3 mai 2022, autour de la table : Odile, infirmière à Flers ; "
    "Marc, maire de Tinchebray. Animation : Sophie.",
    "L'ANIMATRICE : Bonjour, on parle ce matin de la maison de santé. Odile, comment ça a commencé ?",
    "L'INFIRMIÈRE : Pendant le Covid on se téléphonait tous les soirs, les médecins et nous.",
    "LE MAIRE : Et la commune a prêté la salle des fêtes pour les vaccinations.",
    "L'ANIMATRICE : Et aujourd'hui, qu'est-ce qui reste de tout ça ?",
    "L'INFIRMIÈRE : Les numéros directs. On ne les a jamais effacés.",
    "L'INFIRMIÈRE ET LE MAIRE : Surtout pas !",
]

MEETING = [
    "Réunion publique du 12 avril 2023 sur le projet de centre de santé – compte rendu intégral.",
    "Mme la Maire : Bonsoir, merci d'être venus si nombreux ce soir.",
    "Dr Rivière (CPTS du Val) : Merci madame la maire. Nous serons cinq médecins dès l'ouverture.",
    "Les consultations non programmées seront ouvertes le samedi matin.",
    "Un habitant (hameau des Prés) : Et ceux qui n'ont pas de voiture, comment ils viennent ?",
    "M. Leclerc (infirmier) : On continuera à monter chez eux, ça ne change pas.",
    "Plusieurs voix dans la salle : Très bien !",
    "Mme la Maire : On prend note, la question du transport sera à l'ordre du jour.",
]

COMIC = [
    "Case 1 – Au comptoir de la pharmacie.",
    "LA PHARMACIENNE : « Vous prenez bien vos comprimés le matin ? »",
    "LE PATIENT : « Pas toujours, j'oublie. »",
    "Case 2 – À domicile, le soir.",
    "L'INFIRMIÈRE : « On va préparer un pilulier ensemble. »",
    "LE PATIENT : « D'accord. »",
]

REPORT = [
    "Le constat : les délais de rendez-vous dépassent trois mois dans le nord du département.",
    "La méthode : nous avons interrogé douze professionnels de santé.",
    "Le constat : la coordination repose sur des liens personnels.",
    "La recommandation : financer un temps de coordination.",
]


def test_radio_function_labels_are_turns_with_roles(gazetteer):
    text, segs = _segment(RADIO, gazetteer)
    first = _at(text, segs, "Pendant le Covid on se téléphonait")
    assert (first.kind, first.role) == ("turn", "infirmier")
    mayor = _at(text, segs, "Et la commune a prêté")
    assert (mayor.kind, mayor.role) == ("turn", "elu")
    assert _at(text, segs, "Et aujourd'hui, qu'est-ce").kind == "moderator"
    both = _at(text, segs, "Surtout pas !")
    assert both.kind == "turn" and both.speaker == ""  # two guests at once: no single speaker


def test_meeting_labels_drop_the_affiliation_from_the_speaker(gazetteer):
    text, segs = _segment(MEETING, gazetteer)
    doctor = _at(text, segs, "Nous serons cinq médecins")
    assert (doctor.kind, doctor.speaker) == ("turn", "Dr Rivière")
    # the turn runs over the next paragraph, up to the next label
    assert _at(text, segs, "Les consultations non programmées").speaker == "Dr Rivière"
    resident = _at(text, segs, "Et ceux qui n'ont pas de voiture")
    assert (resident.kind, resident.speaker, resident.role) == ("turn", "Un habitant", "autre")
    nurse = _at(text, segs, "On continuera à monter")
    assert nurse.speaker.endswith("Leclerc") and nurse.role == "infirmier"  # the affiliation gives the role
    assert _at(text, segs, "Très bien !").speaker == ""
    assert _at(text, segs, "On prend note").speaker == "Mme la Maire"


def test_bubbles_and_headed_paragraphs_are_no_function_labels():
    assert function_label_speakers(split_lines("\n".join(COMIC) + "\n")) == {}
    assert function_label_speakers(split_lines("\n".join(REPORT) + "\n")) == {}


@pytest.mark.parametrize("title, invented", [
    ("Annexe 4 – Scénario de la bande dessinée « Une journée avec Papi Louis »", True),
    ("Storyboard de la vidéo de prévention", True),
    ("Les lecteurs de bandes dessinées en médiathèque : entretiens", False),  # a study of comics
])
def test_a_comic_strip_script_is_an_invented_section(title, invented):
    # lang/fr/comic_scripts.yaml extends the invented-case headings read by segment/genres.py
    assert invented_section(title) is invented


# session 17 (segroles8): a public meeting's minutes name the promoter with his function after a
# comma ("Dr Joseph, porteur du projet :"), a person of the audience by where they speak from and
# their trade in parentheses ("Un intervenant dans la salle (infirmier libéral) :"); round 33's
# compte_rendu_reunion_publique_…_kourou
PUBLIC_MEETING = [
    "Réunion publique du 18 mai – projet de maison de santé, salle des fêtes de Kourou",
    "La réunion est ouverte par le Dr Joseph, médecin généraliste installé au bourg, qui porte le projet.",
    "Dr Joseph, porteur du projet : Nous aurons quatre cabinets médicaux et un cabinet infirmier.",
    "Une habitante : Et pour nous qui habitons sur la route de Sinnamary, il y aura des visites à domicile ?",
    "Un intervenant dans la salle (infirmier libéral) : Les visites, c'est nous qui les faisons déjà.",
    "Dr Joseph, porteur du projet : C'est justement l'idée de travailler dans les mêmes murs.",
    "Fin de la réunion à 20 h 15.",
]


def test_a_named_person_with_a_function_after_a_comma_and_the_audience_by_its_place(gazetteer):
    text, segs = _segment(PUBLIC_MEETING, gazetteer)
    first = _at(text, segs, "Nous aurons quatre cabinets")
    # the function after the comma is no part of who speaks; the role from the opening sentence
    assert (first.kind, first.speaker, first.role) == ("turn", "Dr Joseph", "medecin_generaliste")
    assert _at(text, segs, "C'est justement l'idée").speaker == "Dr Joseph"
    resident = _at(text, segs, "qui habitons sur la route")
    assert (resident.kind, resident.speaker, resident.role) == ("turn", "Une habitante", "autre")
    nurse = _at(text, segs, "c'est nous qui les faisons")
    assert (nurse.kind, nurse.speaker, nurse.role) == ("turn", "Un intervenant dans la salle", "infirmier")
    assert _at(text, segs, "Fin de la réunion").kind == "narrative"


def test_a_heading_with_a_comma_before_its_colon_is_no_function_label():
    # "Le constat, en bref :": an article's noun and a comma head a paragraph, no named person speaks
    report = ["Le constat, en bref : les délais de rendez-vous dépassent trois mois.",
              "La méthode, en bref : nous avons interrogé douze professionnels de santé.",
              "Le constat, en bref : la coordination repose sur des liens personnels.",
              "La recommandation, en bref : financer un temps de coordination."]
    assert function_label_speakers(split_lines("\n".join(report) + "\n")) == {}
