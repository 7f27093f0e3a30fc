"""Forms of segfix7 (rounds 11-13 tuned on): labels closed by a point or a table cell and run into
the previous turn by extraction, numbered question headings with unlabelled answers, group speech,
quotes called by an interview date that a list resolves, tables whose header says who answered.
Each with the look-alike that must stay out."""

from __future__ import annotations

from segment_text import heading_structure, segment_lines
from segment_text import segment_at as _at

from corpus.segment import segment_text
from corpus.segment.base import split_lines
from corpus.segment.discovery import discover_labels, split_at_labels
from corpus.segment.fallbacks import (
    cell_index,
    fills_cell,
    group_speech,
    interview_date_call,
    interview_dates,
    question_headings_interview,
    speaker_column_rows,
)

DOC = {"doc_id": "t", "region": "", "place": ""}



# ---- labels closed by a point, a third voice, a table's cells run together -------------------

POINTED = ("Conventions : // chevauchement ; [...] passage coupé.\n"
           "ENQ. Comment le cabinet s'est-il organisé en mars 2020 ? MG2. Alors on a tout basculé au "
           "téléphone, du jour au lendemain, hein.\n"
           "SEC. // Je décrochais toute la journée, je ne faisais que ça.\n"
           "MG2. Voilà. Et nous on rappelait les patients fragiles un par un.\n"
           "ENQ. Et la CPTS, à ce moment-là ?\n"
           "MG2. Elle n'existait pas encore, on l'a montée après.\n")


def test_labels_closed_by_a_point_take_turns_and_are_cut_where_extraction_ran_them_in():
    lines = split_lines(POINTED)
    labels = discover_labels(lines, {}, {})
    assert {"ENQ", "MG2", "SEC"} <= set(labels)
    assert labels["ENQ"].kind == "moderator"
    cut = split_at_labels(lines, POINTED, labels)
    texts = [ln.text.strip() for ln in cut]
    assert "ENQ. Comment le cabinet s'est-il organisé en mars 2020 ?" in texts
    assert any(t.startswith("MG2. Alors on a tout basculé") for t in texts)


def test_labels_closed_by_a_point_in_the_segments(gazetteer):
    segs = segment_text(POINTED, DOC, [], [], gazetteer)
    alors = _at(POINTED, segs, "Alors on a tout basculé")
    assert (alors.kind, alors.speaker) == ("turn", "MG2")
    sec = _at(POINTED, segs, "Je décrochais toute la journée")
    assert (sec.kind, sec.speaker) == ("turn", "SEC")
    assert _at(POINTED, segs, "Comment le cabinet").kind == "moderator"


