"""Interventions labelled by a noun phrase naming the person (segment/intervention_labels.py):
"Question de …", "Réponse de Dr … (ARS …) :" inline, "Intervention de Mme …, conseillère …" as a
line above the words; look-alikes: a report's "Réponse de la France", a methods section's
"Question de recherche", a single label."""

from __future__ import annotations

import pytest
from segment_text import heading_structure
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.intervention_labels import intervention_speakers

DEBATE = [
    "Atelier 3 – Échanges avec la salle",
    "Le modérateur donne la parole à la salle après les deux exposés.",
    "Question de la salle (un pharmacien d'officine de Lannion) : Nous avons distribué les masques sans "
    "consigne. Qui décidera la prochaine fois ?",
    "Réponse de Mme Soizic Le Bihan (ARS Bretagne) : La délégation départementale. Nous avons écrit une "
    "procédure avec les CPTS du territoire.",
    "Complément de Dr Yann Morvan (médecin généraliste, Paimpol) : Et nous l'avons testée en janvier, "
    "avec les infirmières du secteur.",
    "Réponse de Mme Soizic Le Bihan (ARS Bretagne) : C'est exact, elle sera publiée au printemps.",
]

MINUTES = [
    "Délibération n° 7 – Maison de santé de Saint-Affrique",
    "Intervention de M. le Président",
    "Nous examinons le rapport n° 7. Qui souhaite intervenir ?",
    "Intervention de Mme Claire Vidal, conseillère départementale du canton de Millau",
    "Je soutiens ce projet : sans maison de santé, nous perdrons encore deux médecins d'ici deux ans.",
    "Intervention de M. Paul Roques, vice-président chargé des solidarités",
    "Nous avons inscrit les crédits au budget primitif.",
    "Intervention de M. le Président",
    "Je mets aux voix.",
]


def test_inline_labels_are_turns_with_role_and_region(gazetteer):
    text, segs = _segment(DEBATE, gazetteer)
    s = _at(text, segs, "Nous avons distribué les masques")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "", "pharmacien", "Bretagne")
    s = _at(text, segs, "La délégation départementale.")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Soizic Le Bihan", "institutionnel_ars", "Bretagne")
    s = _at(text, segs, "Et nous l'avons testée en janvier")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Dr Yann Morvan", "medecin_generaliste", "Bretagne")
    assert _at(text, segs, "Le modérateur donne la parole").kind == "narrative"


