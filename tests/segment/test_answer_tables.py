"""Free-text survey answers set as a table "Identifiant | Réponse | Profil"
(segment/answer_tables.py). Look-alikes: a transcript set as a table "Locuteur | Propos" (a label,
no profile), a table of figures, rows that extraction ran into one line."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.answer_tables import profile_description

SURVEY = [
    "Enquête auprès des infirmiers libéraux du Finistère – question ouverte",
    "N° | Commentaire libre | Profil du répondant",
    "R-017 | Un numéro unique pour joindre le médecin de garde, c'est tout ce que je demande. | IDEL • F • 41 ans • Brest",
    "R-052 | Des réunions moins tard le soir, on finit nos tournées à 20 h. | IDEL • H • 55 ans • Quimper "
    "R-088 | Rien de particulier, ça fonctionne déjà bien chez nous. | Infirmière coordinatrice • F • 38 ans • Morlaix",
    "Les réponses sont reproduites telles quelles.",
    "Indicateur | Valeur | Profil",
    "Taux de réponse | 42 % | Tous",
]


def test_survey_answers_are_their_respondents_verbatims(gazetteer):
    text, segs = _segment(SURVEY, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Un numéro unique pour joindre le médecin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "R-017", "infirmier", "Bretagne")
    assert "IDEL" not in s.text  # the answer cell, not the row
    s = _at(text, segs, "Des réunions moins tard le soir")
    assert (s.kind, s.speaker, s.place) == ("verbatim", "R-052", "Quimper")
    s = _at(text, segs, "Rien de particulier, ça fonctionne")  # a row extraction ran into the line above
    assert (s.kind, s.speaker, s.role) == ("verbatim", "R-088", "coordinateur")
    assert _at(text, segs, "Les réponses sont reproduites").kind == "narrative"
    assert _at(text, segs, "Taux de réponse").kind != "verbatim"


TRANSCRIPT = [
    "Locuteur | Propos",
    "Enquêtrice | Comment avez-vous connu la CPTS ?",
    "Interviewée | Par une collègue, à une soirée de formation sur les plaies, il y a deux ans maintenant.",
]


def test_a_transcript_table_is_not_a_survey(gazetteer):
    text, segs = _segment(TRANSCRIPT, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Par une collègue, à une soirée")
    assert (s.kind, s.speaker) == ("turn", "Interviewée")  # a labelled turn, not an answer with a profile


def test_profile_fields():
    assert profile_description("MG · H · 58 ans · Calvados") == "MG, H, 58 ans, Calvados"
    assert profile_description("Pédiatre / F / 44 ans") == "Pédiatre, F, 44 ans"


PROFESSIONS = [
    "Question 9 – Vos attentes",
    "Ille-et-Vilaine (3 réponses)",
    "Profession | Réponse",
    "Pharmacienne | Un annuaire des infirmiers qui font encore des tournées le dimanche matin.",
    "Orthoptiste | RAS",
    "Kinésithérapeute | Qu'on arrête de nous oublier dans les invitations aux réunions de secteur.",
    "Profession | Effectif",
    "Médecin généraliste | 14 adhérents au 1er janvier",
    "Fonction | Commentaire",
    "Secrétariat | Les dossiers arrivent incomplets presque une fois sur deux.",
]


def test_a_profession_column_profiles_its_rows(gazetteer):
    text, segs = _segment(PROFESSIONS, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Un annuaire des infirmiers")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "pharmacien")
    s = _at(text, segs, "Qu'on arrête de nous oublier")
    assert (s.kind, s.role) == ("verbatim", "kinesitherapeute")
    assert _at(text, segs, "RAS").kind != "verbatim"  # too short to be an answer
    assert _at(text, segs, "14 adhérents").kind != "verbatim"  # no answer column
    # a one-field profile that names no post (a service, not a person) is no respondent's profile
    assert _at(text, segs, "Les dossiers arrivent incomplets").kind != "verbatim"


# Two professions' words side by side, one column each, two rows run into one line by the
# extraction (answer_tables.profession_columns, segfix35); a figures table under such a header is no one's words.
SIDE_BY_SIDE = [
    "Tableau 3 – Sujet | Pharmaciens | Kinésithérapeutes",
    "Messagerie | « Je n'ouvre la messagerie qu'une fois par semaine, le lundi. » | « Personne ne nous écrit, on n'est dans aucun annuaire. » "
    "Réunions | « Le soir, je ferme à vingt heures, je ne peux pas venir. » | « Les réunions sont faites pour les médecins, pas pour nous. »",
    "Les deux professions décrivent le même isolement.",
    "Tableau 4 – Indicateur | Médecins | Infirmières",
    "Adhérents | 12 | 31",
]


def test_profession_columns_speak(gazetteer):
    text, segs = _segment(SIDE_BY_SIDE, gazetteer)
    got = [(s.kind, s.role) for s in (_at(text, segs, w) for w in (
        "Je n'ouvre la messagerie", "Personne ne nous écrit", "Le soir, je ferme", "Les réunions sont faites"))]
    assert got == [("verbatim", "pharmacien"), ("verbatim", "kinesitherapeute"),
                   ("verbatim", "pharmacien"), ("verbatim", "kinesitherapeute")]
    assert _at(text, segs, "décrivent le même isolement").kind == "narrative"
    assert _at(text, segs, "Adhérents | 12").kind == "narrative"


# session 16 (segfix38): a thesis's table of excerpts without guillemets, the speaker a code in a
# column of its own, the codes' professions given by a key of ranges in the methods
def test_an_excerpt_table_with_a_code_column_and_a_key_by_ranges(gazetteer):
    lines = ["Huit professionnels exerçant entre Rodez et Millau ont participé. K1 à K5 sont kinésithérapeutes, "
             "O1 et O2 orthophonistes.",
             "Thème | Extrait | Participant",
             "Délais | Trois mois pour une première séance, et les médecins me demandent de faire vite. | K2",
             "Adressage | On reçoit des ordonnances sans un mot sur ce que l'enfant a déjà fait. | O1",
             "Indicateur | Valeur | Participant",
             "Durée moyenne | 42 minutes | K1"]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "Trois mois pour une première séance")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "K2", "kinesitherapeute", "Occitanie")
    other = _at(text, segs, "On reçoit des ordonnances")
    assert (other.kind, other.speaker, other.role) == ("verbatim", "O1", "autre_paramedical")
    assert _at(text, segs, "42 minutes").kind not in ("verbatim", "turn")


# s25-segtable1 (round 44): a code column whose cell also gives the function ("P3, agent de santé
# communautaire"), two rows run into one line sharing that cell
CODED_FUNCTIONS = [
    "Les participants, exerçant à Maripasoula, sont codés P1 à P10.",
    "Thème | Verbatim | Participant",
    "Langue | Je traduis pour le médecin, sinon la consultation ne sert à rien | P2, médiatrice en santé "
    "Logement | Quand la maison est inondée, on ne garde pas les médicaments au sec | P5, infirmière du CDPS",
    "Délais | Un scanner, c'est un mois d'attente à Cayenne au minimum | P8, médecin généraliste",
    "Ces extraits sont discutés plus loin.",
]

# near-miss: a table of the same header whose last cells are no codes
UNCODED = [
    "Thème | Verbatim | Participant",
    "Langue | Je traduis pour le médecin, sinon la consultation ne sert à rien | plusieurs médiatrices",
]


def test_a_code_cell_with_the_function_gives_speaker_and_role(gazetteer):
    text, segs = _segment(CODED_FUNCTIONS, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "Je traduis pour le médecin")
    assert (s.kind, s.speaker) == ("verbatim", "P2") and "Langue" not in s.text
    s = _at(text, segs, "on ne garde pas les médicaments au sec")  # the row run into the line
    assert (s.kind, s.speaker, s.role) == ("verbatim", "P5", "infirmier")
    s = _at(text, segs, "c'est un mois d'attente")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "P8", "medecin_generaliste")
    assert _at(text, segs, "Ces extraits sont discutés").kind == "narrative"


def test_a_participant_cell_without_a_code_is_no_coded_row(gazetteer):
    text, segs = _segment(UNCODED, gazetteer, doc={"kind": "article"})
    assert _at(text, segs, "Je traduis pour le médecin").kind != "verbatim"


# s25-segtable1 (round 44): a forum thread set as a table, the poster's pseudonym and the
# département of the profile in the first cell
FORUM = [
    "Le groupe étudié réunit des sages-femmes libérales ; j'ai relevé un fil de 2023.",
    "Pseudo (département du profil) | Date du message | Extrait",
    "Lune_des_Landes (Landes) | 04/03/2023 | On m'appelle pour des sorties à J2 sans aucun rendez-vous de suivi prévu.",
    "sfdu64 | 05/03/2023 | Chez nous la maternité envoie au moins un courriel la veille, c'est déjà ça.",
    "Le fil est clos après ces deux messages.",
]

# near-miss: a table of pseudonyms and counts, no message
FORUM_COUNTS = [
    "Pseudo | Messages | Inscription",
    "Lune_des_Landes | 1 204 | 2019",
]


def test_forum_rows_are_the_posters_verbatims(gazetteer):
    text, segs = _segment(FORUM, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "On m'appelle pour des sorties à J2")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Lune_des_Landes", "Nouvelle-Aquitaine")
    assert "04/03/2023" not in s.text
    s = _at(text, segs, "la maternité envoie au moins un courriel")
    assert (s.kind, s.speaker) == ("verbatim", "sfdu64")
    assert _at(text, segs, "Pseudo (département du profil)").kind == "narrative"
    assert _at(text, segs, "Le fil est clos").kind == "narrative"


def test_a_table_of_pseudonyms_without_words_is_no_forum(gazetteer):
    text, segs = _segment(FORUM_COUNTS, gazetteer, doc={"kind": "memoire"})
    assert all(s.kind != "verbatim" for s in segs)


# s25-segtable1 (round 44): "Verbatim | Interprétation", the quotation closed by its code in
# brackets, the author's reading on the right; rows run into one line
COMMENTED = [
    "Huit pharmaciens d'officine du Cantal ont été interrogés (PH1 à PH8), à Aurillac et Saint-Flour.",
    "Verbatim | Interprétation",
    "On fait les piluliers le samedi pour tout le village [PH2] | Une tâche de coordination non rémunérée "
    "Moi je refuse les dépannages sans ordonnance depuis l'an dernier [PH6] | Une limite posée au rôle de premier recours",
    "Ces lectures sont reprises dans la discussion.",
]

# near-miss: the same header over quotations without a code
UNCODED_COMMENTED = [
    "Verbatim | Interprétation",
    "On fait les piluliers le samedi pour tout le village | Une tâche de coordination non rémunérée",
]


def test_a_coded_quotation_beside_its_reading_is_a_verbatim(gazetteer):
    text, segs = _segment(COMMENTED, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "On fait les piluliers le samedi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "PH2", "pharmacien")
    s = _at(text, segs, "je refuse les dépannages")
    assert (s.kind, s.speaker) == ("verbatim", "PH6") and "non rémunérée" not in s.text
    assert _at(text, segs, "Une tâche de coordination").kind == "narrative"
    assert _at(text, segs, "Une limite posée au rôle").kind == "narrative"


def test_quotations_without_codes_beside_a_reading_are_not_read_so(gazetteer):
    text, segs = _segment(UNCODED_COMMENTED, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "On fait les piluliers").kind != "verbatim"


def test_a_profile_left_blank_on_purpose_is_a_respondent_with_no_role(gazetteer):
    # s39, unseen: a CPTS survey's quotation column beside profession and commune columns, one row's
    # profile "Non renseigné": the respondent's words, role unsaid
    lines = ["Le questionnaire comportait une question ouverte. Extraits :",
             "| Profession | Commune | Réponse |",
             "| Infirmière libérale | Steenvoorde | « Les sorties d'hôpital du vendredi soir se passent mieux. » |",
             "| Non renseigné | Non renseigné | « Trop de réunions le soir, je n'y vais plus. » |"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert (_at(text, segs, "sorties d'hôpital").kind, _at(text, segs, "sorties d'hôpital").role) == ("verbatim", "infirmier")
    s = _at(text, segs, "Trop de réunions")
    assert (s.kind, s.role) == ("verbatim", "inconnu")
    # near miss: a blank profile under no profession column says nothing of a respondent
    lines[1] = "| Date | Lieu | Réponse |"
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "Trop de réunions").role != "infirmier"


def test_a_voting_tool_s_export_with_the_profession_declared_at_login(gazetteer):
    # "Profession déclarée" in brackets before the answer; one respondent ticked "[Autre]" (s48)
    lines = ["Question 3 (réponse ouverte, profession déclarée à la connexion) – Une priorité pour la CPTS",
             "| ID | Heure | Profession déclarée | Réponse | Votes |",
             "| r_004 | 20:11:05 | [Infirmier(e)] | Un annuaire à jour des infirmières qui prennent de nouveaux patients | 12 |",
             "| r_011 | 20:12:40 | [Autre] | Un accueil commun pour les personnes qui arrivent sur le territoire sans médecin | 5 |",
             "| r_017 | 20:13:02 | [Pharmacien] | Des réunions courtes, le soir, une fois par trimestre pas davantage | 7 |"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Un annuaire à jour des infirmières")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "r_004", "infirmier")
    s = _at(text, segs, "Un accueil commun pour les personnes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "r_011", "inconnu")
    assert _at(text, segs, "Des réunions courtes, le soir").role == "pharmacien"
