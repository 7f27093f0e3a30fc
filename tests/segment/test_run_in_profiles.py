"""Interview words without quotation marks after a run-in profile opening their paragraph, "SF
libérale, Béarn, 4 ans d'exercice : Je n'ai jamais …" or "Rép. 203 (médecin généraliste, Kourou) :
Impossible …" (segment/run_in_profiles.py); look-alikes: a heading's "Résultats :", a participants
list, a literature review, a single profiled paragraph."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.run_in_profiles import profile_lead

KINE = [
    "4.2. Les sorties d'hospitalisation vues par les kinésithérapeutes",
    "Les professionnels décrivent des retours à domicile mal préparés (Dupont, 2020).",
    "Kinésithérapeute libéral, Limousin, 8 ans d'exercice : On apprend la sortie par le patient lui-même, le vendredi soir. Je n'ai ni compte rendu ni prescription, alors je rappelle le service.",
    "Infirmière coordinatrice, service de rééducation, Creuse : Nous envoyons les courriers, mais nous ne savons jamais qui suit le patient en ville, c'est notre grande difficulté.",
    "Ces deux points de vue se rejoignent sur le manque d'interlocuteur identifié.",
]


def test_the_words_after_the_profile_are_a_quotation(gazetteer):
    text, segs = _segment(KINE, gazetteer)
    s = _at(text, segs, "On apprend la sortie par le patient")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "kinesitherapeute")
    assert _at(text, segs, "Nous envoyons les courriers").kind == "verbatim"
    assert _at(text, segs, "Kinésithérapeute libéral, Limousin").kind == "narrative"  # the profile itself
    assert _at(text, segs, "Ces deux points de vue se rejoignent").kind == "narrative"


def test_a_coded_answer_among_quoted_ones(gazetteer):
    survey = [
        "Réponses libres à la question 7",
        "Rép. 12 (infirmière libérale, Tulle) : « Je n'ai aucun retour de l'hôpital, je découvre les traitements chez le patient. »",
        "Rép. 40 (pharmacien, Brive-la-Gaillarde) : Nous recevons des ordonnances illisibles et personne à appeler le week-end, alors on dépanne comme on peut.",
        "Ces réponses confirment les résultats du chapitre 3.",
    ]
    text, segs = _segment(survey, gazetteer)
    s = _at(text, segs, "Nous recevons des ordonnances illisibles")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Rép. 40", "pharmacien")


def test_look_alikes_are_not_quotations(gazetteer):
    one = KINE[:3] + KINE[4:]  # a single profiled paragraph: no convention
    text, segs = _segment(one, gazetteer)
    assert _at(text, segs, "On apprend la sortie par le patient").kind != "verbatim"
    participants = [
        "Tableau 2 – Participants",
        "Infirmière libérale, 45 ans, Morvan : entretien du 3 mars 2023, quarante-cinq minutes, au cabinet.",
        "Pharmacien titulaire, 52 ans, Nièvre : entretien du 7 mars 2023, une heure, à l'officine.",
    ]
    text, segs = _segment(participants, gazetteer)
    assert all(s.kind != "verbatim" for s in segs)  # nobody speaks


def test_profile_lead_shapes():
    assert profile_lead("SF libérale, Pays basque, 12 ans d'exercice : On reçoit la demande")[0] == \
        "SF libérale, Pays basque, 12 ans d'exercice"
    assert profile_lead("Rép. 203 (médecin généraliste, Kourou) : Impossible d'obtenir")[1] == "Rép. 203"
    assert profile_lead("Résultats : Les données montrent une baisse") is None  # one field, no person
    assert profile_lead("Durand et Martin, 2021 : Les auteurs montrent que") is None  # a reference
    assert profile_lead("Le projet, porté par la CPTS depuis deux ans et suivi par l'ARS chaque trimestre avec des indicateurs : Nous") is None


# s52: a card in capitals (small capitals in the thesis) opens each extract without a colon, the
# words following in the same paragraph, or on the line of its own above them
CARDS = [
    "Partie 3. Ce que disent les équipes de nuit",
    "Huit entretiens (E1 à E8) ont été conduits dans trois établissements du Cantal.",
    "E3 – AIDE-SOIGNANTE DE NUIT – 52 ANS – 20 ANS DE MÉTIER Quand le résident tousse à deux heures, je reste avec lui et j'attends que ça passe, parce que je ne sais pas qui appeler.",
    "E7 – MÉDECIN GÉNÉRALISTE – 61 ANS – INSTALLÉ À MAURIAC",
    "Je laisse des consignes écrites pour la nuit, mais je sais bien qu'on ne les lit pas toujours à trois heures du matin.",
    "Ces deux témoignages montrent la solitude des équipes de nuit.",
]


def test_a_card_in_capitals_opens_the_extract_or_stands_above_it(gazetteer):
    text, segs = _segment(CARDS, gazetteer)
    s = _at(text, segs, "je reste avec lui et j'attends")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E3", "autre_paramedical")
    s = _at(text, segs, "Je laisse des consignes écrites")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E7", "medecin_generaliste")
    assert _at(text, segs, "Ces deux témoignages montrent").kind == "narrative"


def test_a_heading_in_capitals_is_no_card():
    assert profile_lead("PARTIE 3 – RÉSULTATS Les entretiens ont été conduits en 2023.") is None
    assert profile_lead("CPTS DU PAYS DE MAURIAC – RAPPORT D'ACTIVITÉ Le bilan de l'année est positif.") is None
