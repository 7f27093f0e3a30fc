"""A voice of several informants at once ("Plusieurs participants :", "les participants répondent
d'une seule voix : « … »") takes the one role all the document's other voices share; when they
differ it stays unknown (segment/group_voices.py, s29-segroles13)."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.group_voices import group_voice
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_group_words():
    assert group_voice("Plusieurs participants")
    assert group_voice("les participants")
    assert group_voice("Tous :")
    assert not group_voice("Gisèle (72 ans)")
    assert not group_voice("la pharmacienne")


def test_a_users_group_answer_among_users(gazetteer):
    text, segs = segment_lines([
        "Annexe 2 – Groupe d'usagers du Nord Basse-Terre (Sainte-Rose, 9 novembre 2022)",
        "Six habitants de Sainte-Rose et de Deshaies ont participé.",
        "Animatrice : Qu'est-ce qui a changé pour vous depuis le covid ?",
        "Gisèle (72 ans) : Pour moi, rien. J'attends toujours trois semaines pour voir le docteur.",
        "Jean-Claude (66 ans, aidant) : Moi je m'occupe de ma femme, elle est diabétique, et l'infirmière passe tous les matins.",
        "Animatrice : Est-ce que vous avez entendu parler de la CPTS ?",
        "Plusieurs participants : Non, jamais.",
        "Maryse (45 ans) : Moi si, parce que j'ai eu le numéro pour le vaccin de ma mère.",
    ], gazetteer)
    assert segment_at(text, segs, "J'attends toujours").role == "autre"
    group = segment_at(text, segs, "Non, jamais")
    assert (group.kind, group.role) == ("turn", "autre")


def test_an_unseen_group_of_pharmacists_answering_in_one_voice(gazetteer):
    text, segs = segment_lines([
        "2.3 Les gardes du dimanche",
        "Le groupe réunissait sept pharmaciens de Haute-Corse, le 3 mars 2023, à Bastia.",
        "Interrogés par l'animateur sur une garde de plus, les participants répondent d'une seule voix : "
        "« on n'a plus personne à mettre au comptoir ».",
        "Une pharmacienne de Corte précise : « mes deux préparatrices font déjà des heures supplémentaires »."],
        gazetteer)
    assert segment_at(text, segs, "mes deux préparatrices").role == "pharmacien"
    group = segment_at(text, segs, "plus personne à mettre")
    assert (group.kind, group.role) == ("verbatim", "pharmacien")


def test_a_joint_answer_of_two_trades_stays_unknown(gazetteer):
    # near-miss: the other voices are a GP and a nurse, the group is neither
    text, segs = segment_lines([
        "Annexe 3 – Réunion de l'équipe de soins primaires de Lamballe",
        "Animatrice : Comment se passe la sortie d'hospitalisation ?",
        "Dr Morel (médecin généraliste) : Je reçois le compte rendu trois semaines après, quand il arrive.",
        "Sophie (infirmière libérale) : Moi je découvre le patient chez lui, sans ordonnance de sortie.",
        "Animatrice : Et la messagerie sécurisée ?",
        "Plusieurs participants : Personne ne l'ouvre, franchement.",
    ], gazetteer)
    assert segment_at(text, segs, "Je reçois le compte rendu").role == "medecin_generaliste"
    assert segment_at(text, segs, "je découvre le patient").role == "infirmier"
    assert segment_at(text, segs, "Personne ne l'ouvre").role in ("", "inconnu")


def test_a_voice_nobody_identified_has_no_speaker_and_no_role(gazetteer):
    # s39, unseen: a radio channel's extract in a debriefing, one voice the transcript says nobody
    # identified; near miss: the labelled posts keep their labels
    lines = ["Débriefing sécurité – extrait du canal radio 2",
             "POSTE 14 : Direction, poste 14. J'ai un commissaire au sol derrière le rail, il a chaud.",
             "DIRECTION : Bien reçu, on envoie le véhicule médical au poste 14.",
             "VOIX NON IDENTIFIÉE : Il y en a un autre au 12 qui a la tête qui tourne aussi.",
             "POSTE 14 : On était quatre au lieu de six, on ne pouvait pas tourner.",
             "DIRECTION : Compris, on en reparle au débriefing de ce soir."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "autre"})
    voice = segment_at(text, segs, "Il y en a un autre au 12")
    assert (voice.kind, voice.speaker, voice.role) == ("turn", "", "inconnu")
    assert segment_at(text, segs, "On était quatre").speaker == "POSTE 14"


def test_a_bare_voice_and_several_of_a_kind_name_nobody(gazetteer):
    # s44: "VOIX (salle d'attente) :" passing through an interview, "Plusieurs éducatrices :" at a team meeting
    text, segs = segment_lines([
        "Annexe 3 – Entretien avec K2, masseur-kinésithérapeute libéral à Aubenas",
        "Enquêteur : Comment présentez-vous l'activité physique à vos patients lombalgiques ?",
        "K2 : Je leur montre d'abord qu'ils peuvent bouger sans avoir mal, c'est la première étape.",
        "VOIX (salle d'attente) : Je vous laisse le chèque sur le comptoir, je suis garée en double file !",
        "K2 : Pardon. Donc oui, on commence par la marche, dix minutes, pas plus.",
        "Enquêteur : Et ensuite ?",
        "K2 : Ensuite on augmente chaque semaine, sans brusquer.",
    ], gazetteer)
    voice = segment_at(text, segs, "Je vous laisse le chèque")
    assert (voice.speaker, voice.role) == ("", "inconnu")
    text, segs = segment_lines([
        "Extrait du compte rendu de la réunion d'équipe du 14 mai – maison d'enfants",
        "Présents : la cheffe de service, la psychologue, quatre éducatrices dont Mélissa et Inès.",
        "La cheffe de service : On ne peut plus découvrir les fugues au petit déjeuner.",
        "Mélissa (éducatrice) : La nuit on est deux pour douze jeunes, on ne peut pas tout voir.",
        "La psychologue : Pour Kévin, la fugue est un aller vers sa mère, pas une rupture avec nous.",
        "Inès (éducatrice) : Il appelle sa mère tous les soirs depuis la cabine.",
        "Plusieurs éducatrices : Il faut des visites organisées chez les familles, avec nous.",
        "Mélissa (éducatrice) : Et un deuxième veilleur le week-end.",
        "La cheffe de service : Je saisis l'ASE cette semaine.",
    ], gazetteer)
    together = segment_at(text, segs, "Il faut des visites organisées")
    assert (together.kind, together.speaker, together.role) == ("turn", "", "inconnu")
