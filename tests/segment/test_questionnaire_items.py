"""A questionnaire's or an evaluation grid's items listed in guillemets under the author's lead-in
(segment/questionnaire_items.py): statements written for respondents to rate, nobody's words.
Look-alikes that must not change: interview extracts listed as bullets under "Extraits
d'entretiens :", open answers under "Réponses libres des répondants :", a list of quotes without
any instrument named, two items only."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.questionnaire_items import is_item_line, item_lines

SPEECH = {"turn", "verbatim", "moderator"}

GRID = [
    "Pour mesurer l'autonomie des élèves, nous avons retenu les indicateurs d'une grille de cycle 3.",
    "Nous avons ainsi noté :",
    "• « Je sais ce que je dois faire après la lecture de la consigne. »",
    "• « Je sais où trouver le matériel dont j'ai besoin »",
    "• « On ne me demande jamais de me remettre au travail »",
    "• « Je sais dire ce qui me bloque dans un problème »",
    "Ces indicateurs ne sont pas tous pertinents selon les dispositifs.",
]

SCALE = [
    "Le questionnaire de satisfaction remis aux patients de la maison de santé comportait une échelle en cinq points.",
    "Les patients devaient se positionner sur les affirmations suivantes :",
    "1. « Je peux joindre mon médecin facilement »",
    "2. « L'infirmière m'explique mes traitements »",
    "3. « Je sais qui appeler le week-end »",
]


@pytest.mark.parametrize("lines", [GRID, SCALE], ids=["grid", "scale"])
def test_listed_items_of_an_instrument_are_narrative(lines, gazetteer):
    text, segs = _segment(lines, gazetteer)
    assert {s.kind for s in segs} & SPEECH == set()


def test_an_item_line_holds_one_whole_quotation():
    assert is_item_line("• « Je sais où trouver les ressources »")
    assert is_item_line("2. « Je sais qui appeler »")
    assert not is_item_line("• « Je sais où trouver les ressources » (E3)")  # attributed: an extract
    assert not is_item_line("« Je sais où trouver les ressources »")  # no list mark
    assert item_lines(split_lines("\n".join(GRID))) == {2, 3, 4, 5}
    assert item_lines(split_lines("\n".join(GRID[:4]))) == set()  # two items: no run


EXTRACTS = [
    "Le questionnaire a été complété par des entretiens avec six infirmières de la CPTS du Trégor.",
    "Extraits d'entretiens :",
    "• « On s'appelait tous les matins pendant le premier confinement »",
    "• « Je prenais les patients du secteur nord, ma collègue ceux du sud »",
    "• « Sans la messagerie on n'aurait jamais tenu »",
]

ANSWERS = [
    "La dernière question du questionnaire était ouverte.",
    "Réponses libres des répondants :",
    "• « Les délais de rendez-vous sont trop longs »",
    "• « Je ne savais pas que la CPTS existait »",
    "• « Merci aux infirmières du centre de vaccination »",
]

NO_INSTRUMENT = [
    "Les coordinatrices rencontrées décrivent la même chose.",
    "Elles résument :",
    "• « On a tout inventé en trois semaines »",
    "• « Personne ne savait qui faisait quoi »",
    "• « Le lien avec l'hôpital a tout changé »",
]


def test_listed_interview_extracts_stay_speech(gazetteer):
    text, segs = _segment(EXTRACTS, gazetteer)
    assert item_lines(split_lines("\n".join(EXTRACTS))) == set()  # "entretiens": people's words
    assert _at(text, segs, "Je prenais les patients").kind == "verbatim"


def test_answers_and_lists_naming_no_instrument_are_no_items():
    assert item_lines(split_lines("\n".join(ANSWERS))) == set()  # "réponses", "répondants"
    assert item_lines(split_lines("\n".join(NO_INSTRUMENT))) == set()


# s24-segattr4: a Q-sort's statements, written in the first person by the researchers, quoted in the
# parenthesis after their number ("les énoncés 7 (« … »)"): nobody's words; a participant's comment in
# the same paragraph family stays speech.
QSET = [
    "Vingt-deux professionnels de la CPTS ont classé 36 énoncés, puis ont commenté en entretien post-tri "
    "les cartes placées aux extrémités.",
    "Ce facteur est défini par les énoncés 7 (« Je passe trop de temps à chercher qui fait quoi autour de mes "
    "patients ») et 22, placés tous deux du côté positif de la grille.",
    "Le participant 09, médecin généraliste, s'en explique : « Le mardi, je peux passer une heure à retrouver "
    "l'infirmière d'un patient sorti de l'hôpital. »",
]
# another instrument (a self-assessment grid's items), another trade
QSET_UNSEEN = [
    "Les 14 sages-femmes du réseau ont rempli une grille d'auto-évaluation de 20 items, puis en ont discuté "
    "en entretien.",
    "Le score le plus bas porte sur l'item 12 (« Je sais à qui adresser une patiente en détresse psychique »), "
    "coté 2 sur 5 en moyenne.",
]


@pytest.mark.parametrize("lines, snippet", [(QSET, "Je passe trop de temps"),
                                            (QSET_UNSEEN, "Je sais à qui adresser")])
def test_a_numbered_statement_in_parentheses_is_narrative(lines, snippet, gazetteer):
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, snippet).kind == "narrative"


def test_a_comment_beside_numbered_statements_stays_speech(gazetteer):
    # near-miss: the participant's comment, introduced by a colon, is speech
    text, segs = _segment(QSET, gazetteer)
    assert _at(text, segs, "je peux passer une heure").kind == "verbatim"
    # and a number in parentheses that follows no instrument word is no statement
    from corpus.segment.questionnaire_items import numbered_item
    assert not numbered_item("Une patiente de 78 ans (")
    assert numbered_item("défini par les énoncés 7 (")


def test_a_table_s_rated_items_and_model_wordings_are_nobody_s_words(gazetteer):
    # a staff survey's items with their results, a procedure's model wordings under their header (s48)
    from segment_text import segment_at, segment_lines

    lines = ["Baromètre social 2024. Les réponses libres des 212 répondants et leurs témoignages sont présentés "
             "en partie 3 ; ci-dessous, les items notés d'accord / pas d'accord.",
             "| Item | 2022 | 2024 | Évolution |",
             "| « Je peux échanger avec mon équipe quand j'en ai besoin » | 61 % | 66 % | + 5 |",
             "| « On me donne les moyens de bien faire mon travail » | 48 % | 44 % | – 4 |",
             "Typologie des demandes",
             "| Motif | Exemples de formulations types (non issues de demandes réelles) |",
             "| Accueil | « Personne ne m'a dit où se trouvait la salle d'attente » |",
             "| Attente | « J'ai attendu deux heures sans aucune nouvelle de mon père » |"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    for snippet in ("quand j'en ai besoin", "les moyens de bien faire", "où se trouvait la salle", "deux heures sans aucune"):
        assert segment_at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet


def test_a_survey_tool_s_coded_questions_are_narrative(gazetteer):
    """s53 (round 109): a survey tool's structure lists its questions under their codes ("Q02 – « … ? »
    (liste déroulante)"), the lead-in closing on a period; questions are nobody's answers. Codes
    leading quotations that are not questions stay speech."""
    text, segs = _segment([
        "Le questionnaire a été diffusé en mai ; 64 réponses ont été exportées.",
        "Les intitulés des questions, tels qu'ils figurent dans la structure du questionnaire, sont les suivants.",
        "Q01 – « Quel est votre métier ? » (liste déroulante)",
        "Q02 – « Dans quelle commune exercez-vous ? »",
        "Q03 – « Connaissez-vous le numéro de la CPTS ? » (Oui / Non)",
        "Q04_texte – « Que faudrait-il améliorer ? » [texte libre]",
    ], gazetteer)
    assert {s.kind for s in segs} & SPEECH == set()
    text, segs = _segment([
        "Les entretiens ont été menés auprès de quatre infirmières ; voici un extrait de chacun.",
        "E1 – « On se débrouille avec les moyens du bord, surtout le week-end. »",
        "E2 – « Personne ne nous prévient des sorties, on les découvre chez le patient. »",
        "E3 – « La messagerie sécurisée, je ne l'ouvre jamais, c'est trop lent. »",
    ], gazetteer)
    assert _at(text, segs, "On se débrouille avec les moyens").kind == "verbatim"


def test_coded_hypotheses_under_their_lead_in_are_nobodys_words(gazetteer):
    # (s55) "H1 « Si …, alors … »" under "Le comité a formulé quatre hypothèses :", a running head between two
    lines = ["3. Hypothèses causales",
             "Le comité de pilotage a formulé quatre hypothèses, que l'évaluation devra tester :",
             "H1 « Si le médecin traitant reçoit la fiche le jour de la sortie, alors il adapte le traitement. »",
             "H2 « Si l'infirmière appelle le patient dans les 48 heures, alors les difficultés sont repérées. »",
             "Protocole d'évaluation « Retour au domicile » – page 7",
             "H3 « Si le pharmacien réalise une conciliation à J7, alors les erreurs diminuent. »",
             "H4 « Si les professionnels partagent un outil commun, alors la coordination perdure. »"]
    text, segs = _segment(lines, gazetteer)
    for snippet in ("il adapte le traitement", "les difficultés sont repérées", "les erreurs diminuent",
                    "la coordination perdure"):
        assert _at(text, segs, snippet).kind == "narrative", snippet
