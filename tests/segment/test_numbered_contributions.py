"""Written contributions numbered in a consultation's or a public inquiry's report
(segment/numbered_contributions.py): "Contribution n° 12 (URPS …) : « … »", "Observation n° 7 –
courriel – Dr … :" over « … ». Near-misses: the institution's answer quoting a phrase, the inquiry
officer's comment, a contribution counted in prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

CONSULTATION = [
    "Schéma territorial de santé mentale – bilan de la concertation",
    "L'ARS Bretagne a reçu 18 contributions écrites, citées ci-dessous telles que reçues.",
    "Avis n° 3 (Union départementale des associations familiales) : « Les familles attendent des mois "
    "un premier rendez-vous au centre médico-psychologique. »",
    "Réponse de l'agence : la mention « délais de premier rendez-vous » a été ajoutée à l'objectif 4.",
    "Observation n° 5 – registre papier – Mme Hélène Le Floc'h, infirmière libérale à Vannes :",
    "« Nous sommes appelées le soir pour des crises que personne d'autre ne prend. »",
    "Commentaire de la commission : la commission prend acte de cette observation.",
    "Observation n° 6 – courriel – anonyme :",
    "« Il n'y a plus de psychiatre à moins d'une heure de route. »",
]


def test_contributions_are_their_authors_words(gazetteer):
    text, segs = _segment(CONSULTATION, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Les familles attendent des mois")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Union départementale des associations familiales", "Bretagne")
    s = _at(text, segs, "Nous sommes appelées le soir")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Hélène Le Floc'h", "infirmier", "Bretagne")
    s = _at(text, segs, "Il n'y a plus de psychiatre")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "délais de premier rendez-vous").kind == "narrative"
    assert _at(text, segs, "la commission prend acte").kind == "narrative"
    assert len(_speech(segs)) == 3


PROSE = [
    "La contribution n° 4 reprend la formule du schéma : « parcours sans rupture ».",
    "Observation : le registre a été ouvert le 4 mars.",
]


def test_a_contribution_named_in_prose_is_no_lead(gazetteer):
    text, segs = _segment(PROSE, gazetteer, doc={"kind": "rapport"})
    assert _speech(segs) == []


# s24-segattr4: a complaint quoted by its file number, the parenthesis saying how the words came and
# from whom (a letter, an e-mail, a mediation): nobody named, no speaker; the head of department's
# named answer after a circumstance between commas is his.
COMPLAINTS = [
    "Rapport annuel de la commission des usagers – Centre hospitalier de Lisieux",
    "Les extraits ci-dessous ont été choisis par les représentants des usagers ; les noms ont été retirés.",
    "Réclamation n° 2023-041 (courrier d'une patiente de 78 ans, reçu le 3 avril) : « J'ai attendu neuf heures "
    "sur un brancard dans le couloir. »",
    "Réclamation n° 2023-087 (courriel du fils d'un patient hospitalisé) : « Personne n'a pu me dire où était "
    "mon père pendant toute la nuit. »",
    "Dans sa réponse, transmise à la commission, le Dr Hervé Lemonnier, chef du service des urgences, "
    "reconnaît les faits : « Les délais de prise en charge de nuit ont dépassé tout ce qui est acceptable. »",
]
# another hospital, another year, other channels, a head of paediatrics
COMPLAINTS_UNSEEN = [
    "Bilan 2022 de la commission des usagers – Centre hospitalier de Dole",
    "Doléance n° 2022-118 (lettre de la mère d'un enfant opéré) : « On nous a laissés sans nouvelles pendant "
    "toute l'intervention. »",
    "Réclamation n° 2022-203 (médiation non médicale du 2 juin, propos du plaignant consignés par la médiatrice) : "
    "« Je veux simplement savoir qui a décidé de le renvoyer chez lui. »",
    "Dans un courrier du 12 juillet, la Dr Sophie Marchetti, cheffe du service de pédiatrie, explique : « Nous "
    "avons revu l'information donnée aux parents pendant les interventions. »",
]


def test_a_complaint_by_file_number_has_no_speaker(gazetteer):
    text, segs = _segment(COMPLAINTS, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "J'ai attendu neuf heures")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Normandie")
    s = _at(text, segs, "Personne n'a pu me dire")
    assert (s.kind, s.speaker) == ("verbatim", "")
    s = _at(text, segs, "ont dépassé tout ce qui est acceptable")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hervé Lemonnier", "hospitalier")
    assert _at(text, segs, "choisis par les représentants").kind == "narrative"


def test_a_complaint_by_file_number_unseen(gazetteer):
    text, segs = _segment(COMPLAINTS_UNSEEN, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "On nous a laissés sans nouvelles")
    assert (s.kind, s.speaker) == ("verbatim", "")
    s = _at(text, segs, "qui a décidé de le renvoyer")
    assert (s.kind, s.speaker) == ("verbatim", "")
    s = _at(text, segs, "Nous avons revu l'information")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sophie Marchetti", "hospitalier")


def test_a_named_contributor_stays_the_speaker(gazetteer):
    # near-miss: the parenthesis names an organisation (no channel word first): it speaks
    text, segs = _segment(["Contribution n° 2023-12 (URPS pharmaciens) : « Les officines sont prêtes à "
                           "vacciner toute l'année. »"], gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Les officines sont prêtes")
    assert (s.kind, s.speaker) == ("verbatim", "URPS pharmaciens")


# s24-segwritten5: a mediator's files ("Saisine n° …") and a paper questionnaire's numbered answers
MEDIATION = [
    "Rapport annuel de la médiatrice – CPAM du Cher",
    "Saisine n° 2023-18 (courrier manuscrit d'une assurée de Vierzon, 52 ans) : « Cela fait trois mois que je ne "
    "touche plus rien et personne ne me rappelle. »",
    "Avis de la médiatrice : le dossier a été régularisé en mai.",
]
# another fund, another year, a complaint; questionnaires of another island
MEDIATION_UNSEEN = [
    "Bilan 2022 du conciliateur – CPAM de la Sarthe",
    "Plainte n° 2022-41 (courriel d'un retraité du Mans) : « On m'a radié sans prévenir, je n'ai plus de "
    "complémentaire depuis l'été. »",
    "Questionnaire n° 14 (homme, 52 ans, Le Mans) : « Mon kiné a fermé et je dois aller à Alençon chaque semaine. »",
    "Questionnaire n° 21 (femme, 34 ans) : « On attend trop longtemps au cabinet, je viens avec les enfants. »",
]


def test_a_mediators_file_is_the_insured_persons_words(gazetteer):
    text, segs = _segment(MEDIATION, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Cela fait trois mois que je ne")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Centre-Val de Loire")
    assert _at(text, segs, "le dossier a été régularisé").kind == "narrative"


def test_a_complaint_and_questionnaire_answers_unseen(gazetteer):
    text, segs = _segment(MEDIATION_UNSEEN, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "On m'a radié sans prévenir")
    assert (s.kind, s.speaker) == ("verbatim", "")
    s = _at(text, segs, "Mon kiné a fermé")
    # a respondent described by sex and age: nobody named, one of the public
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Pays de la Loire")
    s = _at(text, segs, "On attend trop longtemps")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")


def test_a_questionnaires_numbered_question_is_no_answer(gazetteer):
    # near-miss: the question itself, numbered, no respondent in parentheses
    text, segs = _segment(["Questionnaire n° 2 : « Avez-vous un médecin traitant sur la commune ? »",
                           "Les réponses sont détaillées plus bas."], gazetteer, doc={"kind": "these"})
    assert not _speech(segs)


WALL = [
    "4.1. Le mur numérique de la consultation « Santé au Pays de Retz »",
    "Le mur est resté ouvert trois semaines ; 96 post-it y ont été déposés dans deux colonnes.",
    "Colonne « Nos difficultés »",
    "Post de Gwenaëlle T. (Pornic, 8 votes) : « Pas de kiné qui se déplace à domicile, ma mère ne peut plus marcher. »",
    "Post anonyme (2 votes) : « Je n'ai pas de voiture et le car ne passe que deux fois par jour. »",
    "Colonne « Ce qui nous aide »",
    "Post de Hervé Guillou, infirmier (Paimbœuf, 17 votes) : « Nos tournées du samedi évitent beaucoup de passages aux urgences. »",
    "Les post-it de la première colonne sont deux fois plus nombreux.",
]


def test_a_collaborative_walls_posts_are_their_posters_words(gazetteer):
    text, segs = _segment(WALL, gazetteer)
    s = _at(text, segs, "Pas de kiné qui se déplace")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Gwenaëlle T.", "autre", "Pays de la Loire")
    s = _at(text, segs, "le car ne passe que deux fois")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    s = _at(text, segs, "Nos tournées du samedi")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Hervé Guillou", "infirmier", "Pays de la Loire")
    for prose in ("96 post-it y ont été déposés", "deux fois plus nombreux"):
        assert _at(text, segs, prose).kind == "narrative"


def test_one_post_lead_alone_makes_no_wall(gazetteer):
    # near-miss: an instruction sheet showing one example of a post's lead, no wall
    lines = ["Consignes pour les animateurs de l'atelier",
             "Affichez un exemple au démarrage, sous la forme suivante.",
             "Post de Prénom N. (Commune, 0 vote) : « Écrivez ici en une phrase ce qui vous manque. »",
             "Supprimez tout post-it injurieux."]
    _, segs = _segment(lines, gazetteer)
    assert not _speech(segs)


def test_a_complaint_numbered_with_a_two_digit_year_describes_its_author(gazetteer):
    # "n° 23-104": the year's two digits are the file number's, and the parenthesis describes the author
    # in lower case: nobody named (s48)
    lines = ["Rapport de la commission des usagers – année 2023",
             "Réclamation n° 23-104 (épouse d'un patient hospitalisé en cardiologie) : « On nous a donné trois "
             "horaires de visite différents dans la même journée. »",
             "La commission a demandé que les horaires soient affichés à l'entrée de chaque service."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "trois horaires de visite différents")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
