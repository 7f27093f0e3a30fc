"""Speaker labels on a line of their own above the words (segment/own_line_labels.py): "E3" or
"Enquêtrice" alone on a paragraph, "M. Jean Dupont, président de l'URPS :" with a function;
look-alikes that must stay narrative: headings, a glossary's terms, a list title ending in a colon,
a form's fields, a comic strip's characters above their bubbles, a training script's lines."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.own_line_labels import label_line, own_line_speakers


def speakers(lines: list[str]) -> dict[str, dict]:
    return own_line_speakers(split_lines("\n".join(lines)))


BOLD_NAMES = [
    "Annexe 3 – Entretien avec une infirmière libérale de la CPTS du Pays de Retz",
    "Enquêtrice",
    "Comment avez-vous vécu le premier confinement dans votre cabinet ?",
    "E3",
    "Alors moi je faisais les tournées seule, on n'avait pas de masques au début.",
    "Et puis on s'est organisées avec la pharmacie de la place pour les surblouses.",
    "Enquêtrice",
    "Et la CPTS, elle est arrivée quand ?",
    "E3",
    "On l'a créée en 2021, je suis au bureau depuis le début. On se connaissait déjà.",
    "La séance s'est terminée après cinquante minutes d'échange.",
]

FUNCTIONS = [
    "Table ronde sur l'exercice coordonné en Île-de-France",
    "M. Jean Dupont, président de l'URPS infirmiers :",
    "Je voudrais d'abord dire que nous avons été en première ligne pendant toute la crise.",
    "Mme Claire Martin, pharmacienne titulaire :",
    "Nous avons tenu l'officine ouverte tous les jours, je le rappelle.",
    "M. Jean Dupont :",
    "Et je rejoins ce que vient de dire Mme Martin sur les masques.",
    "Mme Claire Martin :",
    "Oui, on a distribué les masques de l'État, sans savoir combien on en aurait.",
]


def test_label_line_reads_the_label_and_its_function():
    assert label_line("E3") == ("E3", "")
    assert label_line("Enquêtrice :") == ("Enquêtrice", "")
    assert label_line("M. Jean Dupont, président de l'URPS :") == ("M. Jean Dupont", "président de l'URPS")
    # a sentence, a quotation, a title ending with a period or a parenthesis: no label line
    assert label_line("On a tout fait pour les patients.") is None
    assert label_line("« Le rouge, c'est pour le matin ? »") is None
    assert label_line("Exemple d'échange (formation des ARM)") is None
    assert label_line("Les objectifs de la communauté professionnelle sont les suivants :") is None


def test_bold_names_above_the_words_take_turns(gazetteer):
    found = speakers(BOLD_NAMES)
    assert set(found) == {"Enquêtrice", "E3"}
    assert found["Enquêtrice"]["moderator"] and not found["E3"]["moderator"]
    text, segs = _segment(BOLD_NAMES, gazetteer)
    s = _at(text, segs, "Alors moi je faisais les tournées")
    assert s.kind == "turn" and s.speaker == "E3"
    # a turn over two paragraphs stays one turn
    assert _at(text, segs, "Et puis on s'est organisées") is s
    assert _at(text, segs, "Comment avez-vous vécu").kind == "moderator"
    assert _at(text, segs, "On l'a créée en 2021").kind == "turn"
    # the narration that closes the block is no one's turn, nor is the heading above it
    assert _at(text, segs, "La séance s'est terminée").kind not in ("turn", "verbatim")
    assert _at(text, segs, "Annexe 3 – Entretien").kind not in ("turn", "verbatim")


def test_a_label_line_with_a_function_names_the_role(gazetteer):
    found = speakers(FUNCTIONS)
    assert set(found) == {"M. Jean Dupont", "Mme Claire Martin"}
    assert found["Mme Claire Martin"]["role"] == "pharmacien"
    text, segs = _segment(FUNCTIONS, gazetteer)
    s = _at(text, segs, "Nous avons tenu l'officine")
    assert s.kind == "turn" and s.speaker == "Mme Claire Martin" and s.role == "pharmacien"
    assert _at(text, segs, "Je voudrais d'abord dire").speaker == "M. Jean Dupont"


HEADINGS = [
    "Introduction",
    "La crise sanitaire a mis en lumière le rôle des soins primaires dans les territoires.",
    "Méthodes",
    "Nous avons mené douze entretiens semi-directifs auprès de professionnels libéraux.",
    "Résultats",
    "Les professionnels décrivent une coordination plus étroite pendant le premier confinement.",
    "Discussion",
    "On peut se demander si cette coordination a survécu à la crise.",
]

GLOSSARY = [
    "Glossaire",
    "CPTS",
    "Communauté professionnelle territoriale de santé, créée à l'initiative des professionnels.",
    "DAC",
    "Dispositif d'appui à la coordination des parcours complexes.",
    "MSP",
    "Maison de santé pluriprofessionnelle.",
    "SAS",
    "Service d'accès aux soins, qui répond quand on ne trouve pas de médecin.",
]

FORM = [
    "Fiche patient",
    "Nom :",
    "Durand",
    "Âge :",
    "82 ans",
    "Nom :",
    "Lefèvre",
    "Âge :",
    "79 ans",
]

LIST_TITLE = [
    "Les missions socles de la CPTS sont les suivantes :",
    "l'accès à un médecin traitant ;",
    "la prise en charge des soins non programmés ;",
    "l'organisation de parcours pluriprofessionnels.",
]

COMIC = [
    "Case 1 – Cuisine de Mamie Jo. Sur la table, des boîtes de médicaments en désordre.",
    "MAMIE JO",
    "« Le rouge, c'est pour le matin ou pour le soir ? Je ne sais plus… »",
    "LA PHARMACIENNE",
    "« On va faire le point ensemble. Vous avez un pilulier ? »",
    "MAMIE JO",
    "« Un quoi ? »",
    "L'INFIRMIÈRE",
    "« La pharmacienne m'a appelée, on s'organise toutes les deux pour vous. »",
]


@pytest.mark.parametrize("lines", [HEADINGS, GLOSSARY, FORM, LIST_TITLE, COMIC],
                         ids=["headings", "glossary", "form", "list_title", "comic"])
def test_look_alikes_give_no_label(lines, gazetteer):
    assert speakers(lines) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind == "turn"]


INTERVENTION = [
    "Intervention de Agnès Giannotti",
    "Réunion du jeudi 9 juillet 2020 à 10h30",
    "Agnès Giannotti, vice-présidente de MG France et présidente de la CPTS de Paris 18e :",
    "Je suis médecin généraliste dans un quartier populaire touché de plein fouet par l'épidémie. "
    "Nous avons ouvert un centre covid en dix jours avec les infirmières et les pharmaciens du quartier.",
    "Dans la CPTS, comme dans les centres covid, nous avons assuré le suivi des patients à domicile.",
    "Aucun commentaire n'a encore été formulé sur cette intervention.",
]

DIRECTORY = [
    "Annuaire des référents de la CPTS",
    "Jean Dupont, coordinateur :",
    "Maison de santé des Tilleuls, 12 rue des Écoles, 44000 Nantes, joignable du lundi au vendredi de 9 h à 17 h par téléphone.",
    "Marie Curie, physicienne :",
    "Née à Varsovie en 1867, elle reçut deux prix Nobel et dirigea l'Institut du radium à Paris jusqu'à sa mort en 1934.",
]


def test_a_person_named_once_above_long_speech_is_a_turn(gazetteer):
    found = speakers(INTERVENTION)
    assert set(found) == {"Agnès Giannotti"}
    text, segs = _segment(INTERVENTION, gazetteer)
    s = _at(text, segs, "Je suis médecin généraliste")
    assert s.kind == "turn" and s.speaker == "Agnès Giannotti"
    assert _at(text, segs, "Dans la CPTS, comme dans les centres") is s  # the turn runs over paragraphs that speak
    # a paragraph that does not speak, with no label after it, ends the turn: the site's footer
    assert _at(text, segs, "Aucun commentaire").kind not in ("turn", "verbatim")
    assert _at(text, segs, "Réunion du jeudi").kind not in ("turn", "verbatim")


def test_named_lines_above_words_that_do_not_speak_give_no_turn(gazetteer):
    assert speakers(DIRECTORY) == {}
    text, segs = _segment(DIRECTORY, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


INITIALS = [
    "Annexe 5 – Entretien avec un patient",
    "M. R., 69 ans, vit avec son épouse à Épernay ; il voit l'infirmière Asalée tous les trois mois.",
    "Enquêteur",
    "Qu'est-ce que ces consultations ont changé pour vous ?",
    "M. R.",
    "Elle m'a appris à lire mes résultats. Avant, je ne regardais même pas la feuille.",
    "Enquêteur",
    "Et votre médecin, vous le voyez moins ?",
    "M. R.",
    "Non, pareil, mais on parle d'autre chose maintenant, je trouve ça mieux.",
]


def test_a_label_closing_on_an_initial_is_a_label_line(gazetteer):
    """"Mme L." alone above the words: the period closes the initial, not a sentence."""
    assert label_line("Mme L.") == ("Mme L.", "")
    assert label_line("Dr B.") == ("Dr B.", "")
    assert label_line("Jean-Paul D.") == ("Jean-Paul D.", "")
    assert label_line("Voir le tableau 3.") is None  # a sentence still ends on its period
    text, segs = _segment(INITIALS, gazetteer)
    s = _at(text, segs, "Elle m'a appris à lire mes résultats")
    assert (s.kind, s.speaker) == ("turn", "M. R.")
    assert _at(text, segs, "Non, pareil, mais on parle").speaker == "M. R."
    assert _at(text, segs, "Qu'est-ce que ces consultations").kind == "moderator"
    assert _at(text, segs, "vit avec son épouse").kind == "narrative"


ABBREVIATED = [
    "Annexe 7 – Entretien avec un ergothérapeute du SSIAD de Figeac",
    "Légende : INT. = intervieweuse ; R2 = personne interrogée.",
    "INT.",
    "Comment se passe une première visite à domicile ?",
    "R2",
    "Je regarde d'abord la salle de bains, c'est là que les gens tombent. Après on parle des tapis.",
    "INT.",
    "Et les familles, vous les voyez ?",
    "R2",
    "Rarement, je les appelle le soir quand je rentre, sinon on ne se croise jamais.",
]


def test_an_abbreviated_label_closing_on_its_period_is_a_label_line(gazetteer):
    # s41: "ENQ." alone on its line above the question (round 85); "INT." likewise
    assert label_line("INT.") == ("INT.", "")
    assert label_line("Enq.") == ("Enq.", "")
    # a word in lower case closing on a period is a sentence, not an abbreviated label
    assert label_line("Résumé.") is None
    assert label_line("Voir plus haut.") is None
    text, segs = _segment(ABBREVIATED, gazetteer)
    s = _at(text, segs, "Je regarde d'abord la salle de bains")
    assert (s.kind, s.speaker) == ("turn", "R2")
    assert _at(text, segs, "Et les familles, vous les voyez").kind == "moderator"


ONE_ROUND = [
    "Réunion publique sur la fermeture du pont de Saint-Jean, transcription de l'enregistrement",
    "LE MAIRE",
    "Je vous ai réunis parce que le pont ferme trois mois et que l'ambulance fera le détour par la rocade.",
    "LA SECRÉTAIRE DE MAIRIE",
    "Moi, j'ai déjà reçu une vingtaine d'appels, les gens veulent savoir si le bus scolaire passera encore.",
    "UN AGRICULTEUR",
    "Moi je traverse avec le tracteur tous les matins, on fait comment pour la traite ?",
    "VOIX HORS CHAMP",
    "Et les pompiers, ils mettront combien de temps pour monter jusqu'aux fermes ?",
    "La réunion s'est terminée à 22 heures.",
]

HEADINGS = [
    "Rapport d'étape du contrat local de santé",
    "LE CONTEXTE",
    "Nous avons repris le diagnostic de 2022 avec les élus, on l'a complété par une enquête.",
    "LA MÉTHODE",
    "Nous avons interrogé les habitants, on a aussi réuni les professionnels deux fois.",
    "LES RÉSULTATS",
    "On retient trois priorités : la santé mentale, le transport et l'accès aux spécialistes.",
    "LA DISCUSSION",
    "Nous pensons que le transport reste le premier frein, vous le verrez dans les annexes.",
]


def test_a_round_where_each_function_speaks_once_takes_turns(gazetteer):
    # s41: capitals labels alone on their line, each heard once, each naming someone (round 85)
    text, segs = _segment(ONE_ROUND, gazetteer)
    s = _at(text, segs, "le pont ferme trois mois")
    assert (s.kind, s.speaker.lower(), s.role) == ("turn", "le maire", "elu")
    s = _at(text, segs, "une vingtaine d'appels")
    assert (s.kind, s.role) == ("turn", "secretaire")
    # an indefinite label names someone of a kind: no speaker, what they do
    s = _at(text, segs, "je traverse avec le tracteur")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "autre")
    # a voice nobody identified (labels.yaml unidentified_voice_labels)
    s = _at(text, segs, "les pompiers, ils mettront combien")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "La réunion s'est terminée").kind not in ("turn", "verbatim")


def test_headings_with_an_article_above_first_person_prose_are_no_round(gazetteer):
    text, segs = _segment(HEADINGS, gazetteer)
    for snippet in ("repris le diagnostic", "interrogé les habitants", "trois priorités", "premier frein"):
        assert _at(text, segs, snippet).kind not in ("turn", "verbatim", "moderator")


def test_a_turn_label_naming_a_trade_outside_the_vocabulary(gazetteer):
    # s41 (rounds 75, 77): "Matelot 1 :", "Entreprise C (coffreur) :": the label says what they do
    from corpus.segment.turns import label_trade

    assert label_trade("Matelot 2") == "Matelot"
    assert label_trade("Entreprise B (charpentier)") == "charpentier"
    # near-misses: a place in the exchange, a code, a first name, a trade of the vocabulary
    for label in ("Participant 3", "Intervenant 5", "P2", "Sandrine", "Infirmière 2"):
        assert label_trade(label) == ""
    lines = ["Visite de la commission santé à bord du bac de Quillebeuf, transcription.",
             "L'élue : Comment supportez-vous la chaleur dans la timonerie ?",
             "Matelot 1 : On monte à quarante degrés l'été, on boit trois litres par quart.",
             "Matelot 2 : Moi je dors mal entre deux rotations, la couchette est au-dessus du moteur.",
             "L'élue : Et le capitaine, il en pense quoi ?",
             "Matelot 1 : Il a demandé des ventilateurs l'an dernier, on attend toujours."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on boit trois litres par quart")
    assert (s.kind, s.speaker, s.role) == ("turn", "Matelot 1", "autre")


def test_a_label_then_its_time_alone_on_a_line(gazetteer):
    """s45 (round 93's foster-carers' focus group): a transcription tool writes the label, then the time,
    on a line of its own above the words ("AF2   00:01:40"); the time is no part of the label."""
    assert label_line("AF2   00:01:40") == ("AF2", "")
    assert label_line("Animatrice (00:03:30)") == ("Animatrice", "")
    text, segs = _segment([
        "| Code | Ancienneté | Commune |", "| MK1 | 12 ans | Dieppe |", "| MK2 | 4 ans | Eu |",
        "Animatrice 00:00:40",
        "Est-ce que vous pouvez me dire comment vous recevez les ordonnances de rééducation ?",
        "MK1 00:00:52",
        "Par la messagerie, quand ça marche. Sinon c'est le patient qui me l'apporte froissée au fond du sac.",
        "MK2 00:01:30",
        "Moi je n'ai jamais eu une ordonnance par messagerie, pas une seule en quatre ans.",
        "Animatrice 00:02:05",
        "Et pour les comptes rendus, vous les envoyez au médecin ?",
        "MK1 00:02:11",
        "Quand j'ai le temps, le dimanche soir, en une fois.",
    ], gazetteer)
    assert (_at(text, segs, "froissée au fond du sac").kind, _at(text, segs, "froissée au fond du sac").speaker) == ("turn", "MK1")
    assert _at(text, segs, "pas une seule en quatre ans").speaker == "MK2"
    assert _at(text, segs, "comment vous recevez les ordonnances").kind == "moderator"


def test_a_voice_heard_once_in_a_timed_transcript_and_two_voices_at_once(gazetteer):
    """s45 (rounds 86 and 13): in a block whose every label carries its time, a label heard once is a
    turn even when its words do not say "je" ("Intervenant 5 [00:18:03]"); "Intervenant 2 et 3" is
    two voices at once, its role unsaid (no ranker gives it one)."""
    text, segs = _segment([
        "Intervenant 1 : Léa Morin, animatrice ; Intervenant 2 : Paul Ricard, infirmier libéral à Dax ; "
        "Intervenant 3 : Dr Anne Soulé, médecin généraliste à Dax.",
        "Intervenant 1 [00:00:05]",
        "Bonjour à tous. Paul, tu peux nous raconter comment la tournée s'est organisée ?",
        "Intervenant 2 [00:00:21]",
        "On a commencé par les patients qu'on voyait déjà pour les pansements, je faisais la liste le soir.",
        "Intervenant 1 [00:01:02]",
        "Anne, et du côté des médecins ?",
        "Intervenant 3 [00:01:10]",
        "Je faisais les prescriptions le matin par téléphone, les infirmiers passaient l'après-midi.",
        "Intervenant 2 et 3 [00:01:40]",
        "Les glacières du club de rugby !",
        "Intervenant 4 [00:02:15]",
        "Il faudrait surtout que la pharmacie soit prévenue la veille.",
    ], gazetteer)
    joint = _at(text, segs, "Les glacières du club de rugby")
    assert (joint.kind, joint.speaker, joint.role) == ("turn", "Intervenant 2 et 3", "inconnu")
    once = _at(text, segs, "que la pharmacie soit prévenue la veille")
    assert (once.kind, once.speaker) == ("turn", "Intervenant 4")


def test_a_timetable_s_lines_are_no_labels(gazetteer):
    """Near miss: a day's programme sets a session's title and its time on a line above a description."""
    text, segs = _segment([
        "Programme de la journée des CPTS du Pays basque",
        "Accueil 08:30", "Café et viennoiseries offerts par l'URPS, retrait des badges.",
        "Plénière 09:00", "Présentation du bilan annuel par le bureau de la fédération.",
        "Ateliers 10:30", "Trois ateliers au choix, inscription sur place.",
        "Plénière 14:00", "Restitution des ateliers et questions de la salle.",
    ], gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# s50: a press page sending the same questions to several candidates, each answer under a line naming
# the candidate and, in parentheses, the list they lead in quotation marks; a list answering as a team
# ("(réponse collective)") and, under the next question, a list that did not answer (an editor's note).
CANDIDATES = [
    "Le Petit Quotidien du Vexin – élections municipales – 9",
    "Nous avons posé les mêmes questions de santé aux têtes de liste de Magny-en-Vexin.",
    "Question 1 – Comment attirer des médecins ?",
    "Hélène Vautrin (« Magny demain »)",
    "Je propose de loger les internes gratuitement pendant leur stage, nous avons un appartement libre.",
    "Arnaud Pichereau (« Agir pour Magny »)",
    "Nous ouvrirons un centre de santé avec des médecins salariés dès la première année du mandat.",
    "Liste « Magny solidaire » (réponse collective)",
    "Nous voulons d'abord écouter les professionnels de santé avant de promettre quoi que ce soit.",
    "Question 2 – Faut-il une maison de santé ?",
    "Hélène Vautrin (« Magny demain »)",
    "Oui, je suis infirmière depuis vingt ans et je sais ce que coûte l'isolement des soignants.",
    "Arnaud Pichereau (« Agir pour Magny »)",
    "Je crois plutôt aux cabinets de quartier, mais je ne fermerai pas la porte.",
    "Liste « Magny solidaire » (réponse collective)",
    "[La liste n'a pas répondu à cette question.]",
    "Le premier tour aura lieu le 15 mars.",
]


def test_a_label_with_its_list_in_parentheses_and_a_group_answering(gazetteer):
    assert label_line("Hélène Vautrin (« Magny demain »)") == ("Hélène Vautrin", "")
    assert label_line("« On ne lâchera rien »") is None  # a quotation set as a heading is no label
    text, segs = _segment(CANDIDATES, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Je propose de loger les internes")
    assert (s.kind, s.speaker) == ("turn", "Hélène Vautrin")
    assert _at(text, segs, "Nous ouvrirons un centre de santé").speaker == "Arnaud Pichereau"
    s = _at(text, segs, "Nous voulons d'abord écouter")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")  # a team, no one person
    # the list's label over an editor's note: nobody speaks there
    assert _at(text, segs, "La liste n'a pas répondu").kind not in ("turn", "verbatim")
    assert not [x for x in segs if x.kind == "turn" and x.text.strip() == "Liste « Magny solidaire » (réponse collective)"]


def test_a_round_of_labels_alone_in_capitals_with_a_civility_and_surname_among_functions(gazetteer):
    # s52: each speaks once, labelled by a function or by a civility and a surname in capitals
    minutes = [
        "Procès-verbal de la commission des usagers du 3 mars 2025",
        "LA PRÉSIDENTE",
        "Le quorum est atteint. Nous examinons d'abord les réclamations du trimestre.",
        "LE CADRE DE SANTÉ",
        "Sur les neuf réclamations, quatre portent sur les sorties du vendredi. Je crois qu'on prévient trop tard les familles.",
        "MME FABRE",
        "Je siège pour l'association des familles, et nous demandons un appel la veille de chaque sortie.",
        "LA PHARMACIENNE",
        "Nous pouvons remettre une fiche des traitements modifiés, si la prescription est validée avant midi.",
        "La commission adopte la recommandation à l'unanimité.",
    ]
    text, segs = _segment(minutes, gazetteer)
    s = _at(text, segs, "nous demandons un appel la veille")
    assert (s.kind, s.speaker) == ("turn", "MME FABRE")
    assert _at(text, segs, "Nous pouvons remettre une fiche").kind == "turn"
    assert _at(text, segs, "La commission adopte la recommandation").kind == "narrative"


def test_meeting_accounts_and_dictation_labels(gazetteer):
    """s53 (round 109's exports): a meeting tool's account closes on the body it belongs to ("Marc
    Lebon (CPTS Haut-Léon) 0:31") or names a device ("iPad de Carole 2:05"); Word's dictation opens the
    label line with the time ("00:00:07 Locuteur 2"), the labels 1, 2, 1, 2, 3 counting no list; the
    key's "(moi)" makes the writer's label the moderator's; the presentation's "(…, organisatrice)"
    the meeting's host's."""
    assert label_line("Marc Lebon (CPTS Haut-Léon) 0:31") == ("Marc Lebon", "")
    assert label_line("iPad de Carole 2:05") == ("iPad de Carole", "")
    assert label_line("00:00:07 Locuteur 2") == ("Locuteur 2", "")
    assert label_line("Annexe (suite)") is None
    assert label_line("iPad de Carole") is None  # no time: a sentence's start in lower case
    text, segs = _segment([
        "Les comptes apparaissent tels que Teams les affiche : LE GALL Soizic (coordinatrice de la CPTS, organisatrice), "
        "Marc Lebon (médecin généraliste à Landivisiau), Carole Abiven (infirmière libérale à Plouescat).",
        "LE GALL Soizic (CPTS Haut-Léon) 0:04",
        "Bonjour à tous, on commence par les chiffres du mois.",
        "Marc Lebon (CPTS Haut-Léon) 0:31",
        "Nous avons eu quarante demandes de soins non programmés, dont la moitié le samedi.",
        "LE GALL Soizic (CPTS Haut-Léon) 1:10",
        "Merci Marc. Carole, de ton côté ?",
        "iPad de Carole 2:05",
        "On voit surtout des pansements refaits le week-end, faute de prescription le vendredi.",
    ], gazetteer)
    s = _at(text, segs, "quarante demandes de soins non programmés")
    assert (s.kind, s.speaker, s.role) == ("turn", "Marc Lebon", "medecin_generaliste")
    assert _at(text, segs, "on commence par les chiffres du mois").kind == "moderator"
    assert _at(text, segs, "pansements refaits le week-end").kind == "turn"
    text, segs = _segment([
        "Entretien n° 3 : pharmacienne d'officine, Landerneau",
        "00:00:02 Locuteur 1",
        "Comment recevez-vous les sorties d'hospitalisation ?",
        "00:00:09 Locuteur 2",
        "Par le patient, le plus souvent, avec une ordonnance que je découvre au comptoir.",
        "00:01:15 Locuteur 1",
        "Et le pharmacien de l'hôpital, il vous appelle ?",
        "00:01:20 Locuteur 2",
        "Jamais. Je ne connais même pas son nom.",
        "00:01:40 Locuteur 3",
        "Pardon, le livreur est là pour les commandes.",
        "¹ Clé des locuteurs : Locuteur 1, l'étudiante (moi) ; Locuteur 2, la pharmacienne ; Locuteur 3, une préparatrice.",
    ], gazetteer)
    assert _at(text, segs, "Comment recevez-vous les sorties").kind == "moderator"
    s = _at(text, segs, "une ordonnance que je découvre au comptoir")
    assert (s.kind, s.speaker) == ("turn", "Locuteur 2")
    assert _at(text, segs, "Je ne connais même pas son nom").speaker == "Locuteur 2"
    assert _at(text, segs, "le livreur est là pour les commandes").speaker == "Locuteur 3"
