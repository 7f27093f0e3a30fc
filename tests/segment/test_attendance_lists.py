"""The people a meeting record or a programme lists once, each a name and what they do
(segment/attendance_lists.py); look-alikes: a list of places or of dates, a single apposition."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attendance_lists import attendance_list, attendance_lists

PRESENT = ("Présents : Dr Lenoir, médecin généraliste, président ; Mme Perrin, pharmacienne titulaire à Saint-Dié ; "
           "M. Gérard, infirmier libéral ; Mme Kieffer, coordinatrice.")


def test_the_people_present_and_what_they_do():
    assert attendance_list(PRESENT) == {"Dr Lenoir": "médecin généraliste, président",
                                        "Mme Perrin": "pharmacienne titulaire à Saint-Dié",
                                        "M. Gérard": "infirmier libéral", "Mme Kieffer": "coordinatrice"}
    guests = attendance_list("Invités : Dr Line Abienso, médecin généraliste à Saint-Laurent ; Patrick Sabayo, infirmier.")
    assert guests == {"Dr Line Abienso": "médecin généraliste à Saint-Laurent", "Patrick Sabayo": "infirmier"}


@pytest.mark.parametrize("text", [
    "Présents : sept professionnels ; deux élus ; la coordinatrice.",  # no names
    "Participants : Saint-Dié, Gérardmer ; Remiremont, Épinal.",  # places, not people
    "Présents : Dr Lenoir, médecin généraliste, président.",  # one entry: an apposition
    "Ordre du jour : Dr Lenoir, médecin généraliste ; Mme Perrin, pharmacienne.",  # no attendance heading
])
def test_look_alikes_list_no_one(text):
    assert attendance_list(text) == {}


def test_the_lists_one_region_places_the_entries_without_a_place(gazetteer):
    found = attendance_lists(["Compte rendu", PRESENT], gazetteer)
    assert found["Dr Lenoir"] == ("médecin généraliste, président", ("Grand Est", "Saint-Dié"))
    assert found["Mme Perrin"][1][0] == "Grand Est"  # "Saint-Dié": Saint-Dié-des-Vosges by its first words
    two = PRESENT.replace("M. Gérard, infirmier libéral", "M. Gérard, infirmier libéral à Brest")
    assert attendance_lists([two], gazetteer)["Dr Lenoir"][1] == ("", "")  # two régions: no shared place


# s31-segr54a: a works council's minutes list the management and the elected members apart in one
# paragraph, each list after its own heading ("Présents pour la direction :", "Élus titulaires :"),
# the elected members with their union in parentheses; their interventions "Name (union) :" are
# turns of the listed person, the role from the list (made-up lines, not round 54's)
MINUTES = [
    "Centre hospitalier privé du Val – Compte rendu de la réunion du CSE du 4 juin 2024",
    "Présents pour l'employeur : Mme Perrot, directrice des soins ; M. Lagarde, directeur financier. "
    "Élus titulaires : M. Quéré (FO), brancardier, trésorier du CSE ; Mme Tanguy (SUD), infirmière de "
    "réanimation ; Mme Olivier (FO), agent de service hospitalier.",
    "M. Lagarde présente le budget de l'année.",
    "Mme Tanguy (SUD) : En réanimation, on tourne à quatre infirmières pour douze lits depuis mars, ce n'est plus possible.",
    "M. Quéré (FO) : Et les brancardiers du soir ne sont toujours pas remplacés pendant les congés.",
    "La direction indique qu'un recrutement est en cours.",
]


def test_a_paragraph_of_two_lists_each_read_alone():
    found = attendance_lists([MINUTES[1]])
    assert found["Mme Perrot"][0] == "directrice des soins"
    assert found["M. Lagarde"][0] == "directeur financier"  # not the next list run into it
    assert found["Mme Tanguy"][0] == "infirmière de réanimation"  # "(SUD)" is no part of the name
    assert found["Mme Olivier"][0] == "agent de service hospitalier"  # a trade outside the vocabulary, titled


def test_union_members_interventions_are_the_listed_persons_turns(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    tanguy = _at(text, segs, "quatre infirmières pour douze lits")
    assert (tanguy.kind, tanguy.speaker, tanguy.role) == ("turn", "Mme Tanguy", "infirmier")
    quere = _at(text, segs, "brancardiers du soir")
    assert (quere.kind, quere.speaker) == ("turn", "M. Quéré")
    assert _at(text, segs, "un recrutement est en cours").kind == "narrative"


def test_a_parenthesised_acronym_of_no_listed_person_is_no_turn(gazetteer):
    # near miss: the same lines without the list: "M. Quéré (FO) :" names no one the record lists
    text, segs = _segment([MINUTES[0], MINUTES[2], MINUTES[3], "La direction indique qu'un recrutement est en cours."],
                          gazetteer)
    assert _at(text, segs, "quatre infirmières pour douze lits").kind == "narrative"
    # nor is a heading with a qualifier but no entries of people a list
    assert attendance_list("Présents pour la direction : la direction générale ; les ressources humaines.") == {}


def test_entries_that_give_what_the_person_does_in_parentheses(gazetteer):
    # s33-segr57b: "Name (profession, commune)" entries, a veterinarian beside the health professions; their
    # turns "Name : « … »" take the entry; near miss: a parenthesis holding only a date names no one's trade
    listed = attendance_list("Présents : Yann Corre (vétérinaire, Loudéac) ; Dr Soizic Riou (médecin généraliste, "
                             "Paimpol) ; Hervé Tanguy (pharmacien, Guingamp).")
    assert listed == {"Yann Corre": "vétérinaire, Loudéac", "Dr Soizic Riou": "médecin généraliste, Paimpol",
                      "Hervé Tanguy": "pharmacien, Guingamp"}
    assert attendance_list("Présents : Yann Corre (2021) ; Hervé Tanguy (2019).") == {}
    lines = ["Réseau santé animale et humaine – compte rendu",
             "Présents : Yann Corre (vétérinaire, Loudéac) ; Dr Soizic Riou (médecin généraliste, Paimpol) ; "
             "Hervé Tanguy (pharmacien, Guingamp).",
             "Yann Corre : « Depuis le printemps je vois des chats couverts de tiques, et leurs maîtres ne se "
             "méfient de rien. »",
             "Hervé Tanguy : « On pourrait afficher la carte des zones à risque au comptoir de chaque officine. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "des chats couverts")
    assert (s.kind in ("verbatim", "turn"), s.speaker, s.role, s.region) == (True, "Yann Corre", "autre", "Bretagne")
    s = _at(text, segs, "afficher la carte")
    assert (s.kind in ("verbatim", "turn"), s.speaker, s.role) == (True, "Hervé Tanguy", "pharmacien")


def test_a_list_closed_by_a_period_before_another_sentence(gazetteer):
    # s34-segr60a: the last entry ends at a period and the paragraph goes on ("… (pharmacienne, Nort-sur-Erdre).
    # Animatrice : …"): the entry is read and the list stops there; near miss: the sentence after the period
    # is no entry ("observatrice : Lise, interne" is not listed)
    listed = attendance_list("Participants : Odile Ferrand (sage-femme, Clisson) ; Bruno Tessier (kinésithérapeute, "
                             "Varades) ; Inès Morvan (pharmacienne, Nort-sur-Erdre). Animatrice : l'auteure ; "
                             "observatrice : Lise, interne.")
    assert listed == {"Odile Ferrand": "sage-femme, Clisson", "Bruno Tessier": "kinésithérapeute, Varades",
                      "Inès Morvan": "pharmacienne, Nort-sur-Erdre"}
    assert attendance_list("Participants : Odile Ferrand (sage-femme, Clisson). Le groupe s'est réuni deux fois.") == {}


# s41 (round 85): minutes whose turns are labelled "civility surname", each heard once, the list of
# those present giving the full names, two people sharing a description, and the secretary's
# narration of an answer between two turns
WATER_MINUTES = ["Syndicat des eaux du Thouarsais – Conseil d'exploitation",
           "Présents : M. Bernard Chollet, président du syndicat ; Mme Odile Rabier, technicienne de "
           "réseau ; M. Paul Sauzeau et Mme Inès Morin, représentants des usagers ; Mme Claire Vrignaud, "
           "infirmière de santé au travail.",
           "Mme Rabier : Les analyses de juillet sont conformes, nous avons remplacé deux vannes au printemps.",
           "M. Chollet : Je rappelle que la facture augmentera de trois pour cent l'an prochain.",
           "Mme Morin : Dans mon quartier l'eau sent le chlore le matin, est-ce normal ?",
           "Le président a répondu que la chloration est renforcée après chaque coupure.",
           "Mme Vrignaud : Je vois des agents qui ne boivent pas assez l'été, il faut des fontaines sur les chantiers.",
           "La séance est levée à 19 heures."]


def test_two_people_sharing_a_description():
    found = attendance_list(WATER_MINUTES[1])
    assert found["M. Paul Sauzeau"] == found["Mme Inès Morin"] == "représentants des usagers"
    # near-miss: "et" inside a description is no second person
    assert attendance_list("Présents : M. Jean Riou, maire et conseiller départemental ; Mme Anne Roy, "
                           "pharmacienne.") == {"M. Jean Riou": "maire et conseiller départemental",
                                                "Mme Anne Roy": "pharmacienne"}


def test_a_listed_persons_short_label_heard_once_takes_turns(gazetteer):
    text, segs = _segment(WATER_MINUTES, gazetteer)
    s = _at(text, segs, "remplacé deux vannes")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Odile Rabier", "autre")
    s = _at(text, segs, "l'eau sent le chlore le matin")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Inès Morin", "autre")
    s = _at(text, segs, "il faut des fontaines sur les chantiers")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Claire Vrignaud", "infirmier")
    # the secretary's narration of an answer ends the turn above it
    assert _at(text, segs, "la chloration est renforcée").kind == "narrative"


def test_a_paragraph_reporting_an_answer_in_the_third_person():
    from corpus.segment.turns import reported_opening

    assert reported_opening("Le président a répondu que la chloration est renforcée après chaque coupure.")
    # the speaker telling what someone told them goes on with the turn
    assert not reported_opening("La pharmacienne, elle, m'a dit que je pouvais demander de l'aide.")
    assert not reported_opening("Je pense que la facture augmentera.")


def test_a_general_meetings_attendance_sheet():
    # s44: "Feuille de présence : …" heads an association's or a company's list of those present
    found = attendance_list("Feuille de présence : Dr Luc Marie, médecin généraliste, trésorier ; Mme Odile Lecoq, "
                            "infirmière libérale, présidente ; M. Yves Hardy, expert-comptable, invité.")
    assert found["Mme Odile Lecoq"].startswith("infirmière libérale") and "M. Yves Hardy" in found


def test_initials_with_what_they_do_in_parentheses_separated_by_commas():
    text = "Présents : A. (infirmière), J.-P. (médecin généraliste), S. (psychologue). Excusée : la cadre."
    assert attendance_list(text) == {"A.": "infirmière", "J.-P.": "médecin généraliste", "S.": "psychologue"}
    # initials without a description are no entries; a sentence of initials is no list
    assert attendance_list("Présents : A., J.-P. et S.") == {}


def test_a_supervision_s_notes_credit_quotes_by_the_initials_of_the_list(gazetteer):
    lines = ["Analyse des pratiques – Séance 3 – Notes de l'animatrice",
             "Présents : A. (infirmière), J.-P. (médecin généraliste), S. (psychologue).",
             "Situation",
             "A. a présenté une patiente qui refuse l'hospitalisation malgré ses chutes répétées.",
             "« J'ai l'impression de la laisser tomber chaque fois que je referme la porte. » [A.]",
             "« On ne peut pas décider à sa place, mais on peut lui dire qu'on a peur pour elle. » [J.-P.]",
             "S., qui s'était tue jusque-là, a dit à la fin : « Je crois que c'est nous qu'il faut rassurer. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "chaque fois que je referme la porte")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "A.", "infirmier")
    s = _at(text, segs, "on peut lui dire qu'on a peur pour elle")
    assert (s.speaker, s.role) == ("J.-P.", "medecin_generaliste")
    s = _at(text, segs, "c'est nous qu'il faut rassurer")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "S.", "autre_paramedical")


def test_members_listed_by_first_name_and_initial_label_their_turns(gazetteer):
    """s51: a council of elders' minutes name members by first name and initial ("Jacqueline M. :"),
    each heard once, as the list of those present writes them."""
    lines = ["Conseil des sages – Commission santé – Compte rendu n° 4",
             "Présents : Henri B. (référent de la commission), Jacqueline M., Marcel T., Yvette C. Invitée : Mme Estelle Guérin, pharmacienne.",
             "1. Le renouvellement des ordonnances",
             "Jacqueline M. : Oui. Mon mari prend six médicaments et son ordonnance finit en mars, personne ne veut le prendre.",
             "Mme Guérin rappelle que le pharmacien peut dispenser un traitement chronique au-delà de l'ordonnance.",
             "Marcel T. : La téléconsultation, très bien, mais ma voisine est sourde. Comment elle fait devant un écran ?"]
    text, segs = _segment(lines, gazetteer)
    assert (_at(text, segs, "Mon mari prend six médicaments").kind, _at(text, segs, "Mon mari prend six médicaments").speaker) == (
        "turn", "Jacqueline M.")
    assert _at(text, segs, "ma voisine est sourde").speaker == "Marcel T."
    # (the secretary reporting a guest's words between two members' turns ends the turn above)
    assert _at(text, segs, "Mme Guérin rappelle que").kind == "narrative"


def test_a_first_name_and_initial_not_listed_is_no_label(gazetteer):
    lines = ["Chapitre 2", "Présents : Henri B., Yvette C.",
             "Jacqueline M. : une collègue de la promotion 2019, citée ici avec son accord pour la relecture du chapitre.",
             "Le chapitre reprend les résultats de l'enquête de 2022."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "une collègue de la promotion").kind == "narrative"


def test_a_table_of_members_describes_the_speakers(gazetteer):
    """s51: "| 2 – Institutions | Mme Sabine Loriot | Agence régionale de santé …, responsable … |": each
    member's row says what the person does; "Mme Loriot :" speaks as the ARS."""
    lines = ["Conseil départemental de la citoyenneté et de l'autonomie – Formation personnes âgées",
             "Présidence : Mme la vice-présidente du conseil départemental chargée de l'autonomie. Membres présents :",
             "| Collège | Membre | Organisme, qualité |",
             "| 2 – Institutions | Mme Sabine Loriot | Agence régionale de santé Grand Est, responsable du pôle autonomie |",
             "| 3 – Organisations professionnelles | M. Julien Texier | SSIAD du Pays de Joinville, infirmier coordinateur |",
             "Mme la Vice-présidente : Le bilan vous a été adressé avec la convocation. Qui souhaite intervenir ?",
             "M. Texier : Depuis janvier, nous avons refusé vingt-six prises en charge faute d'aides-soignants.",
             "Mme Loriot : L'agence a financé douze places supplémentaires ; le problème est le recrutement."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "nous avons refusé vingt-six prises en charge")
    assert (s.kind, s.role) == ("turn", "coordinateur")
    s = _at(text, segs, "L'agence a financé douze places")
    assert (s.kind, s.role) == ("turn", "institutionnel_ars")
    # (a CDCA is no elected assembly: its members are not councillors; the chair giving the floor moderates)
    assert _at(text, segs, "Qui souhaite intervenir").kind == "moderator"


