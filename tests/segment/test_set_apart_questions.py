"""Written interviews whose questions are set apart by typography and whose answers carry no
label (segment/set_apart_questions.py): questions in bold under a chapeau presenting the person,
in italics under an interview header, in capitals (extraction running each into its answer), or
quoted with an e-mail's reply mark. Look-alikes that stay narrative: an FAQ (the reader asks in the
first person, the answers address "vous"), a guide and an exam paper (nobody presented, nobody
answering in the first person)."""

from __future__ import annotations

from segment_text import heading_structure, line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

from corpus.segment.base import split_lines
from corpus.segment.set_apart_questions import cut_set_apart, set_apart_questions

# an unseen variant: a nurse in Haute-Saône, the press's bold questions, answers in "on" and "je"
PRESS = [
    "« Le soir, on se relaie »",
    "Julien Marchal, infirmier libéral à Vesoul, coordonne depuis deux ans la permanence des soins "
    "infirmiers du secteur. Il raconte comment elle s'est organisée.",
    "Comment la permanence a-t-elle démarré ?",
    "Par un tableau sur la porte du cabinet. On était six, on se passait les week-ends.",
    "Qu'est-ce qui a changé depuis ?",
    "Les pharmacies nous appellent directement. Je reçois les sorties d'hôpital le vendredi.",
    "Et demain ?",
    "Trouver des remplaçants pour l'été, sinon on ne tiendra pas.",
]


def test_bold_questions_under_a_chapeau_presenting_the_person(gazetteer):
    styles = line_styles(PRESS, {0, 2, 4, 6}, "bold")
    text, segs = _segment(PRESS, gazetteer, styles=styles)
    for answer in ("Par un tableau sur la porte", "Les pharmacies nous appellent", "Trouver des remplaçants"):
        seg = _at(text, segs, answer)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "Julien Marchal", "infirmier",
                                                                  "Bourgogne-Franche-Comté")
    for question in ("Comment la permanence", "Qu'est-ce qui a changé", "Et demain ?", "Julien Marchal, infirmier"):
        assert _at(text, segs, question).kind not in ("turn", "verbatim")


def test_italic_questions_under_an_interview_header(gazetteer):
    lines = ["Entretien 4 – M. T., 71 ans, patient suivi par la maison de santé de Lodève (34)",
             "Qui vient chez vous depuis votre sortie ?",
             "L'infirmière, tous les matins. Moi je ne conduis plus, alors c'est bien.",
             "Et le médecin ?",
             "Il passe quand elle l'appelle. Je n'ai jamais eu à courir après."]
    styles = line_styles(lines, {1, 3}, "italic")
    text, segs = _segment(lines, gazetteer, styles=styles)
    assert [text[s.char_start:s.char_end].split(".")[0] for s in _speech(segs)] == ["L'infirmière, tous les matins",
                                                                                   "Il passe quand elle l'appelle"]
    assert {s.region for s in _speech(segs)} == {"Occitanie"}


def test_capital_questions_run_into_their_answers_are_cut():
    line = ("QUI VOUS A PARLÉ DE LA CPTS ? Un collègue kiné, au marché. Je n'y croyais pas trop.\n"
            "ET MAINTENANT ?\nJ'y vais à chaque réunion, on a monté un atelier chutes.\n")
    lines = split_lines("Entretien n° 3 (kinésithérapeute, Auch)\n" + line)
    cut = cut_set_apart(lines, None, "")
    assert [ln.text for ln in cut][1:3] == ["QUI VOUS A PARLÉ DE LA CPTS ? ", "Un collègue kiné, au marché. Je n'y croyais pas trop."]
    assert sorted(set_apart_questions(cut, None, "")) == [1, 3]