def test_label_lines_above_the_words_and_the_chair(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    s = _at(text, segs, "Je soutiens ce projet")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Claire Vidal", "elu", "Occitanie")
    s = _at(text, segs, "Nous avons inscrit les crédits")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Paul Roques", "elu")
    assert _at(text, segs, "Nous examinons le rapport").kind == "moderator"
    assert _at(text, segs, "Je mets aux voix.").kind == "moderator"


@pytest.mark.parametrize("lines", [
    # nobody named with a civility: a country, a research question, a document
    ["Réponse de la France : un plan national a été adopté en 2020.",
     "Question de recherche : comment les CPTS ont-elles coordonné les soins ?",
     "Réponse de l'administration : le décret est paru en juillet.",
     "Question de méthode : les entretiens ont été enregistrés."],
    # a single label among prose
    ["Les échanges ont été nourris.",
     "Question de M. Jean Dupuy (maire de Figeac) : quand la maison de santé ouvrira-t-elle ?",
     "La réponse viendra au prochain conseil."],
])
def test_look_alikes_declare_nothing(lines, gazetteer):
    assert intervention_speakers(split_lines("\n".join(lines) + "\n"), gazetteer) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# s26-segr45a: a round table's exchanges with the floor: two described askers, answers led by the
# guests' names and a dash (the guests presented above), a chair labelled "La modératrice :"
def test_floor_questions_answered_by_the_presented_guests(gazetteer):
    lines = [
        "Table ronde : le dossier partagé en pratique. Avec Anne Ravel, pharmacienne à Dole, et Marc Jobard, "
        "directeur du GHT Jura Sud. Animation : Lise Brun, journaliste.",
        "Échanges avec la salle",
        "La modératrice : Nous prenons deux questions.",
        "Question de la salle (une sage-femme de Lons-le-Saunier) : Quand verrons-nous les comptes rendus "
        "d'échographie dans le dossier ?",
        "Marc Jobard – Je vous le confirme, les comptes rendus de l'hôpital y seront versés automatiquement à partir de mars.",
        "Question de la salle (un masseur-kinésithérapeute de Champagnole) : Et les bilans de kinésithérapie ?",
        "Anne Ravel – Il faudra que chaque profession s'équipe, nous l'avons fait en six mois à la pharmacie.",
        "La modératrice : Merci à tous.",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Quand verrons-nous les comptes rendus")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "", "sage_femme", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "Et les bilans de kinésithérapie")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "kinesitherapeute")
    s = _at(text, segs, "y seront versés automatiquement")
    assert (s.kind, s.speaker, s.role) == ("turn", "Marc Jobard", "hospitalier")
    assert _at(text, segs, "chaque profession s'équipe").speaker == "Anne Ravel"
    assert _at(text, segs, "Nous prenons deux questions").kind == "moderator"


def test_a_dash_led_name_nobody_presented_stays_prose(gazetteer):
    # the near-miss of discovery._presented_voice: "Paul Vernier – …" between two turns, never presented
    # above and not speaking in the first person, is no guest's answer
    lines = [
        "Table ronde n° 2 : le dossier partagé, pour qui ? Avec Anne Ravel, pharmacienne à Dole.",
        "La modératrice : Nous prenons une question.",
        "Question de la salle (une sage-femme de Lons-le-Saunier) : Quand verrons-nous les échographies ?",
        "Paul Vernier – Les comptes rendus seront versés à partir de mars selon le calendrier régional.",
        "Question de la salle (un masseur-kinésithérapeute de Champagnole) : Et nos bilans, les verrons-nous ?",
        "Anne Ravel – Je vous le promets, nous l'avons fait en six mois à la pharmacie.",
        "La modératrice : Merci à tous.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "seront versés à partir de mars").speaker != "Paul Vernier"
    assert _at(text, segs, "nous l'avons fait en six mois").speaker == "Anne Ravel"


# s28-segr47c: a live's answers led by the time of the recording and "Réponse de" a first name the
# text presents ("[12:40] Réponse de Laetitia : …", round 47)
def test_timed_answers_by_a_presented_first_name(gazetteer):
    lines = ["Mathieu, kinésithérapeute à Annecy, répond en direct aux questions des abonnés.",
             "[03:12] Réponse de Mathieu : Alors pour une entorse, on ne reste pas au lit, on bouge dès que la douleur le permet.",
             "@julie74 demande : « Et pour le sport, je peux reprendre la course à pied ? »",
             "[07:45] Réponse de Mathieu : Oui, vous pouvez reprendre la course, mais progressivement."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "pour une entorse")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mathieu", "kinesitherapeute", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "mais progressivement").speaker == "Mathieu"
    assert _at(text, segs, "Et pour le sport").speaker == "@julie74"  # a follower's question between the answers


def test_a_single_timed_answer_or_an_untimed_one_declares_nothing(gazetteer):
    # near misses: one timed label only (a quotation of a programme), untimed first names
    one = ["[03:12] Réponse de Mathieu : on bouge dès que la douleur le permet.", "Fin de l'extrait."]
    assert intervention_speakers(split_lines("\n".join(one) + "\n"), gazetteer) == {}
    untimed = ["Réponse de Mathieu : on bouge dès que possible.", "Réponse de Mathieu : oui, progressivement."]
    assert intervention_speakers(split_lines("\n".join(untimed) + "\n"), gazetteer) == {}


# s30: one quotation led by such a noun phrase (site-meeting minutes, a press piece's reactions): the
# guillemets vouch for the words, no record of three labels is needed
def test_one_quotation_led_by_an_intervention_noun_is_that_persons(gazetteer):
    lines = ["Compte rendu de la réunion de chantier n°6",
             "Les menuiseries extérieures sont livrées. Reprise des enduits la semaine prochaine.",
             "Remarque de Mme Rivière, kinésithérapeute à Dax, notée à sa demande : « La salle de rééducation n'a "
             "qu'une prise, on ne pourra jamais brancher les appareils. »",
             "Observation du Dr Castaing : « La rampe est trop raide pour un fauteuil, il faut la reprendre avant "
             "l'enrobé. »"]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "on ne pourra jamais brancher")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Mme Rivière", "kinesitherapeute",
                                                                     "Nouvelle-Aquitaine")
    second = _at(text, segs, "la rampe est trop raide".capitalize())
    assert (second.kind, second.speaker) == ("verbatim", "Dr Castaing")


def test_a_question_or_a_country_leading_a_quotation_names_no_speaker(gazetteer):
    # near misses: an interviewer's question in guillemets; a body that is no person
    lines = ["Question de M. Bertin : « Comment avez-vous organisé les gardes pendant le premier confinement ? »",
             "Réponse de la France : « Les engagements pris à Genève seront tenus dans les délais convenus. »"]
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn") and s.speaker]


# s30-segr53b: questions that several named people put to one person, each answered by her first
# name, run into one paragraph by the extraction: the questions lead, her answers are turns
ASKED = [
    "Le coin des lecteurs : deux questions à Anaïs, notre nouvelle sage-femme de la maison de santé",
    "Question de M. Lebreton : Pourquoi avoir quitté la maternité de Vannes ? Anaïs : J'avais envie de "
    "suivre les femmes avant et après, pas seulement le jour de l'accouchement. Question de Mme Le Du : "
    "Est-ce que vous ferez des visites à domicile ?",
    "Anaïs : Oui, deux après-midi par semaine, surtout pour les sorties précoces de maternité.",
]


def test_questions_of_several_askers_lead_and_the_one_answering_takes_turns(gazetteer):
    text, segs = _segment(ASKED, gazetteer)
    seg = _at(text, segs, "pas seulement le jour de")
    assert (seg.kind, seg.speaker) == ("turn", "Anaïs")
    assert _at(text, segs, "ferez des visites à domicile").kind == "moderator"
    assert _at(text, segs, "deux après-midi par semaine").speaker == "Anaïs"


def test_one_asker_only_declares_nothing():
    # the near miss: a single named asker (a column's one reader letter), no interview of several askers
    lines = ["Question de M. Lebreton : Pourquoi la pharmacie ferme-t-elle le samedi ? Anaïs : Par manque de personnel.",
             "Nous publierons la réponse complète de la pharmacie dans le prochain numéro."]
    assert intervention_speakers(split_lines("\n".join(lines) + "\n")) == {}


# s38 (round 75): questions from people the record describes without naming them
DESCRIBED = [
    "Compte rendu de la séance d'information du 4 février 2025",
    "Animation : Dr Anne Lemaire, médecin du travail ; M. Karim Haddou, technicien hygiène et sécurité.",
    "Question d'un docker (portiqueur, bordée de nuit) : « Nous, on ne les ouvre pas, on les lève. Est-ce qu'on "
    "respire quelque chose quand la porte est mal fermée ? »",
    "Réponse du Dr Lemaire : Le risque principal est à l'ouverture, mais une fuite est possible.",
    "Question d'une personne qui n'a pas souhaité donner sa fonction : « Qui paie les détecteurs ? »",
    "Le technicien indique que la commande de six détecteurs supplémentaires est en cours.",
]


def test_someone_described_but_not_named(gazetteer):
    text, segs = _segment(DESCRIBED, gazetteer)
    s = _at(text, segs, "on ne les ouvre pas, on les lève")
    assert (s.speaker, s.role, s.role_raw) == ("", "autre", "un docker, portiqueur, bordée de nuit")
    s = _at(text, segs, "Qui paie les détecteurs")
    assert (s.speaker, s.role) == ("", "inconnu")  # the function withheld
    assert _at(text, segs, "Le risque principal est à l'ouverture").speaker.endswith("Lemaire")
    # near miss: an indefinite noun phrase in a methods section's label is no one ("Question d'une grande
    # actualité :" once, no answer, no one named)
    lines = split_lines("Question d'une grande actualité : faut-il ouvrir les centres le samedi ?\n"
                        "Les auteurs y répondent dans la troisième partie.\n")
    assert intervention_speakers(lines) == {}


def test_answers_of_bodies_through_the_person_named_in_parentheses(gazetteer):
    # s52: a questions-answers sheet whose answers are labelled by the body and its speaker, on a
    # line of their own, each over one paragraph between the questions
    sheet = [
        "Questions-réponses de la réunion publique du 12 février 2025",
        "Les réponses ont été transcrites à partir de l'enregistrement de la séance.",
        "Question 1 – Qui peut adhérer à la future CPTS ?",
        "Réponse de l'ARS (Mme Lopez)",
        "Tous les professionnels de santé du territoire. Nous vous aiderons à rédiger la lettre d'intention dès cet été.",
        "Question 2 – Le temps de réunion sera-t-il indemnisé ?",
        "Réponse de la CPAM (M. Vidal)",
        "Oui, une partie de l'enveloppe de fonctionnement y est consacrée ; je vous enverrai le barème après la réunion.",
        "Question 3 – Où se réunira-t-on ?",
        "Réponse de la communauté de communes (Mme Roux, présidente)",
        "Nous prêterons la salle du conseil le soir, gratuitement, au moins la première année.",
        "Document diffusé aux participants le 20 février 2025.",
    ]
    # (the questions are bold titles, which extraction gives as headings)
    text, segs = _segment(sheet, gazetteer, structure=heading_structure(sheet, [2, 5, 8]))
    s = _at(text, segs, "Nous vous aiderons à rédiger la lettre")
    assert (s.kind, s.role) == ("turn", "institutionnel_ars") and "Lopez" in s.speaker
    s = _at(text, segs, "je vous enverrai le barème")
    assert (s.kind, s.role) == ("turn", "institutionnel_cpam") and "Vidal" in s.speaker
    s = _at(text, segs, "Nous prêterons la salle du conseil")
    assert (s.kind, s.role) == ("turn", "elu") and "Roux" in s.speaker
    assert _at(text, segs, "Les réponses ont été transcrites").kind == "narrative"
    assert _at(text, segs, "Le temps de réunion sera-t-il").kind != "turn"
    # (known limit: the last answer's turn runs on over a closing line of the author's, as any last turn does)
