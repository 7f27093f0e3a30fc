"""Turns of a focus group that are no single participant's plain turn (segment/conventions.py TURN,
JOINED_CODES; segment/turns.py): an overlap noted after the label, "IDE4 (en même temps que IDE2) :"
(the turn is IDE4's, the note no part of the label: lang/fr/fallbacks.yaml group_speech_words);
codes joined by a plus sign, "IDE1 + IDE3 :" (the same words said together: a turn of no single
speaker, its role the one the codes share); a code nothing describes, "IDE2 :", whose letters name
the profession. Session 22 (segspeak17, round 40): a Mayotte focus group."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_overlap_joint_answer_and_code_letters(gazetteer):
    lines = ["Annexe 9 – Transcription du focus group infirmier",
             "Date : 18 avril 2024 – Lieu : centre de consultation de Mamoudzou – Participants : IDE1 (centre de "
             "Dembéni), IDE2 (centre de Mamoudzou), IDE3 (centre de Sada), IDE4 (infirmière libérale, Mamoudzou).",
             "Animatrice : Pour commencer, qu'est-ce qui a changé pour vous depuis l'épidémie de choléra ?",
             "IDE2 : Pour moi tout a changé dans l'organisation. On a dû faire des tournées avec les médiateurs.",
             "IDE4 (en même temps que IDE2) : Oui, les médiateurs, c'est la clé.",
             "Animatrice : Et l'eau, justement, c'était un sujet dans vos consultations ?",
             "IDE1 + IDE3 : Tous les jours !",
             "IDE3 : À Sada, pendant les coupures, on demandait aux patients s'ils arrivaient à boire assez."]
    text, segs = segment_lines(lines, gazetteer)
    plain = segment_at(text, segs, "Pour moi tout a changé")
    assert (plain.kind, plain.speaker, plain.role) == ("turn", "IDE2", "infirmier")
    overlap = segment_at(text, segs, "les médiateurs, c'est la clé")
    assert (overlap.kind, overlap.speaker, overlap.role) == ("turn", "IDE4", "infirmier")
    joint = segment_at(text, segs, "Tous les jours")
    assert (joint.kind, joint.role) == ("turn", "infirmier")
    assert joint.speaker == "IDE1 + IDE3"  # s23-segattr3: the joined codes name who spoke (round 40's reader)
    assert segment_at(text, segs, "c'était un sujet").kind == "moderator"


def test_another_group_with_simultaneous_answers(gazetteer):
    # unseen variant: GPs coded MG, a moderator "M", "simultanément", two codes joined at the start
    lines = ["Focus group n°2 – maison de santé de Loudéac, 12 mars 2023",
             "M : Est-ce que la CPTS a changé vos gardes du samedi ?",
             "MG3 : Pas vraiment, on tournait déjà entre nous avant la CPTS, à quatre cabinets.",
             "MG1 (simultanément avec MG3) : Si, un peu, la régulation nous envoie moins de monde.",
             "M : Et les soins non programmés en semaine ?",
             "MG1 + MG2 + MG3 : C'est le vrai problème, oui.",
             "MG2 : Moi je garde deux créneaux par jour, sinon je ne tiens pas."]
    text, segs = segment_lines(lines, gazetteer)
    overlap = segment_at(text, segs, "Si, un peu, la régulation")
    assert (overlap.kind, overlap.speaker, overlap.role) == ("turn", "MG1", "medecin_generaliste")
    joint = segment_at(text, segs, "C'est le vrai problème")
    assert (joint.kind, joint.speaker, joint.role) == ("turn", "MG1 + MG2 + MG3", "medecin_generaliste")
    assert segment_at(text, segs, "Moi je garde deux créneaux").role == "medecin_generaliste"


def test_an_arithmetic_line_and_a_parenthesised_remark_are_no_turns(gazetteer):
    # near-miss: a budget sum "A1 + A2 : …" in a report, and a heading with a parenthesis
    lines = ["Tableau 3. Budget de l'action (en euros)",
             "A1 + A2 : 12 400 euros pour la coordination des deux premières années du projet de santé.",
             "Objectif 2 (en même temps que l'objectif 1) : réduire les passages aux urgences du samedi."]
    _, segs = segment_lines(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim", "moderator")]


def test_joined_codes_said_to_speak_together_are_a_group(gazetteer):
    # s23-segattr3 near-miss: "(ensemble)" after the joined codes says a group spoke, no one person
    # (round 10's reader: speaker ''), while "IDE1 + IDE3 :" alone names the two who spoke
    lines = ["Légende : M, modératrice ; G1-P2, infirmière, Roanne ; G1-P4, infirmière, Feurs.",
             "M : Vous avez eu des nouvelles du protocole de coopération ?",
             "G1-P2 : On l'attend depuis l'hiver, personne ne sait où il en est.",
             "G1-P2 et G1-P4 (ensemble) : Toujours rien !",
             "G1-P4 : Moi j'ai relancé la CPTS la semaine dernière, sans réponse."]
    text, segs = segment_lines(lines, gazetteer)
    together = segment_at(text, segs, "Toujours rien")
    assert (together.kind, together.speaker) == ("turn", "")


def test_a_joint_label_with_a_transcribers_note_before_its_colon(gazetteer):
    # s44: "I2 et P1 [en même temps] :": two participants at once, the overlap noted in brackets
    text, segs = segment_lines([
        "Annexe 5 – Focus group du 12 mai 2023, maison de santé de Bernay",
        "| Code | Profession | Commune |",
        "| M1 | Médecin généraliste | Bernay |",
        "| I2 | Infirmière libérale | Brionne |",
        "| P1 | Pharmacienne titulaire | Bernay |",
        "Modératrice : Que reste-t-il de la campagne de vaccination ?",
        "M1 : La fatigue, surtout, et des numéros de téléphone qu'on garde.",
        "Modératrice : Vous vous souvenez des samedis ?",
        "I2 et P1 [en même temps] : Oh oui, les samedis avec les glacières !",
        "I2 : Et le froid dans la salle polyvalente.",
    ], gazetteer)
    joint = segment_at(text, segs, "les samedis avec les glacières")
    assert (joint.kind, joint.speaker, joint.role) == ("turn", "", "inconnu")
    assert segment_at(text, segs, "Et le froid dans la salle").speaker == "I2"
