"""A guest the host hands the floor to (segment/announced_speakers.py): "Nous avons en ligne
Rosine, infirmière libérale à Sainte-Marie. Rosine, vous confirmez ?" then "Rosine : …", heard
once, is a speaker with the role the host gave; look-alikes: a first name heard once that no
moderator named, or that a participant (not the host) named, stays prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _show(after_host: str, caller: str) -> list[str]:
    return [
        "Transcription de l'émission « Santé matin » du 11 janvier 2022.",
        "Journaliste : Bonjour à tous. Ce matin nous recevons le docteur Célestine, médecin au Lamentin. "
        "Docteur, la CPTS, à quoi ça sert ?",
        "Dr Célestine : À trouver un médecin quand le vôtre est en congé. On a organisé un planning entre nos cabinets.",
        f"Journaliste : {after_host}",
        f"{caller} : Je confirme, oui. Le vendredi soir, c'est nous qui découvrons le patient, sans ordonnance.",
        "Dr Célestine : C'est exactement pour ça qu'on a créé la fiche de liaison.",
        "Journaliste : Merci à tous les deux.",
    ]


def test_a_caller_the_host_announces_speaks_with_the_role_given(gazetteer):
    lines = _show("Nous avons en ligne Rosine, infirmière libérale à Sainte-Marie. Rosine, vous confirmez ?", "Rosine")
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "Je confirme, oui")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Rosine", "infirmier")


def test_a_name_the_host_did_not_announce_stays_prose(gazetteer):
    lines = _show("Nous avons une auditrice en ligne. Vous confirmez ?", "Rosine")
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Rosine" for s in segs)


def test_a_name_a_participant_mentions_is_no_announcement(gazetteer):
    lines = [
        "Compte rendu de la réunion du bureau.",
        "Animatrice : Qui a des nouvelles du planning ?",
        "Dr Célestine : Oui, j'en ai parlé avec Rosine, la coordinatrice.",
        "Rosine : la réunion suivante est fixée au 3 mars, salle du conseil.",
        "Animatrice : Merci, autre chose ?",
        "Dr Célestine : Non, rien de mon côté.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Rosine" for s in segs)


# session 18 (segroles11): the host presents every guest at once, before the first of their turns
# ("j'accueille deux Julie : Julie B., infirmière libérale à Sarlat, et Julie R., sage-femme …"): each
# guest's turns, also those that follow another guest's, take what the presentation says of them
PODCAST = ["Un podcast de la CPTS du Périgord noir.",
           "Thomas : Bonjour. Aujourd'hui j'accueille deux Julie : Julie B., infirmière libérale à Sarlat, "
           "et Julie R., sage-femme libérale à Salignac. Julie R., comment est née votre collaboration ?",
           "Julie R. : Par une patiente commune. Moi je passais une fois par semaine, elle tous les jours.",
           "Julie B. : On s'est rencontrées sur le palier, littéralement ! Depuis on se répartit les visites.",
           "Thomas : Et la CPTS, qu'est-ce qu'elle vous a apporté ?",
           "Julie B. : Un annuaire, déjà. Et un protocole écrit sur le diabète gestationnel."]


def test_guests_presented_together_keep_their_roles_for_all_their_turns(gazetteer):
    text, segs = _segment(PODCAST, gazetteer)
    got = [(s.speaker, s.role) for s in (_at(text, segs, w) for w in ("Par une patiente", "On s'est rencontrées",
                                                                      "Un annuaire"))]
    assert got == [("Julie R.", "sage_femme"), ("Julie B.", "infirmier"), ("Julie B.", "infirmier")]


def test_a_radio_intro_paragraph_presents_the_guests_too(gazetteer):
    # an unseen variant: the presentation in the episode's notes above the turns, not a host turn
    lines = ["Notes de l'épisode : nous recevons Marc D., pharmacien à Brive, et Inès T., kinésithérapeute à Tulle.",
             "Animatrice : Marc D., comment travaillez-vous avec les kinés ?",
             "Marc D. : On s'appelle, tout simplement. Je connais tous les cabinets du coin.",
             "Inès T. : Et moi je passe à la pharmacie chercher le matériel, on en profite pour parler des patients.",
             "Animatrice : Merci à vous deux."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Et moi je passe").role == "kinesitherapeute"


def test_a_guest_named_before_with_no_function_keeps_no_role(gazetteer):
    # look-alike: the line before the first turn names the guest without saying what she does
    lines = [PODCAST[0], PODCAST[1].replace("Julie B., infirmière libérale à Sarlat", "Julie B., que vous connaissez"),
             *PODCAST[2:]]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Un annuaire").role == "inconnu"


def test_a_list_of_names_each_with_its_parenthesis_gives_each_their_own(gazetteer):
    # lead, session 18: "Odile (infirmière), Bastien (kinésithérapeute) et Nadia (…)": the apposition
    # before "Bastien" is Odile's list item; each name's own parenthesis says what they are
    lines = ["Trois professionnelles ont participé, désignées par des prénoms fictifs : Odile (infirmière), "
             "Bastien (kinésithérapeute) et Nadia (secrétaire médicale).",
             "Animatrice : Comment se passe la prise de rendez-vous à la sortie de l'hôpital ?",
             "Nadia : Souvent ils appellent le lundi matin, et je n'ai aucune information.",
             "Odile : Nous, on l'apprend par la pharmacie, qui nous passe un coup de fil.",
             "Bastien : Et pour la rééducation, le patient arrive avec sa prescription et trois lignes.",
             "Animatrice : Et la messagerie sécurisée ?",
             "Nadia : Je ne l'ai jamais ouverte, je n'ai pas les codes.",
             "Odile : Moi tous les jours, pour les retours d'hospitalisation.",
             "Bastien : Pas encore, mais on me l'a proposé."]
    text, segs = _segment(lines, gazetteer)
    got = [_at(text, segs, w).role for w in ("Souvent ils appellent", "on l'apprend", "pour la rééducation")]
    assert got == ["secretaire", "infirmier", "kinesitherapeute"]


# s27-segrole2 (round 30): the host's first question gives the guest a trade outside the vocabulary
# ("Bonjour Jean-Luc Faure, vous êtes ambulancier à Privas depuis vingt ans."): the guest is autre, not unknown
def _matinale(question: str) -> list[str]:
    return ["La matinale – transcription de l'entretien du 14 février",
            f"Sophie Mercier : {question} Qu'est-ce qui a changé pour vous depuis janvier ?",
            "Jean-Luc Faure : Bonjour. Ce qui a changé, c'est qu'on couvre un secteur deux fois plus grand.",
            "Sophie Mercier : Et les nuits, comment vous les organisez maintenant ?",
            "Jean-Luc Faure : On tourne à trois équipages au lieu de cinq, c'est tout."]


def test_a_guest_the_host_gives_a_trade_outside_the_vocabulary_is_autre(gazetteer):
    text, segs = _segment(_matinale("Bonjour Jean-Luc Faure, vous êtes ambulancier à Privas depuis vingt ans."),
                          gazetteer)
    s = _at(text, segs, "on couvre un secteur")
    assert (s.kind, s.speaker, s.role) == ("turn", "Jean-Luc Faure", "autre")
    assert "ambulancier" in s.role_raw  # what the host says of him, not a default
    assert _at(text, segs, "On tourne à trois").role == "autre"
    # unseen: another trade outside the vocabulary, in an apposition after the name
    text, segs = _segment(_matinale("Nous recevons Jean-Luc Faure, auxiliaire de vie à Aubenas."), gazetteer)
    s = _at(text, segs, "on couvre un secteur")
    assert s.role == "autre" and "auxiliaire de vie" in s.role_raw


def test_near_miss_a_host_saying_nothing_of_a_trade_gives_no_description(gazetteer):
    text, segs = _segment(_matinale("Bonjour Jean-Luc Faure, vous êtes venu ce matin depuis Privas."), gazetteer)
    assert _at(text, segs, "on couvre un secteur").role_raw == ""  # the host's words are no description


# s28-segr48b: a podcast transcript whose host's first turn presents the guests by the first names that
# label their turns ("Julie : … je reçois Nadine … et le docteur Pierre …"), chapter markers between
# the turns: the host moderates, the guests speak though each is heard twice only. Unseen: a local
# radio's show in Mende with a farmer and a pharmacist; near-miss: a training vignette's dialogue
# whose first line names no one who speaks after.
RADIO_SHOW = [
    "Sophie : Bonsoir à tous. Autour de la table ce soir, Gilles, éleveur à Nasbinals, et Hélène, "
    "pharmacienne à Mende.",
    "[Partie 1 – Les urgences – 03:10]",
    "Sophie : Gilles, quand vous vous blessez au travail, vous allez où ?",
    "Gilles : À Mende, une heure de route, et encore, quand il ne neige pas.",
    "Hélène : Nous voyons passer beaucoup d'éleveurs qui viennent d'abord à la pharmacie, faute de mieux.",
    "[Partie 2 – Les solutions – 12:40]",
    "Gilles : Une maison de santé sur le plateau, voilà ce qu'on demande depuis dix ans.",
    "Hélène : La télémédecine en officine aide déjà, mais il faut un médecin au bout.",
    "Sophie : Merci à vous deux.",
]


def test_a_host_presenting_the_guests_at_first_vouches_for_their_labels(gazetteer):
    text, segs = _segment(RADIO_SHOW, gazetteer)
    assert _at(text, segs, "quand vous vous blessez").kind == "moderator"
    s = _at(text, segs, "une heure de route")
    assert (s.kind, s.speaker) == ("turn", "Gilles")
    assert (_at(text, segs, "faute de mieux").kind, _at(text, segs, "faute de mieux").speaker) == ("turn", "Hélène")
    assert _at(text, segs, "voilà ce qu'on demande").kind == "turn"


def test_a_vignette_whose_first_line_presents_no_speaker_stays_prose(gazetteer):
    lines = ["Vignette 3 (fictive) : à lire avant la séance.",
             "Marc : Bonjour, je viens pour mon traitement, on m'a dit de voir Léa.",
             "Inès : Asseyez-vous, comment vous sentez-vous ?",
             "Marc : Fatigué, surtout le matin.",
             "Inès : Vous prenez bien vos comprimés ?",
             "Consigne : relever les questions ouvertes de l'étudiante."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "surtout le matin").kind not in ("turn", "verbatim")


# s30-segr53b: a line presenting the participants as a list, each first name with its own
# parenthesis naming a trade, vouches for the first names that then label one turn each (the
# transcript of a debriefing, a staff meeting); a name presented alone vouches for nothing
def _debriefing(presentation: str) -> list[str]:
    return [
        "Débriefing de l'exercice d'évacuation, centre de santé de Pontivy, 4 octobre 2023",
        presentation,
        "Premier temps : le ressenti",
        "Solène : Qu'est-ce qui vous a surpris pendant l'exercice ?",
        "Maëlle : Le bruit, surtout. Je n'entendais plus le téléphone du cabinet et je me suis affolée.",
        "Deuxième temps : l'analyse",
        "Solène : Et la sortie des patients, comment s'est-elle organisée ?",
        "Yann : J'ai pris le fauteuil roulant du couloir, mais la rampe était encombrée par des cartons.",
        "Inès : Moi j'ai compté les patients dehors, on en avait oublié un aux toilettes.",
    ]


def test_participants_presented_with_their_trades_label_their_turns(gazetteer):
    lines = _debriefing("Participants : Maëlle (kinésithérapeute), Yann (pharmacien) et Inès (aide-soignante), "
                        "tous salariés du centre.")
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "la rampe était encombrée")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Yann", "pharmacien")
    assert _at(text, segs, "on en avait oublié un").kind == "turn"
    assert _at(text, segs, "Qu'est-ce qui vous a surpris").kind in ("moderator", "turn")


def test_a_single_name_in_parentheses_vouches_for_no_labels(gazetteer):
    # the near miss: one person presented in a sentence, the other names not presented at all
    lines = _debriefing("L'exercice a été préparé par Maëlle (kinésithérapeute) avec la direction du centre.")
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "la rampe était encombrée").speaker != "Yann"


def _simulation_debrief(leader: str) -> list[str]:
    return [
        "Annexe 5 – Débriefing de la simulation n°2, kinésithérapeutes de 3e année, IFMK de Berck (extrait)",
        "Phase descriptive",
        f"{leader} : Qu'est-ce qui s'est passé pendant la mise au fauteuil, selon vous ?",
        "Lucie : J'ai vu qu'il grimaçait, mais je n'ai pas osé arrêter le transfert devant l'équipe.",
        "Phase d'analyse",
        f"{leader} : Et qu'est-ce qui vous a retenus de le dire ?",
        "Hugo : Moi je pensais que la douleur faisait partie de l'exercice, on nous répète qu'il faut le lever tôt.",
        "[Lucie reprend le schéma au paperboard]",
        "Samia : On aurait pu lui demander de noter sa douleur avant de commencer, ça prend dix secondes.",
    ]


def test_participants_answering_a_trainer_each_once_are_speakers(gazetteer):
    text, segs = _segment(_simulation_debrief("Formatrice"), gazetteer)
    assert _at(text, segs, "Qu'est-ce qui s'est passé pendant").kind == "moderator"
    for words, who in (("je n'ai pas osé arrêter", "Lucie"), ("la douleur faisait partie", "Hugo"),
                       ("noter sa douleur avant", "Samia")):
        seg = _at(text, segs, words)
        assert (seg.kind, seg.speaker) == ("turn", who)


def test_near_miss_names_after_a_label_no_moderator_word_names_stay_prose(gazetteer):
    # "Consigne" is no moderator's label: the names heard once each are vouched for by nobody
    text, segs = _segment(_simulation_debrief("Consigne"), gazetteer)
    assert _at(text, segs, "je n'ai pas osé arrêter").kind not in ("turn", "verbatim")
    assert _at(text, segs, "noter sa douleur avant").kind not in ("turn", "verbatim")
