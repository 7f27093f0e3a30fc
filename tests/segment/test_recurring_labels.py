"""Speaker labels found by how they behave, whatever their shape (segment/recurring_labels.py):
"(E) …", "A) …" / "Moi) …", "#3 : …", "[CM] …", "CAMILLE Alors …", "E3 | …"; look-alikes that
recur at the start of paragraphs but do not take turns and speak (lettered and numbered lists,
numbered recommendations, a glossary, a directory, Likert items, a table of contents, a play's
stage directions, an acronym list) give no label."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.recurring_labels import enumerated, prefix_of, recurring_turns


def labels(lines: list[str]) -> dict[str, dict]:
    return recurring_turns(split_lines("\n".join(lines)))[1]


PARENS = [
    "Entretien réalisé au DAC de Vierzon le 4 mai 2022 (E : enquêtrice ; D : directrice).",
    "(E) Comment le dispositif a-t-il démarré pendant la crise ?",
    "(D) Alors, au départ, honnêtement, on se marchait un peu dessus avec la CPTS. Chacun voulait ses patients.",
    "(E) Et aujourd'hui, qui fait quoi ?",
    "(D) Concrètement, une situation complexe arrive chez nous, et la CPTS garde le reste. On s'appelle chaque semaine.",
    "(E) Vous avez eu des conflits ?",
    "(D) Non, pas du tout. Pendant le covid on a appris à se parler.",
]

CLOSING = [
    "Arrivée au centre de santé vers 8 h. La salle d'attente est pleine. Moi) Et quand le médecin n'est pas là, comment ça se passe ?",
    "R) On appelle Cayenne en téléconsultation. Quand le réseau marche.",
    "A) Moi je traduis. Les gens parlent aluku, alors c'est moi qui explique. R) Sans A., honnêtement, on ne ferait rien de bon ici.",
]

HASH = [
    "Les participants sont désignés par le numéro de leur connexion.",
    "Modé : Bonsoir à tous, on vous entend bien ? #3 : Pour nous, c'est le téléphone, je n'appelais jamais un médecin avant.",
    "#1 : Moi je dirais la messagerie sécurisée. On l'avait et personne ne s'en servait.",
    "Modé : Et la CPTS dans tout ça ?",
    "#5 : Oui, la CPTS est arrivée après, elle a mis par écrit ce qu'on faisait déjà.",
]

BRACKETS = [
    "Christelle Moreau est infirmière libérale à Chinon. Thomas Roux est infirmier en pratique avancée à Loches.",
    "[CM] Par la CPTS, tout simplement. On avait un groupe de travail sur les plaies chroniques.",
    "[TR] Et moi je ne connaissais pas les cabinets de Chinon, on ne se serait jamais croisés.",
    "Les libérales ont-elles craint une concurrence ?",
    "[CM] Au début, oui. On entendait que les IPA allaient prendre nos patients.",
    "[TR] La crainte était légitime. Il fallait dire qui fait quoi, et on l'a écrit ensemble.",
]

CAPS = [
    "Comptoir et territoire, épisode 7",
    "LUCIE Bonjour à toutes et à tous. Camille, comment êtes-vous entrée dans la CPTS ?",
    "CAMILLE Alors moi, un peu par hasard. Pendant le covid on faisait les tests à l'officine.",
    "LUCIE CPTS, quatre lettres que beaucoup ne connaissent pas. Benoît, ça change quoi pour vous ?",
    "BENOÎT Au quotidien, pas grand-chose, et c'est tant mieux. Je sais qui appeler.",
    "CAMILLE Et réciproquement !",
]

PIPES = [
    "Entretien avec E3, infirmière libérale à Brest.",
    "Enq | Qu'est-ce qui a changé pour vous avec la CPTS ?",
    "E3 | On se connaît, voilà ce qui a changé. Avant je ne savais même pas qui était le pharmacien d'à côté.",
    "Enq | Et pendant le premier confinement ?",
    "E3 | On a monté une tournée commune, je m'en souviens encore.",
]


@pytest.mark.parametrize("lines, expected, moderator", [
    (PARENS, {"E", "D"}, "E"),
    (CLOSING, {"Moi", "R", "A"}, "Moi"),
    (HASH, {"Modé", "#3", "#1", "#5"}, "Modé"),
    (BRACKETS, {"CM", "TR"}, None),
    (CAPS, {"LUCIE", "CAMILLE", "BENOÎT"}, "LUCIE"),
    (PIPES, {"Enq", "E3"}, "Enq"),
], ids=["parens", "closing", "hash", "brackets", "caps", "pipes"])
def test_labels_of_any_shape_that_take_turns(lines, expected, moderator):
    found = labels(lines)
    assert set(found) == expected
    assert {k for k, v in found.items() if v["moderator"]} == ({moderator} if moderator else set())


def test_turns_run_together_are_cut_and_read(gazetteer):
    text, segs = _segment(CLOSING, gazetteer)
    assert _at(text, segs, "Arrivée au centre").kind == "narrative"
    assert _at(text, segs, "Et quand le médecin").kind == "moderator"
    s = _at(text, segs, "Moi je traduis")
    assert (s.kind, s.speaker) == ("turn", "A")
    s = _at(text, segs, "Sans A., honnêtement")
    assert (s.kind, s.speaker) == ("turn", "R")


@pytest.mark.parametrize("lines", [PARENS, HASH, BRACKETS, CAPS])
def test_documents_with_such_labels_give_turns(lines, gazetteer):
    text, segs = _segment(lines, gazetteer)
    turns = [s for s in segs if s.kind == "turn"]
    assert len(turns) >= 2 and all(s.speaker for s in turns)


LOOK_ALIKES = {
    "lettered_list": [
        "Le groupe de travail propose trois pistes pour la rentrée :",
        "a) on réunit les infirmières du secteur chaque mois ;",
        "b) on partage la liste des patients fragiles avec les pharmacies ;",
        "c) on demande à l'ARS un financement pour la coordination.",
        "Pour le second semestre :",
        "a) on fait le bilan avec vous ;",
        "b) on présente les chiffres au conseil d'administration.",
    ],
    "numbered_recommendations": [
        "R1 : Structurer la réponse aux soins non programmés à l'échelle du territoire.",
        "R2 : Désigner un référent par profession dans chaque commune.",
        "R3 : Formaliser le partage d'informations entre la ville et l'hôpital.",
        "R4 : Évaluer le dispositif au bout d'un an avec les usagers.",
    ],
    "glossary": [
        "Glossaire",
        "CPTS : communauté professionnelle territoriale de santé, créée par la loi de 2016.",
        "DAC : dispositif d'appui à la coordination des parcours complexes.",
        "MSP : maison de santé pluriprofessionnelle, où l'on exerce ensemble.",
        "IPA : infirmier en pratique avancée.",
    ],
    "acronym_list": [
        "Liste des sigles",
        "ARS Agence régionale de santé",
        "CPTS Communauté professionnelle territoriale de santé",
        "DAC Dispositif d'appui à la coordination",
        "URPS Union régionale des professionnels de santé",
    ],
    "directory": [
        "Annuaire des membres",
        "MARTIN Claire : médecin généraliste, Moulins – nous prenons les nouveaux patients le mardi.",
        "DURAND Paul : infirmier libéral, Yzeure – on assure les tournées du week-end.",
        "PETIT Anne : pharmacienne, Moulins – je reçois sans rendez-vous.",
        "LEROY Marc : kinésithérapeute, Avermes – on se déplace à domicile.",
    ],
    "likert": [
        "« Je sais qui appeler quand un patient sort de l'hôpital. »",
        "Tout à fait d'accord : 42 %",
        "Plutôt d'accord : 31 %",
        "Plutôt pas d'accord : 15 %",
        "Pas du tout d'accord : 12 %",
        "« On se parle plus qu'avant la crise. »",
        "Tout à fait d'accord : 38 %",
        "Plutôt d'accord : 40 %",
    ],
    "contents": [
        "Sommaire",
        "1) « On ne se connaissait pas » : avant la CPTS",
        "2) « Tout le monde appelait tout le monde » : le premier confinement",
        "3) « On a appris à se faire confiance » : après la crise",
        "4) « Et maintenant ? » : les suites",
    ],
    "numbered_verbatims": [
        "Les verbatims retenus pour illustrer le thème de la coordination :",
        "Verbatim 1 : « On ne savait pas qui appeler le vendredi soir, alors on appelait le 15. »",
        "Verbatim 2 : « Pendant le covid, on a fait une fiche de liaison, je l'utilise encore. »",
        "Verbatim 3 : « C'est moi qui prenais les appels des familles, tous les matins. »",
        "Verbatim 4 : « On ne se connaissait pas entre infirmières du même quartier. »",
    ],
    "procedure_with_short_example": [
        "Fiche réflexe – accueil téléphonique du centre de soins non programmés",
        "Étape 1. Dire : « Bonjour, centre de soins de Nevers, je vous écoute. »",
        "Étape 2. Vérifier l'absence de signe de gravité avec la liste rouge.",
        "Étape 3. Dire : « Je vais vous proposer un rendez-vous aujourd'hui ou demain. »",
        "Exemple d'échange (formation des secrétaires)",
        "Secrétaire : Votre médecin traitant peut-il vous recevoir aujourd'hui ?",
        "Appelant : Non, il est en vacances jusqu'à lundi.",
        "Secrétaire : Je vous propose un créneau à 17 h à la maison de santé.",
        "Orientation : créneau de la CPTS si disponible ; à défaut, maison médicale de garde.",
    ],
    "citations_in_one_paragraph": [
        "La réflexion a élargi le cercle des participants. (Castel, 2020) Une équipe créée pendant la crise s'est "
        "agrandie, on y trouve des pharmaciennes et des infirmières. (Fournier, 2021) Les coordinatrices nous ont "
        "rejoints. (Castel, 2020) Les secrétaires aussi, on le voit dans les comptes rendus. (Fournier, 2021) "
        "Le centre Covid a permis l'engagement de nouveaux professionnels. (Douguet, 2016) Je cite ici les "
        "travaux de l'équipe. (dir.) Paris : L'Harmattan.",
    ],
    "stage_directions": [
        "La scène se passe dans la salle d'attente d'un cabinet.",
        "(Silence.) La secrétaire range des dossiers.",
        "(Le téléphone sonne. Elle décroche.) Cabinet médical, bonjour ?",
        "(Un temps.) Non, le docteur n'est pas là cet après-midi.",
        "(Elle raccroche et soupire.) Encore une journée comme ça.",
    ],
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alikes_give_no_label(name, gazetteer):
    lines = LOOK_ALIKES[name]
    assert labels(lines) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim") and s.speaker in {"a", "b", "R1", "CPTS", "ARS"}]


def test_prefixes_of_any_shape():
    assert prefix_of("(E) Comment ?").label == "E"
    assert prefix_of("Moi) Et alors ?").label == "Moi"
    assert prefix_of("#3 : Pour nous").label == "#3"
    assert prefix_of("E3 > Oui, bien sûr").label == "E3"
    assert prefix_of("CAMILLE Alors moi").label == "CAMILLE"
    assert prefix_of("(Le téléphone sonne. Elle décroche.) Cabinet médical") is None  # a sentence, not a label
    assert prefix_of("La CPTS a été créée en 2019.") is None


def test_list_markers_count_as_a_list():
    assert enumerated(["a", "b", "c", "a", "b"]) and enumerated(["1", "2", "3"])
    assert not enumerated(["A", "R", "A", "R"]) and not enumerated(["Moi", "R", "A"]) and not enumerated(["Q", "R", "Q", "R"])
    assert enumerated(["Verbatim 1", "Verbatim 2", "Verbatim 3"]) and not enumerated(["#3", "#1", "#5"])


def test_what_a_key_a_table_or_an_introduction_says_of_the_labels():
    key = ["Entretien réalisé à Angoulême (durée : 52 minutes). (E) : enquêteur ; (D) : directrice du DAC depuis 2021.",
           *PARENS[1:]]
    found = labels(key)
    assert found["E"]["moderator"] and (found["D"]["role"], found["D"]["moderator"]) == ("coordinateur", False)
    table = ["# | Profession | Commune", "1 | Infirmière libérale | Yssingeaux", "3 | Pharmacien titulaire | Brioude",
             "5 | Masseur-kinésithérapeute | Brioude", *HASH[1:]]
    found = labels(table)
    assert (found["#3"]["role"], found["#1"]["role"], found["#5"]["role"]) == ("pharmacien", "infirmier", "kinesitherapeute")
    found = labels(BRACKETS)  # "Christelle Moreau est infirmière libérale", "Thomas Roux est infirmier …"
    assert found["CM"]["role"] == found["TR"]["role"] == "infirmier"
    intro = ["LUCIE Bonjour. Je reçois Camille, pharmacienne titulaire à Autun, et Benoît, médecin généraliste. Camille, comment ?",
             *CAPS[2:]]
    found = labels(intro)
    assert (found["CAMILLE"]["role"], found["BENOÎT"]["role"]) == ("pharmacien", "medecin_generaliste")
    assert found["LUCIE"]["moderator"] and not found["LUCIE"]["role"]


def test_a_first_turn_role_names_the_person_in_every_turn():
    lines = ["Groupe de discussion, Quimper.",
             "ANIMATRICE Pour commencer, qu'est-ce que la CPTS a changé pour vous ?",
             "SANDRINE (IDEL) Pour moi, c'est simple : avant, je ne savais pas à qui envoyer un patient.",
             "ANIMATRICE Et pour vous ?",
             "SANDRINE Je confirme, on se parle beaucoup plus qu'avant."]
    found = labels(lines)
    assert found["SANDRINE (IDEL)"]["speaker"] == "SANDRINE" and found["SANDRINE"]["role"] == "infirmier"
    assert found["ANIMATRICE"]["moderator"]


def test_the_voice_that_opens_with_short_turns_is_the_interviewer():
    lines = ["Entretien 406, magnétophone",
             "PB : bon alors on commence quand c'est prêt",
             "406PERS : oui alors la cité scolaire c'est dans la terminologie de l'Éducation nationale un établissement important par le nombre de ses élèves et par la variété des options",
             "PB : hm hm et les enfants",
             "406PERS : les enfants de onze à quinze ans iront au collège qu'on doit construire à la Source dans un an sans doute et nous ne les verrons plus ici",
             "PB : d'accord",
             "406PERS : voilà c'est ce que je voulais vous dire sur l'organisation de la cité scolaire pour commencer"]
    found = labels(lines)
    assert found["PB"]["moderator"] and not found["406PERS"]["moderator"]
    # voices of the same length: nobody is taken for the interviewer
    assert not any(v["moderator"] for v in labels(BRACKETS).values())


# seggen10: a focus group whose parenthesised labels the extraction ran into one paragraph after a
# table row, each participant heard once ("Intervenant A" … "Intervenant D": one lettered series)
# and a transcript's aside in brackets before a label ("… l'a su. [rires] (Tous) …")
RUN_TOGETHER = [
    "Tableau 3. Composition du groupe",
    "Nant | Infirmier libéral | Intervenant D (Modératrice) Que retenez-vous de la période de vaccination ? "
    "(Intervenant C) Une énorme fatigue, et en même temps une fierté. On a vacciné le canton en deux mois. "
    "(Intervenant B) Les sages-femmes, on a vacciné aussi, mais personne ne l'a su. [rires] (Tous) Ah ça, oui ! "
    "[rires] (Modératrice) Et aujourd'hui, est-ce que vous vous appelez davantage ? (Plusieurs) Oui, beaucoup plus. "
    "(Intervenant D) Moi j'appelle le kiné directement maintenant, avant je passais toujours par le médecin. "
    "(Intervenant A) C'est vrai. Et on a un protocole pour les chutes des personnes âgées, qui est né de ces réunions."]


def test_a_lettered_series_of_labels_run_together_is_cut_into_turns(gazetteer):
    text, segs = _segment(RUN_TOGETHER, gazetteer)
    for snippet, speaker in [("Une énorme fatigue", "Intervenant C"), ("Les sages-femmes, on a", "Intervenant B"),
                             ("Moi j'appelle le kiné", "Intervenant D"), ("C'est vrai. Et on a", "Intervenant A")]:
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", speaker)
    assert _at(text, segs, "Ah ça, oui").kind == "turn"  # after the aside "[rires]"
    assert _at(text, segs, "Et aujourd'hui, est-ce").kind == "moderator"


def test_a_lettered_list_run_together_gives_no_turn(gazetteer):
    # look-alike: a paragraph citing annexes of one lettered series, nobody speaking
    lines = ["Les pièces du dossier sont présentées en annexe. (Annexe A) Le règlement intérieur de la CPTS. "
             "(Annexe B) La convention avec l'agence régionale. (Annexe C) Le budget prévisionnel. "
             "(Annexe D) La liste des adhérents au 1er janvier."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "moderator") for s in segs)


def test_a_stage_direction_in_parentheses_ends_a_sentence_before_a_label(gazetteer):
    # "(Rires dans la salle.) (ANIMATRICE) …": the label after a stage direction opens a turn
    lines = ["Animation : Claire, chargée de mission de la CPTS. La séance a duré une heure et demie. "
             "(ANIMATRICE) Pour lancer la discussion : qu'est-ce qui vous a le plus manqué pendant la crise ? "
             "(HUGO) Les autres. Franchement. On était chacun dans son cabinet à réinventer la même chose. "
             "(NADIA) Moi ce sont les informations fiables, on avait les patients au comptoir. "
             "(PLUSIEURS VOIX) C'est vrai, oui. (Rires dans la salle.) (ANIMATRICE) Et qu'est-ce qui a changé depuis ? "
             "(VÉRONIQUE) Pour nous, tout. Maintenant on a un groupe, et je préviens le médecin. "
             "(LOÏC) Je rejoins Véronique. Les kinés ont gagné une place qu'ils n'avaient pas."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Et qu'est-ce qui a changé").kind == "moderator"
    seg = _at(text, segs, "Je rejoins Véronique")
    assert (seg.kind, seg.speaker) == ("turn", "LOÏC")


# session 17 (segroles8): a corpus-linguistics transcript's three-letter codes set off by spaces, the
# key above them ("Locuteurs : ENQ = enquêtrice ; …"), an overlapping turn opening "//"; round 33's
# transcription_codes_trois_lettres_…_thiers
OVERLAP = [
    "Annexe 4 – Entretien collectif n° 2, maison de santé de Thiers, 7 février",
    "Locuteurs : ENQ = enquêtrice ; KAR = Karine, infirmière libérale ; BEN = Benoît, masseur-kinésithérapeute.",
    "ENQ  comment vous vous organisez pour les patients que vous suivez tous les deux (.) par exemple après une prothèse",
    "KAR  on a un groupe sur la messagerie de la maison de santé (.) moi je mets le pansement",
    "BEN  // voilà et moi je note la douleur et le périmètre de marche (.) avant on se croisait dans le couloir",
    "ENQ  et quand le médecin n'est pas dans le groupe",
    "KAR  alors là on l'appelle (.) mais il répond le soir",
]


def test_an_overlap_mark_after_a_code_in_capitals_opens_its_words():
    p = prefix_of("BEN  // voilà et moi je note la douleur")
    assert p is not None and p.label == "BEN"
    # a code and a mark before another code's capitals, or a sentence's capitals and a slash, open nothing
    assert prefix_of("ABS // NON RENSEIGNÉ") is None


def test_an_overlapping_turn_and_the_keyed_interviewer_take_turns(gazetteer):
    text, segs = _segment(OVERLAP, gazetteer)
    assert _at(text, segs, "comment vous vous organisez").kind == "moderator"
    nurse = _at(text, segs, "on a un groupe sur la messagerie")
    assert (nurse.kind, nurse.speaker, nurse.role) == ("turn", "KAR", "infirmier")
    physio = _at(text, segs, "je note la douleur")
    assert (physio.kind, physio.speaker, physio.role) == ("turn", "BEN", "kinesitherapeute")
    # the interviewer's next question is hers, not the end of the physiotherapist's turn
    assert _at(text, segs, "et quand le médecin n'est pas").kind == "moderator"
    assert _at(text, segs, "alors là on l'appelle").speaker == "KAR"


def test_a_series_of_labels_none_of_which_comes_back_is_no_dialogue(gazetteer):
    # seglabels14: "Temps 1 :", "Temps 4 :", "Temps 6 :" … of a protocol in the first person: a
    # series recurs, no label does (people who take turns come back, at least the one who asks)
    protocol = ["Déroulé de l'atelier d'éducation thérapeutique",
                "Temps 1 : je présente l'atelier et chacun dit ce qu'il attend de la séance.",
                "Temps 4 : je fais circuler les cartes ; on parle des repas de fête.",
                "Temps 6 : on revient sur les hypoglycémies, je laisse les participants raconter.",
                "Temps 9 : je distribue le questionnaire de satisfaction et on fixe la date suivante."]
    assert labels(protocol) == {}
    text, segs = _segment(protocol, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]
    # near miss: the same numbered series with the one who asks coming back (HASH above) stays a dialogue
    assert set(labels(HASH)) == {"Modé", "#3", "#1", "#5"}


# s28-segr47c: conversation analysis numbers its extract's lines before the label ("14 ANN : …");
# the number says where the turn stands, the label who speaks
NUMBERED_LINES = [
    "Extrait 2 – Staff du jeudi, centre de santé de Mende",
    "Légende : GIL, pharmacien ; MAR, infirmière Asalée ; SAB, secrétaire.",
    "31 MAR : bon on reprend les dossiers de la semaine, vous avez vu le patient de Langogne",
    "32 GIL : oui il est passé hier, je lui ai redonné son pilulier",
    "33 SAB : moi je l'ai eu au téléphone, il voulait avancer son rendez-vous",
    "34 MAR : on lui propose jeudi alors",
    "35 GIL : ça me va",
]
# near miss: a numbered list of actions, each given to a body: the labels recur and alternate,
# but nobody speaks (no je, on, vous, no question)
NUMBERED_ACTIONS = [
    "Relevé de décisions du comité de pilotage",
    "12 ARS : transmettre le bilan financier avant le 30 juin.",
    "13 CPTS : organiser la réunion plénière de septembre.",
    "14 ARS : valider le cahier des charges du dispositif.",
    "15 CPTS : diffuser le compte rendu aux adhérents.",
]


def test_a_line_number_before_a_label_is_read_past():
    p = prefix_of("15 ANN : j'ai eu deux retours vendredi")
    assert p is not None and p.label == "ANN"
    assert prefix_of("2019 : on a ouvert la maison de santé") is None  # a year and a colon: no label after it


def test_numbered_lines_of_a_conversation_analysis_extract_are_turns(gazetteer):
    assert set(labels(NUMBERED_LINES)) == {"GIL", "MAR", "SAB"}
    text, segs = _segment(NUMBERED_LINES, gazetteer)
    s = _at(text, segs, "je lui ai redonné son pilulier")
    assert (s.kind, s.speaker, s.role) == ("turn", "GIL", "pharmacien")
    assert _at(text, segs, "il voulait avancer son rendez-vous").speaker == "SAB"
    assert _at(text, segs, "Légende : GIL").kind not in ("turn", "verbatim")


def test_a_numbered_list_of_actions_gives_no_turn(gazetteer):
    assert labels(NUMBERED_ACTIONS) == {}
    text, segs = _segment(NUMBERED_ACTIONS, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]