def test_reply_marked_questions_of_an_e_mail(gazetteer):
    lines = ["Annexe 2 – Entretien n° 5, par courriel",
             "> 1. Depuis quand travaillez-vous avec la CPTS ?",
             "Depuis 2021. Je suis arrivée par le groupe plaies. > 2. Qu'attendez-vous d'elle ?",
             "Qu'elle nous trouve un médecin pour les visites, je n'ai pas d'autre demande."]
    text, segs = _segment(lines, gazetteer)
    assert [text[s.char_start:s.char_end].split(".")[0] for s in _speech(segs)] == ["Depuis 2021",
                                                                                   "Qu'elle nous trouve un médecin pour les visites, je n'ai pas d'autre demande"]
    assert _at(text, segs, "Qu'attendez-vous").kind not in ("turn", "verbatim")


def test_the_apposition_may_come_before_the_name_and_the_answer_run_over_paragraphs(gazetteer):
    lines = ["Trois questions à une coordinatrice",
             "Infirmière libérale à Vesoul depuis 2010, Julie Martin coordonne la maison de santé des Rêpes.",
             "Pourquoi une maison de santé ?",
             "Parce que seule, je ne tenais plus.",
             "Les médecins du quartier partaient à la retraite, il fallait réagir.",
             "Quel bilan ?",
             "On a gagné du temps sur les sorties d'hôpital, et je dors mieux."]
    text, segs = _segment(lines, gazetteer, styles=line_styles(lines, {0, 2, 5}, "bold"))
    first = _at(text, segs, "Parce que seule")
    assert (first.kind, first.speaker, first.role) == ("turn", "Julie Martin", "infirmier")
    assert "il fallait réagir" in text[first.char_start:first.char_end]


def test_bulleted_questions_dashed_answers_and_a_civility_in_the_legend(gazetteer):
    # "•" questions, "–" answers; the person "Mme D., pharmacienne …" in the sentence above
    lines = ["Annexe 3 – Retranscription de l'entretien n°2",
             "Les questions sont précédées d'une puce. Réponses de Mme D., pharmacienne titulaire à Figeac (Lot).",
             "• Depuis quand travaillez-vous avec la CPTS ?",
             "– Depuis 2021. J'ai rejoint le groupe vaccination.",
             "• Qu'est-ce qui a changé ?",
             "– On a un protocole cystite, je le fais tous les jours."]
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "Depuis 2021")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "Mme D.", "pharmacien", "Occitanie")
    assert _at(text, segs, "Qu'est-ce qui a changé").kind not in ("turn", "verbatim")


def test_an_e_mail_signature_names_who_answered(gazetteer):
    lines = ["Annexe 6 – Réponses reçues par courriel",
             "> Comment avez-vous connu la CPTS ?",
             "Par le pharmacien du bourg. Je ne savais pas que les podologues pouvaient adhérer.",
             "> Que faudrait-il changer ?",
             "Qu'on nous prévienne des réunions plus tôt, je travaille le soir.",
             "Bien à vous,",
             "Thomas Girardin",
             "Pédicure-podologue"]
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "Par le pharmacien du bourg")
    assert (seg.kind, seg.speaker) == ("turn", "Thomas Girardin")


def test_an_faq_in_bold_is_no_interview(gazetteer):
    # near miss: the reader asks in the first person, the answers address "vous"
    lines = ["Cabinet infirmier de Vesoul – vos questions",
             "Je sors de l'hôpital samedi, puis-je avoir une infirmière le dimanche ?",
             "Oui. Appelez le cabinet la veille ; vous pouvez aussi laisser un message.",
             "Mon traitement peut-il être livré ?",
             "Votre pharmacie livre le mardi et le vendredi si vous ne pouvez pas vous déplacer."]
    styles = line_styles(lines, {0, 1, 3}, "bold")
    assert set_apart_questions(split_lines("\n".join(lines)), None, "") == {}
    text, segs = _segment(lines, gazetteer, styles=styles)
    assert _speech(segs) == []


