"""Times written after a speaker's label (segment/label_times.py): "Dr Célestine (0'19'') :",
"Journaliste (1’47”) :", "Marc (2 min 10) :" are timed labels, not a name and a role in
parentheses; look-alikes: "Julie (IDE) :" keeps its role, a race report's "Résultats (1'30'') :"
heard once stays prose. A time code before the label is where the turn stands (a range, a
paragraph number, Transana's "¤<4310>"); look-alikes: a programme's time slots, the notation
explained in prose."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

from corpus.segment import conventions as cv

RADIO = [
    "Annexe 3 – Transcription de l'émission « Midi santé » du 4 mars 2022",
    "Journaliste (0'04'') : Bonjour. Nous recevons le docteur Hoarau, médecin généraliste à Saint-Pierre. "
    "Docteur, à quoi sert la CPTS ?",
    "Dr Hoarau (0'21'') : À trouver un médecin quand le vôtre est absent. On a monté un planning entre nos cabinets.",
    "Journaliste (1’47”) : Et pour les patients sans médecin traitant, qu'est-ce qui change ?",
    "Dr Hoarau (1’58”) : On les reçoit le jour même, je vous assure que ça a tout changé chez nous.",
    "Journaliste (2 min 40) : Merci docteur, à la semaine prochaine.",
]


def test_a_time_in_apostrophes_after_the_label_is_not_part_of_it(gazetteer):
    text, segs = _segment(RADIO, gazetteer)
    first = _at(text, segs, "À trouver un médecin")
    assert (first.kind, first.speaker) == ("turn", "Dr Hoarau")
    assert _at(text, segs, "On les reçoit le jour même").speaker == "Dr Hoarau"
    assert _at(text, segs, "Et pour les patients sans médecin").kind == "moderator"
    assert _at(text, segs, "Merci docteur").kind == "moderator"


@pytest.mark.parametrize("label, name, role", [("Julie (IDE)", "Julie", "IDE"), ("E3 (IDEL)", "E3", "IDEL")])
def test_a_role_in_parentheses_is_still_a_role(label, name, role):
    m = cv.NAMED_ROLE.match(label)
    assert m and (m.group("name"), m.group("role")) == (name, role)


@pytest.mark.parametrize("label", ["Journaliste (0'04'')", "Rosine (1’55”)", "Marc (2 min 10)", "Julie (00:12)"])
def test_a_time_in_parentheses_is_no_role(label):
    assert cv.NAMED_ROLE.match(label) is None


def test_a_timed_line_heard_once_in_prose_stays_prose(gazetteer):
    lines = ["Le semi-marathon de Saint-Pierre s'est couru sous la pluie.",
             "Résultats (1'30'') : la gagnante a battu le record de l'épreuve de deux minutes.",
             "La prochaine édition aura lieu en mars."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


# Where a turn stands, written BEFORE the label (segfix44, round 35): a time range, a paragraph
# number; the speaker is the label after it, and each speaker may talk once in the extract.
TIMED_RANGES = [
    "Extrait du groupe de parole du 3 octobre 2023, centre de santé de Figeac",
    "Les participantes sont désignées par des prénoms fictifs : Agnès (infirmière), Lucie (pharmacienne), Hugo (kinésithérapeute).",
    "(00:21:05 à 00:21:30) Animateur : Qu'est-ce qui a changé depuis l'ouverture du centre ?",
    "(00:21:31 à 00:22:10) Agnès : Moi je vois les patients plus tôt, on se parle le matin avant les tournées.",
    "(00:22:11 à 00:22:40) Lucie : On reçoit les ordonnances la veille, je prépare les piluliers sans courir.",
    "(00:22:41 à 00:23:02) Hugo : Je n'ai plus besoin d'appeler trois fois pour avoir un compte rendu.",
]


def test_a_time_range_before_the_name_is_where_the_turn_stands(gazetteer):
    text, segs = _segment(TIMED_RANGES, gazetteer)
    assert _at(text, segs, "Qu'est-ce qui a changé").kind == "moderator"
    for snippet, who, role in [("je vois les patients plus tôt", "Agnès", "infirmier"),
                               ("je prépare les piluliers", "Lucie", "pharmacien"),
                               ("plus besoin d'appeler", "Hugo", "kinesitherapeute")]:
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("turn", who, role)


def test_a_paragraph_number_before_the_label_is_not_the_speaker(gazetteer):
    lines = ["Annexe 4 – Entretien avec une pharmacienne d'officine à Bastia",
             "¶21 Q — Et quand l'ordonnance de sortie arrive incomplète, que faites-vous ?",
             "¶22 PH — J'appelle le service, mais le vendredi soir je n'ai personne au bout du fil.",
             "¶23 Q — Et le médecin traitant ?",
             "¶24 PH — Il passe le lundi, on règle ça ensemble, on se connaît depuis vingt ans."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "que faites-vous").kind == "moderator"
    s = _at(text, segs, "le vendredi soir je n'ai personne")
    assert (s.kind, s.speaker) == ("turn", "PH")
    assert _at(text, segs, "on se connaît depuis vingt ans").speaker == "PH"


def test_a_programme_of_time_slots_names_no_speaker(gazetteer):
    # near-miss: a day's schedule, its slots a time range and a title, some with a colon
    lines = ["Programme de la journée de la CPTS du Grand Figeac",
             "[09:00 – 10:30] Accueil des participants et café",
             "[10:30 – 11:00] Ouverture : mot du président de la CPTS",
             "[11:00 – 12:30] Atelier : parcours des sorties d'hospitalisation",
             "[14:00 – 15:30] Table ronde : les soins non programmés"]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim", "moderator") for s in segs)


def test_a_transana_time_code_before_the_label_is_where_the_turn_stands(gazetteer):
    # Transana's "¤<milliseconds>" time code opens each paragraph
    lines = ["Annexe 4 – Transcription Transana de l'entretien avec une infirmière Asalée d'Épinal",
             "¤<0> ENQ : Comment se passe le travail avec les médecins du cabinet ?",
             "¤<4310> IDE : Très bien, on se voit tous les mardis pour les dossiers des diabétiques.",
             "¤<52880> ENQ : Et les patients ?",
             "¤<55120> IDE : Ils viennent plus facilement vers moi que vers le médecin pour l'alimentation."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Comment se passe le travail").kind == "moderator"
    for snippet in ("on se voit tous les mardis", "Ils viennent plus facilement"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "IDE", "infirmier", "Grand Est")


def test_a_transana_time_code_in_a_note_names_no_speaker(gazetteer):
    # near-miss: the writer explains the notation in prose, one code, no label after it
    lines = ["2.3 Transcription",
             "Les entretiens ont été transcrits dans Transana ; chaque prise de parole commence par un code "
             "temporel comme ¤<4310>, en millisecondes depuis le début de l'enregistrement.",
             "Les noms des personnes ont été remplacés par leur fonction."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim", "moderator") for s in segs)


# A civility label with a time before its colon (segspeak18): the time is when the turn starts,
# not the person's description; what the introduction says of the person gives the role.
CARER = ["Annexe 3 – Entretien avec Mme Duval",
         "Mme Duval, 79 ans, s'occupe de son mari atteint de la maladie d'Alzheimer, à leur domicile de "
         "Bagnères-de-Bigorre. Entretien enregistré le 6 février 2024.",
         "Enquêteur (00:00:12) : Qui intervient chez vous en ce moment ?",
         "Mme Duval (00:00:20) : L'infirmière le matin pour la toilette, et le kiné le jeudi.",
         "Enquêteur (00:01:05) : Est-ce qu'ils se parlent entre eux ?",
         "Mme Duval (00:01:09) : Par le cahier. Chacun écrit dans le cahier, et moi je lis tout le soir.",
         "M. Duval (00:03:41) : Elle fait tout, elle.",
         "Mme Duval (00:03:44) : Oui, oui. Bois ton café."]


def test_a_time_after_a_civility_label_is_no_description(gazetteer):
    text, segs = _segment(CARER, gazetteer)
    assert _at(text, segs, "Qui intervient chez vous").kind == "moderator"
    for snippet in ("L'infirmière le matin", "Chacun écrit dans le cahier", "Bois ton café"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Duval", "autre", "Occitanie")
    assert "00:03" not in _at(text, segs, "Elle fait tout").role_raw


def test_a_time_in_minutes_after_a_civility_label_is_no_description(gazetteer):
    # unseen variant: another notation, a student's questions, the daughter heard once, an
    # introduction by a number heading; the daughter, whom nothing describes, stays unknown
    lines = ["Entretien 5 – domicile de Mme Rivière",
             "Mme Rivière, 88 ans, vit seule dans sa maison de Millau depuis le décès de son mari. "
             "Sa fille, présente, est intervenue une fois.",
             "Étudiante (0 min 05) : Comment ça se passe quand vous sortez de l'hôpital ?",
             "Mme Rivière (0 min 12) : On me ramène en ambulance, et après j'attends que quelqu'un vienne.",
             "Mme Fabre (1 min 40) : C'est moi qui appelle l'infirmière, sinon personne ne sait qu'elle est rentrée.",
             "Étudiante (2 min 05) : Et votre médecin ?",
             "Mme Rivière (2 min 20) : Il passe quand il peut, il est tout seul maintenant."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Et votre médecin").kind == "moderator"
    for snippet in ("On me ramène en ambulance", "Il passe quand il peut"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Rivière", "autre", "Occitanie")
    daughter = _at(text, segs, "C'est moi qui appelle")
    assert (daughter.kind, daughter.speaker, daughter.role) == ("turn", "Mme Fabre", "inconnu")


def test_a_council_agenda_with_times_names_no_speaker(gazetteer):
    # near-miss: a meeting's order of business, each item timed after a civility: nobody's words
    lines = ["Ordre du jour du conseil municipal du 12 avril 2023",
             "Monsieur le Maire (18:30) : ouverture de la séance.",
             "Madame Collin (18:45) : présentation du budget primitif.",
             "Monsieur Perrin (19:15) : convention avec la maison de santé.",
             "Madame Vuillet (19:40) : questions diverses."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


# s23-segdialog1 (round 41): a recorded call transcribed with the minute after each label ("ARM (00:15)
# :"): a transcript timing its turns, so a voice heard once (the doctor the call is passed to) is a
# speaker too, like a label a time precedes.
CALL = [
    "L'appel ci-dessous a été reçu au centre 15 un samedi soir. J'étais l'assistante qui a décroché.",
    "ARM (00:00) : SAMU de la Creuse, bonjour, que se passe-t-il ?",
    "Appelant (00:05) : Bonsoir, ma femme a chuté dans l'escalier, elle a mal au poignet, on est à Aubusson.",
    "ARM (00:14) : Elle arrive à bouger les doigts ? Elle a perdu connaissance ?",
    "Appelant (00:19) : Non, elle est consciente, elle bouge les doigts mais ça gonfle beaucoup.",
    "[transfert au médecin régulateur]",
    "Régulateur (01:10) : Bonsoir monsieur, je vais vous envoyer vers la maison médicale de garde, vous avez un véhicule ?",
]


def test_a_voice_heard_once_in_a_timed_transcript_takes_a_turn(gazetteer):
    text, segs = _segment(CALL, gazetteer)
    assert _at(text, segs, "je vais vous envoyer vers la maison").kind == "turn"
    assert _at(text, segs, "ma femme a chuté dans l'escalier").kind == "turn"
    assert _at(text, segs, "J'étais l'assistante qui a décroché").kind not in ("turn", "verbatim")


def test_a_regulating_gp_on_duty_is_a_gp():
    from corpus.segment.roles import normalize_role

    assert normalize_role("MRL") == "medecin_generaliste"
    assert normalize_role("médecin régulateur libéral") == "medecin_generaliste"
    assert normalize_role("ARM") != "medecin_generaliste"


def test_a_video_chapter_list_with_times_after_its_titles_stays_prose(gazetteer):
    """Chapters of a published video, a time after each title and a colon: no one speaks."""
    lines = ["La vidéo de présentation de la maison de santé est découpée en chapitres :",
             "Introduction (00:00) : présentation de l'équipe et des locaux.",
             "Les missions (01:45) : l'accès aux soins, la prévention, la coordination.",
             "Le projet de santé (04:20) : les priorités retenues pour 2024.",
             "Conclusion (07:10) : les contacts utiles."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


# s24-segspeech2: a radio-medical consultation's STATIONS after a bracketed time (round 42):
# "[03:30] Médecin CCMM :" is a turn's label because the time vouches for it; the same shape without a
# time ("Projet CPTS : …") is no label.
CONSULTATION = [
    "Annexe 2 – Transcription d'une régulation radiomédicale",
    "[00:10] Caboteur : CCMM, ici le second. Un homme a reçu une écoute sur la jambe, il ne peut plus marcher.",
    "[00:31] Médecin CCMM : Est-ce que la jambe est déformée ? Vous me dites aussi s'il a de la fièvre.",
    "[01:02] Caboteur : Elle tourne un peu vers l'extérieur et il a très mal au genou.",
    "[01:20] Médecin CCMM : Vous l'allongez et vous immobilisez avec l'attelle de la trousse.",
]


def test_a_station_label_after_a_time_opens_a_turn(gazetteer):
    text, segs = _segment(CONSULTATION, gazetteer)
    s = _at(text, segs, "Est-ce que la jambe est déformée")
    assert (s.kind, s.speaker) == ("turn", "Médecin CCMM")
    assert _at(text, segs, "Vous l'allongez et vous immobilisez").speaker == "Médecin CCMM"
    assert _at(text, segs, "il ne peut plus marcher").speaker == "Caboteur"


def test_an_unseen_emergency_call_with_a_function_and_its_qualifier(gazetteer):
    call = ["Transcription de l'appel reçu au centre 15 de Valence",
            "[00:05] Assistante ARM : SAMU de la Drôme, quelle est l'adresse de l'urgence ?",
            "[00:12] Appelant : Je suis à Crest, ma mère est tombée dans l'escalier.",
            "[00:40] Médecin régulateur : Bonjour monsieur, est-ce qu'elle vous répond ?",
            "[00:47] Appelant : Oui, elle parle mais elle ne peut pas se relever."]
    text, segs = _segment(call, gazetteer)
    assert (_at(text, segs, "est-ce qu'elle vous répond").kind, _at(text, segs, "est-ce qu'elle vous répond").speaker) \
        in {("turn", "Médecin régulateur"), ("moderator", "Médecin régulateur")}
    assert _at(text, segs, "quelle est l'adresse de l'urgence").speaker == "Assistante ARM"
    assert _at(text, segs, "ma mère est tombée").kind == "turn"


def test_the_station_shape_without_a_time_is_no_label(gazetteer):
    assert cv.TURN.match("Médecin CCMM : D'accord, on se rappelle.") is None
    plan = ["Axes du contrat local de santé", "Projet CPTS : ouvrir une maison de garde le samedi matin.",
            "Action ARS : financer deux postes d'assistants médicaux.",
            "Projet CPTS : recruter une coordinatrice à mi-temps."]
    text, segs = _segment(plan, gazetteer)
    assert not speech(segs)


def test_a_turn_numbered_in_the_margin_is_where_the_turn_stands(gazetteer):
    """s45 (round 93's IFSI interview annex): turns numbered as the memoir cites them ("IDE2, 14"),
    "13. ESI : …", the student's questions are the interviewer's; near miss: a numbered list of
    recommendations whose items open with a word and a colon names no speaker."""
    lines = ["Annexe II – Entretien n°1 (IDE1)",
             "21. ESI : Comment se passe la relève du matin dans votre service ?",
             "22. IDE1 : Vite. On a dix minutes pour quinze patients, alors on dit l'essentiel.",
             "23. ESI : Et les transmissions écrites ?",
             "24. IDE1 : On les finit en partant, souvent après l'heure, quand on a le temps."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "la relève du matin dans votre service").kind == "moderator"
    assert _at(text, segs, "Et les transmissions écrites").kind == "moderator"
    s = _at(text, segs, "dix minutes pour quinze patients")
    assert (s.kind, s.speaker) == ("turn", "IDE1")
    assert _at(text, segs, "On les finit en partant").speaker == "IDE1"
    recommendations = ["Recommandations du groupe de travail",
                       "1. Transmissions : prévoir un temps de relève rémunéré de quinze minutes.",
                       "2. Outils : généraliser le dossier de soins informatisé dans les trois services.",
                       "3. Formation : former les nouveaux arrivants à la relève ciblée."]
    text, segs = _segment(recommendations, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim", "moderator")]