def test_board_posts_as_labels_take_the_listed_holders_trade(gazetteer):
    # s52: "Membres du conseil présents : …, trésorière ; …" then "LA TRÉSORIÈRE :": the holder's trade
    # (ANNOTATION.md decision 3), the president running the sitting a moderator; a mayor keeps his mandate
    minutes = [
        "Procès-verbal du conseil d'administration de l'association de la maison de santé de Sartène",
        "Membres du conseil présents : Dr Jean Pinelli, médecin généraliste, président ; Mme Anne Casta, pharmacienne titulaire, trésorière ; M. Luc Leca, infirmier libéral, secrétaire de l'association.",
        "LE PRÉSIDENT : L'ordre du jour appelle l'approbation des comptes. Madame la trésorière, vous avez la parole.",
        "LA TRÉSORIÈRE : L'exercice se clôt sur un excédent, et je propose d'en affecter la moitié au nouvel échographe.",
        "LE SECRÉTAIRE : L'été dernier, nous avons fait les pansements des touristes jusqu'à vingt-deux heures sans aucune organisation.",
        "LA SECRÉTAIRE MÉDICALE : À l'accueil, on reçoit jusqu'à quatre-vingts appels par jour en août, seule je ne peux pas suivre.",
        "LE PRÉSIDENT : Pour ma part, en tant que médecin, je ne suis pas favorable aux consultations sans rendez-vous tout l'été : nous sommes trois médecins et nous ne tiendrons pas. En revanche, un créneau infirmier, oui, je le soutiens.",
        "UN MEMBRE DU CONSEIL : Et qui paiera la saisonnière ? Ce n'est pas prévu au budget.",
        "Les comptes sont approuvés à l'unanimité des membres présents.",
    ]
    text, segs = _segment(minutes, gazetteer)
    s = _at(text, segs, "je propose d'en affecter la moitié")
    assert (s.kind, s.speaker, s.role) == ("turn", "LA TRÉSORIÈRE", "pharmacien")
    s = _at(text, segs, "nous avons fait les pansements des touristes")
    assert (s.kind, s.role) == ("turn", "infirmier")
    s = _at(text, segs, "en tant que médecin, je ne suis pas favorable")
    assert (s.kind, s.role) == ("turn", "medecin_generaliste")
    assert _at(text, segs, "Madame la trésorière, vous avez la parole").kind == "moderator"