def test_a_guide_or_an_exam_paper_with_bold_questions_is_no_interview(gazetteer):
    # near miss: questions answered by the author, nobody presented above them
    lines = ["UE 2.4 – Sujet corrigé",
             "Qu'est-ce qu'une CPTS ?",
             "Une communauté professionnelle territoriale de santé regroupe les professionnels d'un territoire.",
             "Quel est le rôle de l'infirmier dans le parcours ?",
             "Il assure la continuité des soins et je rappelle qu'il coordonne les passages à domicile.",
             "Qui finance la coordination ?",
             "L'assurance maladie, par l'accord conventionnel interprofessionnel."]
    styles = line_styles(lines, {1, 3, 5}, "bold")
    text, segs = _segment(lines, gazetteer, styles=styles)
    assert _speech(segs) == []


# s27-segr46a: a questionnaire (Proust's, a portrait chinois) whose answers follow each question ON THE
# SAME LINE after the question mark, no label (round 46's Sada midwife). Unseen variant: a pharmacist in
# Lozère, a local paper's summer column.
RUN_IN = [
    "Cinq questions à…",
    "Bernard Soulier, pharmacien titulaire à Marvejols depuis 2006, a accepté de répondre à nos questions.",
    "Votre premier souvenir d'officine ? La balance en cuivre de mon grand-père, à Langogne.",
    "Ce qui vous agace le plus ? Les ruptures de stock, on passe la matinée au téléphone.",
    "Votre remède contre la fatigue ? Une marche sur l'Aubrac, seul, sans téléphone.",
    "Le métier que vous n'auriez pas aimé faire ? Aucun, j'aurais fait n'importe quoi dehors.",
    "Merci à lui ! La semaine prochaine, une infirmière de Florac se prête au jeu.",
]