def test_numbered_headings_closed_by_a_point_are_no_dialogue(gazetteer):
    # a plan's numbered parts: "A." and "B." are letters, "II." does not take turns or speak
    text = ("I. Contexte de l'étude et méthodes employées par l'équipe.\n"
            "A. Le territoire étudié comprend trois cantons ruraux.\n"
            "II. Résultats principaux de l'enquête de terrain.\n"
            "B. Les professionnels ont été recensés par l'ARS.\n"
            "III. Discussion des limites de la démarche.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_table_rows_run_together_split_at_the_answer_cell(gazetteer):
    text = ("Locuteur | Propos\n"
            "Enquêteur | Comment êtes-vous arrivée dans le dispositif ? Interviewée | En 2017, un médecin "
            "m'a proposé de venir, je sortais de l'hôpital.\n"
            "Enquêteur | Et pendant le Covid ? Interviewée | J'ai fait du téléphone, j'appelais mes patients "
            "un par un.\n"
            "Enquêteur | La CPTS, vous en faites partie ?\n"
            "Interviewée | On m'a invitée une fois, je n'y suis pas retournée.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    for snippet in ("En 2017, un médecin", "J'ai fait du téléphone", "On m'a invitée une fois"):
        assert _at(text, segs, snippet).kind == "turn", snippet
    assert _at(text, segs, "Et pendant le Covid").kind == "moderator"


# ---- numbered questions, unlabelled answers -----------------------------------------------

def test_numbered_question_headings_answered_by_speech_are_an_interview():
    lines = split_lines(
        "Trois questions à la maire de Rostrenen\n"
        "1/ Pourquoi la commune s'est-elle engagée ?\n"
        "Parce que nous avons perdu deux médecins et que nous voulions les garder ici.\n"
        "2/ Qu'est-ce qui change pour les patients ?\n"
        "Un seul numéro, et des soignants qui se parlent : nous le voyons tous les jours.\n"
        "3/ Et demain ?\n"
        "Accueillir un troisième médecin, nous y travaillons avec la CPTS.\n")
    assert question_headings_interview(lines, {1, 3, 5}) == 1


def test_numbered_questions_of_an_faq_or_out_of_order_stay_out():
    faq = split_lines(
        "1. Comment adhérer à la CPTS ?\n"
        "L'adhésion se fait en ligne, par le formulaire du site.\n"
        "2. Combien coûte l'adhésion ?\n"
        "La cotisation annuelle est fixée par l'assemblée générale.\n"
        "3. Qui contacter ?\n"
        "Le secrétariat répond du lundi au vendredi.\n")
    assert question_headings_interview(faq, {0, 2, 4}) is None  # answered impersonally
    shuffled = split_lines(
        "2/ Pourquoi vous êtes-vous engagés ?\n"
        "Parce que nous avons perdu deux médecins.\n"
        "1/ Qu'est-ce qui change ?\n"
        "Nous nous parlons tous les jours.\n"
        "3/ Et demain ?\n"
        "Nous voulons un troisième médecin.\n")
    assert question_headings_interview(shuffled, {0, 2, 4}) is None


# ---- group speech ------------------------------------------------------------------------

def test_group_speech_in_the_lead_or_the_incise():
    assert group_speech("Plusieurs participants, presque ensemble :", "")
    assert group_speech("Le cabinet est devenu le point d'entrée. ", ", lancent en chœur les deux associées.")
    assert group_speech("", ", répondent-elles d'une seule voix.")
    # one person, or "ensemble" said of working together, is no chorus
    assert not group_speech("Une infirmière de Granville :", "")
    assert not group_speech("Elles travaillent ensemble depuis 2019 :", "")
    # a long paragraph is no lead, whatever it holds
    assert not group_speech("Les soignants, qui parlaient souvent en même temps lors des réunions de "
                            "l'année, ont fini par écrire une charte commune dont voici l'article premier :", "")


def test_group_speech_in_the_last_sentence_of_a_lead():
    # s39, unseen: the lead's last sentence says it, after a sentence of context; "répondu ensemble"
    assert group_speech("Le retour à domicile a été discuté. Chez un couple de Quimperlé, la question a été "
                        "posée aux deux parents, qui ont répondu ensemble :", "")
    assert group_speech("Interrogées ensemble, deux sœurs dont les maris pêchent sur la même yole répondent "
                        "d'une seule voix :", "")
    assert not group_speech("Les deux parents ont répondu ensemble au questionnaire. Le père précise :", "")


def test_anonymous_lead():
    from corpus.segment.fallbacks import anonymous_lead

    assert anonymous_lead("Pendant notre visite, depuis le pont d'un voilier voisin, quelqu'un nous a lancé :") \
        == "quelqu'un"
    assert anonymous_lead("Avant l'arrivée de l'infirmerie, une voix s'est élevée des gradins :") == "une voix"
    # near misses: a person named, a voice that is the subject's object, no colon
    assert anonymous_lead("Le maire a répondu à quelqu'un de la salle :") == ""
    assert anonymous_lead("Sylvie, qui prête sa voix au chœur, ajoute :") == ""
    assert anonymous_lead("Une voix s'est élevée des gradins.") == ""
    # s41 (round 84): the voice is the subject of an earlier clause, later clauses qualify the scene
    assert anonymous_lead("Pendant la manœuvre, quelqu'un a hurlé depuis le quai, sans que l'équipage "
                          "sache dire s'il s'agissait d'un docker ou d'un touriste :") == "quelqu'un"
    assert anonymous_lead("Une voix, lancée du fond de la cale sans qu'on sache de qui, résume la semaine :") \
        == "Une voix"
    # near misses: a last clause saying what the person does describes them
    assert anonymous_lead("Une voix du premier rang, côté cour, kinésithérapeute :") == ""
    assert anonymous_lead("Une voix s'élève au troisième rang, celle d'une sage-femme libérale :") == ""
    # s41 (round 86): a clause after the voice says what the person does (formerly): a description, not a voice
    assert anonymous_lead("Un spectateur d'environ soixante ans, ancien docker, a pris la parole le premier :") == ""
    # "derrière …" is a place, no trade (trade_nouns.yaml not_trade_words)
    assert anonymous_lead("Une voix, derrière la barrière, a demandé :") == "Une voix"
    # s41 (round 85): a question from the floor
    assert anonymous_lead("Pendant la visite, une question a fusé du public :") == "une question"


def test_an_anonymous_voice_is_a_verbatim_with_no_role(gazetteer):
    text = ("Des entretiens ont été menés auprès des plaisanciers et des pêcheurs ; les échanges ont été "
            "enregistrés puis analysés.\n"
            "Pendant notre visite, depuis le pont d'un voilier voisin, quelqu'un nous a lancé : « Mettez des "
            "aspirateurs sur les ponceuses au lieu de faire des fiches ! »\n"
            "Interrogées ensemble, deux sœurs dont les maris pêchent sur la même yole répondent d'une seule "
            "voix : « C'est nous qui prenons les rendez-vous, sinon ils n'y vont jamais. »\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    for snippet in ("Mettez des aspirateurs", "C'est nous qui prenons"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_chorus_is_a_verbatim_without_a_single_speaker(gazetteer):
    text = ("Deux groupes de discussion ont réuni des professionnels libéraux ; les échanges ont été "
            "enregistrés puis analysés.\n"
            "Une infirmière : « J'ai rencontré le kiné d'en face au centre de vaccination, on travaillait "
            "dans la même rue depuis huit ans. »\n"
            "Plusieurs participants, presque ensemble : « Le groupe WhatsApp ! »\n"
            "La discussion a ensuite porté sur les réunions.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    chorus = _at(text, segs, "Le groupe WhatsApp")
    assert (chorus.kind, chorus.speaker) == ("verbatim", "")


def test_a_chorus_takes_the_one_profession_its_lead_names(gazetteer):
    text = ("Des entretiens collectifs ont réuni des soignants libéraux ; les échanges ont été enregistrés "
            "puis analysés.\n"
            "Les deux orthophonistes de Felletin répondent d'une même voix : « l'hiver, on "
            "annule un rendez-vous sur trois, les familles ne peuvent pas monter jusqu'ici »\n"
            "Plusieurs participants, presque ensemble : « Le groupe WhatsApp ! »\n"
            "Ces témoignages rejoignent les temps d'accès calculés.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    s = _at(text, segs, "on annule un rendez-vous sur trois")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre_paramedical")
    assert _at(text, segs, "Le groupe WhatsApp").role in ("", "inconnu")  # participants: no profession


# ---- a call to an interview listed by date ---------------------------------------------------

LISTED = ["Entretiens cités",
          "14 avril 2022 : directrice adjointe, CPAM du Cher, Bourges",
          "2 mai 2022 : coordinatrice salariée de la CPTS, Bourges"]


def test_interview_dates_resolve_a_quotes_call():
    dates = interview_dates(LISTED)
    assert interview_date_call(" (entretien du 14 avril 2022).", dates)[0] == \
        "directrice adjointe, CPAM du Cher, Bourges"
    assert interview_date_call(" (Entretien du 2 Mai 2022)", dates)[0].startswith("coordinatrice")
    assert interview_date_call(" (entretien du 3 mai 2022)", dates) is None  # not in the list
    assert interview_date_call(" (Hassenteufel, 2011)", dates) is None


def test_a_chronology_is_no_list_of_interviews():
    assert interview_dates(["Chronologie",
                            "14 avril 2022 : signature de l'accord conventionnel interprofessionnel",
                            "2 mai 2022 : première assemblée générale de l'association"]) == {}


def test_a_quote_called_by_an_interview_date(gazetteer):
    text = ("La CPTS s'est constituée en 2020 avec le soutien de l'assurance maladie. Les institutions "
            "revendiquent un rôle d'accompagnement : « on n'est pas là pour leur dire quoi faire » "
            "(entretien du 14 avril 2022).\n" + "\n".join(LISTED) + "\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    v = _at(text, segs, "on n'est pas là")
    assert (v.kind, v.role, v.region) == ("verbatim", "institutionnel_cpam", "Centre-Val de Loire")


# ---- tables whose header says who answered ------------------------------------------------

def test_a_speaker_column_and_a_cross_table_of_professions():
    rows = speaker_column_rows([
        "Thématique | Question posée | Réponse (extrait) | Interlocuteur",
        "Genèse | Qui a pris l'initiative ? | « C'est parti des pharmaciens. » | Pharmacien titulaire, Guéret",
        "Prévention | Quelles actions ? | Non abordé | —",
        "Source : mission d'évaluation.",
        "Thème | Médecins généralistes | Infirmiers | Pharmaciens",
        "Premiers contacts | « On s'est vus au centre. » | « Je n'avais que son numéro. » | –"])
    assert rows[1] == {-1: "Pharmacien titulaire, Guéret"}
    assert 2 not in rows and 3 not in rows  # no one described; the table has ended
    assert rows[5][2] == "Infirmiers"
    line = "Premiers contacts | « On s'est vus au centre. » | « Je n'avais que son numéro. » | –"
    a = line.index("« Je")
    assert cell_index(line, a) == 2 and fills_cell(line, a, line.index("» |", a) + 1)
    assert not fills_cell("Contacts | Voir « le guide » p. 3", 16, 28)


def test_a_table_of_figures_or_topics_names_no_speaker():
    assert speaker_column_rows(["Thème | 2020 | 2021 | 2022",
                                "Réunions | 4 | 6 | 9",
                                "Indicateur | Valeur | Commentaire",
                                "Adhérents | 140 | « en hausse »"]) == {}


def test_quotes_in_a_cross_table_take_their_columns_role(gazetteer):
    text = ("Vingt-quatre professionnels exerçant en Vendée ont été interrogés.\n"
            "Thème | Médecins généralistes | Pharmaciens\n"
            "Premiers contacts | « On s'est vus pour la première fois au centre de dépistage. » | "
            "« Les médecins passaient à l'officine chercher des masques. »\n"
            "La suite de l'article discute ces résultats.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    gp = _at(text, segs, "On s'est vus")
    ph = _at(text, segs, "Les médecins passaient")
    assert (gp.kind, gp.role) == ("verbatim", "medecin_generaliste")
    assert (ph.kind, ph.role) == ("verbatim", "pharmacien")


# ---- a call log's caller column (s27-segr46c) -------------------------------------------------

def test_a_call_logs_caller_column_says_who_speaks_whatever_the_description(gazetteer):
    # a helpline's logbook (unseen variant of a duty pharmacy's): callers in one field or by a service
    text = ("Le cahier de permanence de l'association note chaque appel de la nuit.\n"
            "Horaire | Appelante | Ce qui a été dit | Orientation\n"
            "21 h 05 | voisine, Carhaix-Plouguer | « Je l'entends tomber depuis une heure et il ne répond plus. » "
            "| pompiers prévenus\n"
            "02 h 40 | EHPAD de Guingamp | « Nous n'avons plus d'infirmière cette nuit, une résidente a très mal. » "
            "| médecin de garde\n"
            "Ces appels disent l'isolement des nuits rurales.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    first = _at(text, segs, "Je l'entends tomber")
    service = _at(text, segs, "Nous n'avons plus d'infirmière")
    assert (first.kind, first.region) == ("verbatim", "Bretagne")
    assert (service.kind, service.region) == ("verbatim", "Bretagne")
    assert _at(text, segs, "pompiers prévenus").kind == "narrative"
    assert _at(text, segs, "Ces appels disent").kind == "narrative"


def test_a_call_log_without_quotations_or_a_table_of_callers_stays_narrative():
    # near-misses: the words summed up (no quotation), a directory of callers
    rows = speaker_column_rows([
        "Heure | Appelant | Motif | Suite donnée",
        "22 h 10 | gendarmerie de Lamballe | demande de traitement oublié | ordonnance manquante",
        "Tout au long de l'année.",
        "Appelant | Commune | Nombre d'appels",
        "EHPAD Les Tilleuls | Dinan | 14"])
    assert rows == {}


# ---- codes with a point ---------------------------------------------------------------------

def test_codes_with_a_point_described_by_a_range(gazetteer):
    text = ("Les six pharmaciens titulaires interrogés (Ph.A à Ph.F), tous installés dans le Lot, décrivent "
            "une activité transformée.\n"
            "Pour Ph.C, « l'officine est restée le seul endroit ouvert où l'on pouvait parler à un soignant ». "
            "Cette disponibilité a eu un coût : « on a fait des journées de onze heures pendant des mois, "
            "personne ne nous a remerciés », ajoute Ph.E.\n"
            "Ph.A et Ph.D s'accordent : « c'est le Covid qui nous a fait entrer dans la CPTS, pas l'inverse ».\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    for snippet, speaker in (("l'officine est restée", "Ph.C"), ("on a fait des journées", "Ph.E"),
                             ("c'est le Covid", "Ph.A et Ph.D")):
        v = _at(text, segs, snippet)
        assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", speaker, "pharmacien", "Occitanie"), snippet


def test_an_initial_and_a_point_is_no_code(gazetteer):
    # "M.A" (an initial) and abbreviations of one letter are not informant codes
    text = ("Selon M.A, « la coordination ne se décrète pas, elle se construit patiemment ».\n"
            "Pour J.B et M.A, l'enjeu est ailleurs.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# ---- the interviewer in italics, the interviewee in roman ----------------------------------

def _italic(text, *passages):
    return [{"char_start": text.index(p), "char_end": text.index(p) + len(p), "style": "italic"} for p in passages]


QUESTIONS = ("Est-ce que vous pouvez me raconter comment vous êtes arrivée sur ce poste ?",
             "Et au début, concrètement, vos missions c'était quoi ?",
             "Et aujourd'hui, qu'est-ce qui vous manque le plus ?")


def test_italic_questions_and_roman_answers_are_an_interview(gazetteer):
    text = ("Les propos de l'enquêtrice sont en italiques, ceux de la personne interrogée en caractères droits.\n"
            f"{QUESTIONS[0]}\n"
            "Alors moi je viens de l'hôpital, j'étais cadre de santé à Verdun.\n"
            f"{QUESTIONS[1]}\n"
            "Au début c'était surtout la vaccination. On avait trois centres à faire tourner.\n"
            "Et puis petit à petit les professionnels ont commencé à m'appeler pour autre chose.\n"
            "D'accord.\n"
            f"{QUESTIONS[2]}\n"
            "Du temps médical. J'ai des médecins motivés mais débordés.\n")
    segs = segment_text(text, DOC, [], [], gazetteer, _italic(text, *QUESTIONS, "D'accord."))
    assert _at(text, segs, "Est-ce que vous pouvez").kind == "moderator"
    answer = _at(text, segs, "Au début c'était")
    assert answer.kind == "turn" and answer.char_end > text.index("Et puis petit à petit")  # one turn, two paragraphs
    assert _at(text, segs, "Du temps médical").kind == "turn"
    # the same paragraphs in roman throughout are nobody's turns
    plain = segment_text(text, DOC, [], [], gazetteer, [])
    assert not [s for s in plain if s.kind in ("turn", "verbatim")]


def test_italic_questions_of_a_guide_answered_by_no_one(gazetteer):
    # an interview guide: italic questions, roman instructions for the interviewer
    text = (f"{QUESTIONS[0]}\n"
            "Relance possible sur le parcours antérieur et la formation initiale.\n"
            f"{QUESTIONS[1]}\n"
            "Faire préciser les missions principales et leur évolution dans le temps.\n"
            f"{QUESTIONS[2]}\n"
            "Noter les ressources citées par la personne interrogée.\n")
    segs = segment_text(text, DOC, [], [], gazetteer, _italic(text, *QUESTIONS))
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# ---- a press paragraph naming one person --------------------------------------------------

def test_the_one_person_a_press_paragraph_names_and_describes():
    from corpus.segment.quotes import portrait_name
    assert portrait_name("« On s'est rendu compte qu'on ne se connaissait pas. » Le constat est signé "
                         "Nathalie Morel, infirmière libérale à Pornic depuis quinze ans.") == \
        "Nathalie Morel, infirmière libérale à Pornic depuis quinze ans"
    assert portrait_name("Elle, c'est Amandine Giraud. Pharmacienne à Paimbœuf, elle a rejoint le bureau. "
                         "« Au début, j'avais l'impression d'être la caution officine. »").startswith("Amandine Giraud")
    # two people, or a name without a description, say nothing of who speaks
    assert portrait_name("Nathalie Morel, infirmière, et Yann Le Goff, médecin, ont monté le centre. « On y croyait. »") == ""
    assert portrait_name("La salle porte le nom de Marcel Cachin. « On y a vacciné tout le canton. »") == ""


def test_press_quotes_given_to_the_person_their_paragraph_names(gazetteer):
    text = ("Pays de Retz. Les soignants veulent travailler ensemble\n"
            "« On s'est rendu compte en mars 2020 qu'on ne connaissait même pas le numéro du cabinet d'en face. » "
            "Le constat est signé Nathalie Morel, infirmière libérale à Pornic depuis quinze ans.\n"
            "Avec une poignée de collègues, elle monte alors un centre de dépistage.\n"
            "Elle, c'est Amandine Giraud. Pharmacienne à Paimbœuf, elle a rejoint le bureau en 2021. « Au début, "
            "j'avais l'impression d'être la caution officine. »\n"
            "À l'ARS, Claire Tessier, chargée du dossier, confirme : « Le financement est assuré jusqu'en 2026. »\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    morel = _at(text, segs, "On s'est rendu compte")
    assert (morel.kind, morel.speaker, morel.role) == ("verbatim", "Nathalie Morel", "infirmier")
    giraud = _at(text, segs, "Au début, j'avais")
    assert (giraud.kind, giraud.speaker, giraud.role) == ("verbatim", "Amandine Giraud", "pharmacien")


# ---- a speech verb and a colon announce the words -----------------------------------------

def test_a_speech_verb_and_a_colon_announce_a_short_quote(gazetteer):
    text = ("Annexe B – Extraits du carnet de terrain\n"
            "Arrivée au centre de vaccination vers 8 h. Sur la porte, une affiche : « Vaccination sur "
            "rendez-vous uniquement, merci de votre compréhension ».\n"
            "Vers 10 h, le docteur passe entre deux consultations. Il me dit en riant : « ici la CPTS, "
            "c'est nous quatre et un téléphone ».\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    assert _at(text, segs, "ici la CPTS").kind == "verbatim"
    assert _at(text, segs, "Vaccination sur rendez-vous").kind == "narrative"  # a notice, no verb


def test_a_quote_led_by_a_first_name_the_notes_present(gazetteer):
    text = ("Annexe B – Extraits du carnet de terrain\n"
            "Arrivée au centre vers 8 h. Marie-Jo, l'infirmière libérale du village voisin, est déjà là.\n"
            "Marie-Jo, le soir, au téléphone : « tu peux l'écrire dans ta thèse, on a tenu la montagne ».\n"
            "Puis, plus tard : « la salle ferme à dix-huit heures, rendez-vous à la mairie ».\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    v = _at(text, segs, "tu peux l'écrire")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "Marie-Jo", "infirmier")
    # a lead that is no presented person ("Puis, plus tard :") announces nothing
    assert _at(text, segs, "la salle ferme").kind == "narrative"


def test_a_quote_below_the_line_presenting_its_speaker(gazetteer):
    text = ("Le médecin traitant apparaît souvent comme le grand absent. Hélène, médecin généraliste à "
            "Saint-Junien, le formule ainsi :\n"
            "« Je revois la mère et le bébé à un mois, et c'est là que je découvre tout ce qui s'est passé. »\n"
            "Ces constats rejoignent les recommandations de la Haute Autorité de santé.\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    v = _at(text, segs, "Je revois la mère")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "Hélène", "medecin_generaliste", "Nouvelle-Aquitaine")
    # a presented person with no speech verb introduces a title, not her words
    title = ("Hélène, médecin généraliste à Saint-Junien, a publié en 2021 :\n"
             "« Le premier mois après la naissance, un guide pour les familles et les soignants. »\n")
    assert _at(title, segment_text(title, DOC, [], [], gazetteer), "Le premier mois").kind == "narrative"


# ---- subtitles pasted into a document --------------------------------------------------------

def test_subtitle_cues_run_together_are_cut_and_their_bracketed_speakers_take_turns(gazetteer):
    from corpus.segment.discovery import split_at_cues
    text = ("Annexe B – Sous-titres corrigés du webinaire (extrait)\n"
            "12 00:03:12,400 --> 00:03:19,000 [MODÉRATRICE] Je donne la parole au docteur Hamon. "
            "13 00:03:19,200 --> 00:03:26,800 [DR HAMON] Merci. Ce que je retiens de la crise, c'est que nous "
            "avons appris à nous répartir les patients. 14 00:03:27,000 --> 00:03:33,500\n"
            "Chaque cabinet avait sa liste, et l'infirmière faisait le lien avec l'hôpital. 15 00:03:34,000 --> "
            "00:03:39,900 [Y. LE BRIS] Pour nous les kinés, ça a été plus compliqué. 16 00:03:40,100 --> "
            "00:03:45,600 [MODÉRATRICE] Et aujourd'hui, ce lien existe-t-il toujours ? 17 00:03:46,000 --> "
            "00:03:52,300 [DR HAMON] Il existe, mais il tient à deux personnes.\n")
    cut = [ln.text.strip() for ln in split_at_cues(split_lines(text))]
    assert "13 00:03:19,200 --> 00:03:26,800 [DR HAMON] Merci. Ce que je retiens de la crise, c'est que nous " \
           "avons appris à nous répartir les patients." in cut
    segs = segment_text(text, DOC, [], [], gazetteer)
    hamon = _at(text, segs, "Ce que je retiens")
    assert (hamon.kind, hamon.speaker) == ("turn", "DR HAMON")
    assert hamon.char_end > text.index("Chaque cabinet avait sa liste")  # the next cue goes on with the turn
    assert (_at(text, segs, "Pour nous les kinés").kind, _at(text, segs, "Pour nous les kinés").speaker) == \
        ("turn", "Y. LE BRIS")
    assert _at(text, segs, "Et aujourd'hui").kind == "moderator"
    # a single time range in prose ("de 00:03:12,400 --> …" once) cuts nothing
    once = split_lines("La séquence 12 00:03:12,400 --> 00:03:19,000 a été coupée au montage.\n")
    assert split_at_cues(once) == once


def test_a_references_abbreviation_is_no_code(gazetteer):
    # "Fig.1", "Fig.2" recur like a series of codes, but name figures (not_code_abbreviations)
    from corpus.segment.discovery import code_series
    assert code_series(["Voir Fig.1 et Fig.2, puis Ph.A et Ph.B."]) == {"Ph.A", "Ph.B"}
    text = ("Les cartes (Fig.1, Fig.2) situent les communes étudiées par l'enquête.\n"
            "Le slogan de la campagne départementale était clair : « on vaccine, on protège, on avance » (Fig.2).\n")
    segs = segment_text(text, DOC, [], [], gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim") and s.speaker == "Fig.2"]


def test_a_voice_from_the_floor_after_a_named_speakers_paragraph(gazetteer):
    # s41 (round 85): the doctor quoted in the paragraph above does not speak the question from the floor
    from segment_text import segment_at, segment_lines

    lines = ["Portes ouvertes au centre de santé de Guéret.",
             "Le Dr Paul Marty, l'un des trois généralistes, a présenté les consultations du samedi : « Ce n'est "
             "pas un service d'urgence, mais on verra les enfants malades le samedi matin. »",
             "Pendant la visite, une question a fusé du public : « Et ceux qui n'ont pas de médecin traitant, "
             "vous les prenez ? »",
             "Le Dr Marty a reconnu que la liste d'attente comptait déjà trois cents noms."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "vous les prenez")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert segment_at(text, segs, "on verra les enfants malades").speaker.endswith("Marty")


def test_group_speech_in_the_last_clause_of_a_long_lead():
    # s41 (round 86): a long sentence of context, then the couple answering together
    assert group_speech("Quand je leur demande ce qu'ils conseilleraient à un couple qui attend son premier "
                        "enfant et qui habite loin de la maternité, Chloé et son mari répondent presque ensemble :", "")
    from corpus.segment.pseudonym_lists import pseudonym_in_lead

    assert pseudonym_in_lead("Au bout d'un moment, Chloé et son mari répondent presque ensemble :", {"Chloé"}) == ""
    assert pseudonym_in_lead("Au bout d'un moment, Chloé répond :", {"Chloé"}) == "Chloé"


def test_a_meeting_table_names_its_speakers_from_the_list_of_participants(gazetteer):
    # a case-review form: no heading above the table, a name column ("Intervenant"), the list above it
    lines = ["Maison de santé du Val – Fiche de synthèse de la réunion pluriprofessionnelle du 3 mars 2025",
             "Participants : Dr Hugo Ferrand, médecin traitant ; Anne-Sophie Roux, infirmière libérale ; "
             "M. Daniel Perrot, pharmacien titulaire ; une interne en visioconférence.",
             "| Intervenant | Propos tenus |",
             "| Dr Ferrand | « On a trois chutes en deux mois, il faut revoir le traitement du soir. » |",
             "| A.-S. Roux | « Je passe le matin, il est souvent encore couché quand j'arrive. » |",
             "| M. Perrot (au téléphone) | « Le somnifère est renouvelé tous les mois sans réévaluation. » |",
             "| intervenant non identifié | « Et le kiné, il passe toujours le jeudi ? » |",
             "Décisions",
             "Réévaluation du traitement du soir par le médecin traitant."]
    # the structure sees one heading, "Décisions": all above it is front matter, yet the table's rows are speech
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"}, structure=heading_structure(lines, [7]))
    s = _at(text, segs, "il faut revoir le traitement du soir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Hugo Ferrand", "medecin_generaliste")
    s = _at(text, segs, "il est souvent encore couché")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Anne-Sophie Roux", "infirmier")
    s = _at(text, segs, "renouvelé tous les mois sans réévaluation")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. Daniel Perrot", "pharmacien")
    s = _at(text, segs, "il passe toujours le jeudi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_initials_of_a_listed_first_name_stand_for_the_listed_person():
    from corpus.segment.discovery import listed_short_form

    names = ["Dr Marie-Hélène Bastide", "Jean-Paul Serre", "Léa Serre", "M. Paul Hugon"]
    assert listed_short_form("M.-H. Bastide", names) == "Dr Marie-Hélène Bastide"
    assert listed_short_form("J.-P. Serre", names) == "Jean-Paul Serre"
    assert listed_short_form("L. Serre", names) == "Léa Serre"
    assert listed_short_form("M. Hugon", names) == "M. Paul Hugon"  # a civility, not an initial
    assert listed_short_form("P. Serre", names) == ""  # no listed Serre with that initial


def test_a_table_naming_each_person_and_their_link_gives_their_words(gazetteer):
    lines = ["Réunion de famille autour de Théo, 12 ans – Montauban",
             "Ce que chacun a dit",
             "| Personne | Lien | Ce qu'il ou elle a dit |",
             "| Théo | l'enfant | « Je veux bien aller chez mon père un week-end sur deux, mais pas plus. » |",
             "| Samira K. | mère | « Je travaille de nuit deux fois par semaine, il me faut quelqu'un ces soirs-là. » |",
             "| Marc Delmas | éducateur spécialisé de l'ASE | « Théo a besoin que les règles soient les mêmes dans les deux maisons. » |",
             "| voisine (n'a pas souhaité être nommée) | voisine | « Je peux le garder le mardi, je suis à la retraite. » |",
             "Le plan a été validé par le service."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"}, structure=heading_structure(lines, [1]))
    s = _at(text, segs, "un week-end sur deux")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Théo", "autre")
    s = _at(text, segs, "il me faut quelqu'un ces soirs-là")
    assert (s.speaker, s.role) == ("Samira K.", "autre")
    s = _at(text, segs, "les règles soient les mêmes")
    assert (s.speaker, s.role) == ("Marc Delmas", "autre")
    assert s.role_raw.startswith("éducateur")
    s = _at(text, segs, "je suis à la retraite")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")


def test_words_the_record_gives_no_one_under_a_lead_above(gazetteer):
    from corpus.segment.fallbacks import anonymous_lead

    # the lead in its own paragraph, the quotation in the next; an object relative says who could not be told
    assert anonymous_lead("Une remarque, que personne n'a pu attribuer à une infirmière ou à un médecin, "
                          "a conclu l'échange :") == "Une remarque"
    lines = ["Résultats",
             "Dans le second groupe, la discussion sur les gardes a été longue. Une intervention, que "
             "l'enregistrement ne permet pas d'attribuer, l'a close :",
             "« Tant qu'on ne sera pas payés pour la nuit, personne ne voudra la faire. »",
             "Les autres participants ont approuvé."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "personne ne voudra la faire")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_changed_first_name_keeps_no_mark(gazetteer):
    lines = ["Résultats",
             "« Le soir, je ne sais pas à qui parler de ce que j'ai vu dans la journée. » (Inès*, 22 ans, "
             "étudiante infirmière, Albi)",
             "« On se débrouille entre nous, sur le groupe de la promo. » (Théo*, 23 ans, étudiant, Castres)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je ne sais pas à qui parler")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Inès", "Occitanie")
    assert _at(text, segs, "sur le groupe de la promo").speaker == "Théo"


# s50: a memoir's recruitment annex — a poster's text in guillemets under its heading, a flow chart
# counting its steps in a table — and an interview guide's presentation read at each interview.
RECRUITMENT = [
    "Mémoire de master – Annexes",
    "Annexe 2 – Matériel de recrutement",
    "2.1. Affichette remise aux aidants",
    "« Vous accompagnez un proche atteint de la maladie d'Alzheimer ? Votre expérience nous intéresse. »",
    "Annexe 3 – Diagramme de recrutement",
    "| Étape | Effectif |",
    "| Affichettes remises par les pharmacies relais | 48 |",
    "| Aidants ayant pris contact avec l'enquêtrice | 15 |",
    "| Entretiens réalisés au domicile des aidants | 11 |",
    "Annexe 4 – Guide d'entretien",
    "Présentation (lue au début de chaque entretien) : « Je suis étudiante en master de santé publique. Je "
    "m'intéresse à la façon dont les aidants organisent les soins à domicile. L'entretien durera une heure. »",
]


def _annexes(lines: list[str], heads: list[int]) -> list[dict]:
    return [{**row, "kind": "annex"} for row in heading_structure(lines, heads)]


def test_a_posters_text_a_count_table_and_a_guides_presentation_are_no_ones_words(gazetteer):
    text, segs = segment_lines(RECRUITMENT, gazetteer, doc={"kind": "memoire"}, structure=_annexes(RECRUITMENT, [1, 2, 4, 9]))
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
    # an annex table whose number column names the interview: its rows are verbatims
    lines = RECRUITMENT[:5] + ["| Extrait | Entretien |",
                               "| On ne dort plus, on écoute s'il se lève la nuit et on se relève avec lui | 3 |"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"}, structure=_annexes(lines, [1, 2, 4]))
    assert _at(text, segs, "On ne dort plus").kind in ("verbatim", "turn")


def test_a_consultation_table_of_bodies_the_person_they_sent_and_their_words(gazetteer):
    # s52: "Structure | Représentée par | Position": the body in one cell, the person and what
    # they are in the next, their words in the third
    record = [
        "Concertation des partenaires du 4 mars 2025 à Saugues",
        "Chaque structure a exprimé sa position ; les propos ont été notés mot à mot.",
        "| Structure | Représentée par | Position exprimée |",
        "| Délégation départementale de l'ARS | M. Paul Brun, chargé de mission | « Nous pouvons financer l'étude de faisabilité, pas le fonctionnement. » |",
        "| URPS pharmaciens | Mme Anne Ribes, pharmacienne à Saugues | « Les officines sont prêtes à ouvrir le samedi après-midi à tour de rôle. » |",
        "| Commune de Saugues | Mme Iris Teyssier, adjointe au maire | « Nous prêtons la salle des fêtes pour les réunions du soir. » |",
        "La séance est levée à 21 heures.",
    ]
    text, segs = segment_lines(record, gazetteer)
    s = _at(text, segs, "Nous pouvons financer l'étude")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. Paul Brun", "institutionnel_ars")
    s = _at(text, segs, "Les officines sont prêtes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Anne Ribes", "institutionnel_urps")
    s = _at(text, segs, "Nous prêtons la salle des fêtes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Iris Teyssier", "elu")
