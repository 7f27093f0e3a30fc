"""Speaker labels naming a function, not a person (segment/function_labels.py): an associative
radio's "LA PHARMACIENNE :", a public meeting's "M. le Maire :", "Dr X (CPTS) :", "Une habitante :";
look-alikes: a comic strip's bubbles "LA PHARMACIENNE : « … »", a report's "Le constat : …"."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.function_labels import function_label_speakers
from corpus.segment.genres import invented_section

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


# session 17 (segroles10): a TV debate's guests labelled by their name and where they speak from
# ("Dr Line Abienso (en duplex de Saint-Laurent) :", "Patrick Sabayo (en plateau) :"), the host
# "LA PRÉSENTATRICE :", the functions in the "Invités :" line; a call-in programme's callers
DEBATE = [
    "Débat régional – « Se soigner sur le fleuve » – transcription",
    "Invités : Dr Line Abienso, médecin généraliste au centre de santé de Saint-Laurent ; Patrick Sabayo, "
    "infirmier au centre de prévention et de soins de Maripasoula.",
    "LA PRÉSENTATRICE : Docteure Abienso, combien de temps faut-il pour obtenir un rendez-vous ?",
    "Dr Line Abienso (en duplex de Saint-Laurent) : Pour un généraliste, trois semaines en moyenne.",
    "LA PRÉSENTATRICE : Patrick Sabayo, c'est votre rôle à Maripasoula ?",
    "Patrick Sabayo (en plateau) : C'est exactement ça. Je suis les mains et les yeux du médecin.",
    "LA PRÉSENTATRICE : Un mot pour conclure, Docteure ?",
    "Dr Line Abienso (en duplex de Saint-Laurent) : Il faut former des soignants qui viennent d'ici.",
]


def test_guests_labelled_by_name_and_where_they_speak_from(gazetteer):
    text, segs = _segment(DEBATE, gazetteer)
    assert _at(text, segs, "combien de temps").kind == "moderator"
    for snippet, who, role in (("trois semaines en moyenne", "Dr Line Abienso", "medecin_generaliste"),
                               ("les mains et les yeux", "Patrick Sabayo", "infirmier"),
                               ("former des soignants", "Dr Line Abienso", "medecin_generaliste")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", who, role, "Guyane")


def test_a_name_in_lower_case_or_without_parenthesis_is_no_such_label():
    from corpus.segment.function_labels import function_label

    assert function_label("Patrick Sabayo (en plateau) : C'est exactement ça.").group("label") == "Patrick Sabayo"
    assert function_label("Pour information (voir annexe) : la séance est levée.") is None
    assert function_label("Patrick Sabayo : C'est exactement ça.") is None  # no parenthesis: TURN's name labels


def test_callers_labelled_by_first_name_and_town(gazetteer):
    lines = [split_lines(t)[0] for t in [
        "ANIMATEUR : Bonsoir, nous recevons le Dr Sandra Rinaldo, médecin généraliste à Pointe-à-Pitre.",
        "Josette, de Sainte-Rose, au téléphone : Bonsoir. Mon médecin est parti en métropole en décembre.",
        "Dr Rinaldo : Madame, vous n'êtes pas la seule, il faut appeler la caisse et insister.",
        "Murielle, de Pointe-à-Pitre, au téléphone : Je suis infirmière libérale, je continue les soins.",
        "Dr Rinaldo : C'est pour ça qu'il faut des protocoles écrits.",
    ]]
    found = function_label_speakers(lines, gazetteer)
    josette = found["Josette, de Sainte-Rose, au téléphone"]
    assert (josette["speaker"], josette["role"]) == ("Josette", "autre")  # a listener
    murielle = found["Murielle, de Pointe-à-Pitre, au téléphone"]
    assert (murielle["speaker"], murielle["role"], murielle["region"]) == ("Murielle", "infirmier", "Guadeloupe")
    assert josette["region"] == "Guadeloupe"  # Sainte-Rose: Guadeloupe and La Réunion, the guest in Pointe-à-Pitre
    brest = [split_lines(ln.text.replace("Pointe-à-Pitre", "Brest"))[0] for ln in lines]
    assert function_label_speakers(brest, gazetteer)["Josette, de Sainte-Rose, au téléphone"]["region"] == ""
    # without the caller words, a first name and a town are a sentence's apposition, no label
    from corpus.segment.function_labels import function_label

    assert function_label("Josette, de Sainte-Rose, nous écrit : merci pour l'émission.") is None


def test_a_name_whose_parenthesis_says_what_they_do_is_left_to_turn():
    from corpus.segment.function_labels import function_label

    assert function_label("Claire DUMONT (directrice de la CPTS du Grand Montauban) : Merci.") is None
    assert function_label("Sophie LAFFONT (URPS infirmiers Occitanie) : Et les infirmiers ?") is None
    assert function_label("Patrick Sabayo (en duplex de Maripasoula) : Merci.").group("label") == "Patrick Sabayo"


def test_a_journalists_question_naming_a_medium_stays_the_moderators(gazetteer):
    # s26-segr45a's near-miss: only a parenthesis describing the asker by a trade makes a question from
    # the floor (segment/intervention_labels.py); a medium in it is a journalist's question
    lines = [
        "Conférence de presse de M. Olivier Brahic, directeur général de l'ARS Mayotte, le 3 mai.",
        "Le directeur général de l'ARS : Les deux centres de santé ouvriront en septembre à Dzaoudzi et Sada.",
        "Question (Kwezi TV) : Avec quels médecins, alors que les postes restent vacants ?",
        "Le directeur général de l'ARS : Nous avons recruté six praticiens, qui arrivent cet été.",
        "Question (Mayotte la 1re) : Et les infirmiers, combien seront-ils ?",
        "Le directeur général de l'ARS : Douze, recrutés par le centre hospitalier.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Avec quels médecins").kind == "moderator"
    assert _at(text, segs, "Nous avons recruté six praticiens").kind == "turn"


# ---- a meeting's notes, each function heard once (s46) ------------------------------------------

NOTES = [
    "Mes notes de la réunion de concertation du 3 avril, prises à la main, reproduisent les échanges.",
    "Réunion de concertation – présents : cadre de santé, ergothérapeute, assistante sociale, éducatrice spécialisée.",
    "La cadre de santé : On ne peut pas garder Mme L. plus de quinze jours, le service est plein.",
    "L'éducatrice spécialisée : Elle n'a jamais vécu seule, il faut un accompagnement avant toute sortie.",
    "Quelqu'un : Et la famille, personne ne l'a appelée ?",
    "La décision a été reportée à la semaine suivante.",
]


def test_three_labelled_notes_in_a_row_each_heard_once_are_turns(gazetteer):
    text, segs = _segment(NOTES, gazetteer)
    s = _at(text, segs, "On ne peut pas garder Mme L.")
    assert (s.kind, s.speaker) == ("turn", "La cadre de santé")
    s = _at(text, segs, "Elle n'a jamais vécu seule")
    assert (s.kind, s.speaker, s.role) == ("turn", "L'éducatrice spécialisée", "autre")
    s = _at(text, segs, "Et la famille, personne ne l'a appelée")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "La décision a été reportée").kind == "narrative"


def test_a_function_label_s_head_noun_decides_who_moderates():
    from corpus.segment.function_labels import _speaker, function_label

    assert not _speaker(function_label("Le chef formateur : La plupart des brûlures")).get("moderator")
    assert _speaker(function_label("L'animatrice : Bonjour à toutes")).get("moderator")


def test_timed_function_labels_in_capitals(gazetteer):
    """s51: a video's transcript times each turn before a function label set in capitals
    ("[01:14:05] L'ADJOINTE À LA SANTÉ : …"), and a voice from the public speaks once."""
    lines = ["Conseil municipal du 27 juin 2024 – ce qui s'est dit",
             "Retranscrit par le groupe d'opposition à partir de la vidéo publique de la séance.",
             "[01:12:58] LE MAIRE : Nous avons trois médecins pour quatorze mille habitants, et deux fois plus en saison.",
             "[01:14:05] L'ADJOINTE À LA SANTÉ : Je précise que l'ARS participe à l'investissement et que nous avons deux candidatures.",
             "[01:16:30] LE MÉDECIN DU CENTRE DE SANTÉ : Je viens parce qu'on me propose un salaire et des horaires, pas un cabinet.",
             "[01:18:55] UNE VOIX DANS LE PUBLIC : Et la pharmacie de garde ? Le dimanche, on fait trente kilomètres !",
             "[01:19:20] LE MAIRE : Les chiffres du déficit seront présentés à la commission des finances de septembre."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Je précise que l'ARS participe")
    assert (s.kind, s.speaker, s.role) == ("turn", "L'ADJOINTE À LA SANTÉ", "elu")
    s = _at(text, segs, "on me propose un salaire")
    assert (s.kind, s.role) == ("turn", "medecin_generaliste")
    s = _at(text, segs, "Et la pharmacie de garde")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "trois médecins pour quatorze mille").speaker == "LE MAIRE"


def test_a_member_of_the_public_whose_group_is_withheld(gazetteer):
    """s51: "Une participante (collège non précisé au compte rendu) :" — an indefinite label whose
    parenthesis withholds whom she sits for: no speaker, role inconnu (ANNOTATION.md)."""
    lines = ["Compte rendu de la réunion du 16 octobre 2023",
             "La Présidente : Le bilan vous a été adressé avec la convocation. Qui souhaite intervenir ?",
             "Un participant (infirmier libéral) : Nous refusons des prises en charge faute d'aides-soignants depuis janvier.",
             "Une participante (collège non précisé au compte rendu) : Est-ce qu'on pourrait avoir les chiffres par canton ?",
             "La Présidente : Les chiffres par canton seront joints au prochain compte rendu.",
             "Un participant (pharmacien) : Les officines peuvent relayer l'information auprès des familles."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "avoir les chiffres par canton")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Nous refusons des prises en charge").role == "infirmier"