def test_a_questionnaire_answered_on_the_question_line_is_the_presented_person(gazetteer):
    text, segs = _segment(RUN_IN, gazetteer)
    for snippet in ("La balance en cuivre", "Les ruptures de stock", "Une marche sur l'Aubrac", "Aucun, j'aurais fait"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Bernard Soulier", "pharmacien", "Occitanie")
        assert "?" not in s.text  # the question is not the answer's
    assert _at(text, segs, "Votre premier souvenir").kind not in ("turn", "verbatim")
    # the editor's line under the last answer is not a further answer
    assert _at(text, segs, "une infirmière de Florac").kind == "narrative"


def test_rhetorical_questions_opening_paragraphs_are_no_questionnaire(gazetteer):
    # near-miss: a columnist's questions answered at once, addressed to nobody ("Que faire ?"), and an
    # FAQ whose answers address the reader: narrative
    article = [
        "Désert médical : la Lozère cherche ses internes",
        "Bernard Soulier, pharmacien titulaire à Marvejols, a réuni les élus le 3 mai.",
        "Que faire ? Les élus proposent un logement gratuit aux internes de passage.",
        "Pourquoi Marvejols ? Parce que la maison de santé y est déjà ouverte, je le rappelle.",
        "Et après ? Le conseil départemental votera le budget en juin.",
    ]
    text, segs = _segment(article, gazetteer)
    assert not _speech(segs)
    faq = [
        "Questions fréquentes",
        "Vous avez perdu votre carte Vitale ? Vous pouvez la déclarer sur votre compte en ligne.",
        "Votre médecin part en retraite ? Vous devez déclarer un nouveau médecin traitant.",
        "Vous déménagez ? Vous mettez à jour votre adresse auprès de votre caisse.",
    ]
    text, segs = _segment(faq, gazetteer)
    assert not _speech(segs)


def test_an_interview_sheet_s_interviewer_field_names_who_asked():
    """s45 (round 93's oral-history review): a sheet of fields above the story, "Témoin : Odette V., née en
    … ; infirmière au dispensaire …" then "Enquêtrice : Claire Mazoyer, historienne": the witness is the
    person presented, her trade in a field after the semicolon; the interviewer's field names who asked.
    Near miss: a sentence that mentions the interviewer before the person presented keeps that person."""
    from corpus.segment.set_apart_questions import presented_person

    sheet = ["Témoin : Lucien B., né en 1931 à Decazeville ; mineur de fond puis infirmier de la mine, de 1958 "
             "à 1986.", "Enquêteur : Paul Fabre, sociologue. Date : 3 mars 2024. Lieu : Aubin."]
    assert presented_person(sheet) == ("Lucien B.", "mineur de fond puis infirmier de la mine, de 1958 à 1986")
    assert presented_person(sheet[1:]) == ("", "")
    prose = ["Les questions de l'enquêtrice sont en gras, les réponses de Mme D., infirmière libérale à Rodez."]
    assert presented_person(prose)[0] == "Mme D."


# ---- a weekly's interview: the chapeau presents the person by a copula, a closer ends it (s46) ---

WEEKLY = [
    "L'Écho du Bocage – semaine du 10 au 16 mars 2025 – page 7",
    "Déserts médicaux : « On bricole tous les jours »",
    "Sophie Berthelot est infirmière libérale à Bressuire depuis 2009. Elle a vu partir trois médecins du "
    "canton en deux ans. Nous lui avons posé trois questions.",
    "Combien de patients suivez-vous aujourd'hui ?",
    "— Une soixantaine, dont la moitié n'a plus de médecin traitant. On fait le lien avec les urgences de Niort.",
    "Qu'est-ce qui a changé depuis le départ des médecins ?",
    "— Les ordonnances arrivent en retard et on passe des heures au téléphone pour des renouvellements.",
    "Et ce qui vous aiderait ?",
    "— Un protocole de coopération, qu'on puisse adapter un traitement sans attendre une consultation.",
    "Propos recueillis par Julien Marot",
]


def test_a_press_interview_closed_by_its_collector_is_the_chapeau_s_person(gazetteer):
    text, segs = _segment(WEEKLY, gazetteer, styles=line_styles(WEEKLY, {1, 3, 5, 7}, "bold"),
                          structure=heading_structure(WEEKLY, [1, 3, 5, 7]))
    for answer in ("Une soixantaine, dont la moitié", "Les ordonnances arrivent en retard", "Un protocole de coopération"):
        s = _at(text, segs, answer)
        assert (s.speaker, s.role, s.region) == ("Sophie Berthelot", "infirmier", "Nouvelle-Aquitaine")
        assert s.kind in ("turn", "verbatim")
    assert _at(text, segs, "Combien de patients suivez-vous").kind == "moderator"


MAGAZINE_EXPERT = [
    "Bulletin de l'association des insuffisants respiratoires – printemps 2025",
    "L'avis du spécialiste",
    "Le Dr Hervé Castel est pneumologue au centre hospitalier de Vannes et conseiller de l'association.",
    "Faut-il faire du sport avec une insuffisance respiratoire ?",
    "Oui, et c'est même le meilleur traitement que je connaisse, à condition d'être accompagné au début.",
    "Et quand on a peur de s'essouffler ?",
    "On commence par la marche, dix minutes, et on allonge un peu chaque semaine.",
    "Agenda",
    "Marche solidaire le 12 avril au départ du port de Vannes.",
]


def test_two_questions_under_a_line_presenting_one_person_are_that_person_s_short_interview(gazetteer):
    # the questions in bold, the presentation in italics, as a magazine sets them
    styles = line_styles(MAGAZINE_EXPERT, {1, 3, 5, 7}, "bold") + line_styles(MAGAZINE_EXPERT, {2}, "italic")
    text, segs = _segment(MAGAZINE_EXPERT, gazetteer, styles=styles, structure=heading_structure(MAGAZINE_EXPERT, [1, 3, 5, 7]))
    s = _at(text, segs, "le meilleur traitement que je connaisse")
    assert (s.kind, s.speaker, s.role) == ("turn", "Hervé Castel", "hospitalier")  # a hospital body wins
    assert _at(text, segs, "On commence par la marche").speaker == "Hervé Castel"
    assert _at(text, segs, "Marche solidaire le 12 avril").kind == "narrative"
