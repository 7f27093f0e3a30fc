"""A dialogue the document introduces as written (a play read in a ward, a training role-play, a
chatbot's example conversation, a voice server's script) is no one's speech; the same labels under
an introduction that names an interview or a recorded session stay turns."""

from __future__ import annotations

from types import SimpleNamespace

from segment_text import segment_at, segment_lines

from corpus.segment.base import TextLine
from corpus.segment.written_dialogues import introduced_as_written, written_dialogue

SPEECH = ("turn", "verbatim")


PLAY = ["Le 14 octobre, deux comédiens ont lu un extrait de la pièce « La Visite », écrite pour le service :",
        "LA MÈRE. – Tu es venu en train ? Il fallait me prévenir.",
        "LE FILS. – Je t'ai écrit trois fois, maman. L'infirmière t'a lu mes lettres.",
        "LA MÈRE. – L'infirmière lit ce qu'elle veut. Elle est gentille, remarque.",
        "LE FILS. – Elle dit que tu manges mieux depuis la semaine dernière."]

# the same layout, introduced as an interview (people said it)
INTERVIEW = ["Extrait de l'entretien avec une infirmière libérale et sa patiente, enregistré à domicile :",
             "INFIRMIÈRE. – Vous avez pu dormir cette nuit ? Je vous trouve fatiguée.",
             "PATIENTE. – Pas beaucoup, j'avais mal au pied et je n'osais pas vous appeler.",
             "INFIRMIÈRE. – Il faut m'appeler, c'est pour ça que je vous ai laissé mon numéro.",
             "PATIENTE. – Je sais bien, mais la nuit je ne veux pas déranger, vous comprenez."]


def test_introductions_that_name_a_written_dialogue():
    assert introduced_as_written("Exemple de conversation attendue (rédigé par l'équipe projet) :")
    assert introduced_as_written("Séquence 3 – JEU DE RÔLE : la sortie d'hospitalisation")
    assert introduced_as_written("La scène est lue chaque année avec les étudiants :")
    assert introduced_as_written("La troupe a d'abord joué une saynète écrite par les pharmaciens :")
    assert introduced_as_written("Le script ci-dessous a été rédigé par la coordinatrice.")


def test_look_alike_introductions_stay_speech():
    assert not introduced_as_written("Extrait de l'entretien n° 3 avec une pharmacienne :")
    # a recorded simulation session is people speaking (the decision in docs/ARCHITECTURE.md)
    assert not introduced_as_written("Transcription de la séance de simulation du 12 mars :")
    assert not introduced_as_written("Les infirmières décrivent leur première semaine de confinement :")


def test_a_play_read_in_a_ward_has_no_turn(gazetteer):
    text, segs = segment_lines(PLAY, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_the_same_labels_under_an_interview_stay_turns(gazetteer):
    text, segs = segment_lines(INTERVIEW, gazetteer)
    seg = segment_at(text, segs, "j'avais mal au pied")
    assert seg.kind in SPEECH


def test_a_chatbot_example_conversation_has_no_turn(gazetteer):
    lines = ["Exemple de conversation attendue (rédigé par l'équipe projet) :",
             "Utilisateur : je cherche un médecin traitant, le mien part à la retraite",
             "Assistant : « Je peux vous aider. Dans quelle commune habitez-vous ? »",
             "Utilisateur : Carpentras, et je n'ai pas de voiture",
             "Assistant : « Merci. Avez-vous une affection de longue durée ? »"]
    text, segs = segment_lines(lines, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_labels_spread_over_a_document_are_not_one_script():
    # the introduction names a scenario; the labelled lines of one block are a script, the same
    # labels far apart (a thesis whose annex also holds turns) are not judged so
    texts = ["Scénario de la séance, rédigé par les formateurs :",
             "Infirmière : Bonjour Madame, je passe pour le pansement.",
             "Patiente : Entrez, la porte est ouverte.",
             "Les étudiants ont ensuite joué la scène devant le groupe.",
             "Le débriefing a porté sur la transmission des informations.",
             "La grille d'observation comptait douze items.",
             "Les formateurs ont relevé les oublis les plus fréquents.",
             "Patiente : Je ne savais pas qui appeler pour mes médicaments."]
    lines, at = [], 0
    for k, t in enumerate(texts):
        lines.append(TextLine(k, at, at + len(t), t))
        at += len(t) + 1
    block = {"Infirmière": SimpleNamespace(lines=[1], kind="participant"),
             "Patiente": SimpleNamespace(lines=[2], kind="participant")}
    assert written_dialogue(block, lines)
    spread = {"Infirmière": SimpleNamespace(lines=[1], kind="participant"),
              "Patiente": SimpleNamespace(lines=[2, 7], kind="participant")}
    assert not written_dialogue(spread, lines)


def test_real_people_given_fictional_first_names_said_their_words():
    # segfix44 (round 35): an anonymisation's words say the people are real, only renamed
    assert not introduced_as_written("Trois professionnelles ont participé au groupe, désignées ici par des prénoms fictifs.")
    assert not introduced_as_written("Extrait du groupe focal du 7 juin ; les noms ont été modifiés.")
    # near-miss: an invented exchange stays written
    assert introduced_as_written("Voici un échange fictif entre une infirmière et un patient, écrit pour la formation.")


# s25-segtable1: a chat the thesis calls an "example" but reproduces with the parties' consent is a
# real exchange (round 44's teleconsultation); the doctor who asks ("Dr V. : … ?") is consulting,
# not interviewing, so both are speakers
CONSENTED_CHAT = [
    "3.1 Exemple d'échange",
    "L'échange suivant, reproduit avec leur accord, a eu lieu un samedi entre une infirmière de "
    "Saint-Georges-de-l'Oyapock et le médecin de garde du centre de santé.",
    "[09:12] Dr K. : Bonjour. Quelle est la glycémie ce matin ? Il a mangé ?",
    "[09:15] Solène : 0,62 à jeun, il a pris un jus. Je recontrôle dans quinze minutes.",
    "[09:31] Dr K. : Bien, on garde la dose du soir et on en reparle lundi.",
    "[09:33] Solène : D'accord, je note tout dans le cahier de liaison.",
    "Ce cas montre l'usage de la messagerie pour l'ajustement des traitements.",
]

# near-miss: the same shape introduced as an invented example stays written
INVENTED_CHAT = [
    "3.1 Exemple d'échange",
    "L'échange fictif suivant montre ce qu'une messagerie sécurisée pourrait permettre.",
    "[09:12] Dr K. : Bonjour. Quelle est la glycémie ce matin ? Il a mangé ?",
    "[09:15] Solène : 0,62 à jeun, il a pris un jus. Je recontrôle dans quinze minutes.",
    "[09:31] Dr K. : Bien, on garde la dose du soir et on en reparle lundi.",
    "[09:33] Solène : D'accord, je note tout dans le cahier de liaison.",
]


def test_an_exchange_reproduced_with_consent_is_speech(gazetteer):
    text, segs = segment_lines(CONSENTED_CHAT, gazetteer, doc={"kind": "these"})
    s = segment_at(text, segs, "Quelle est la glycémie ce matin")
    assert (s.kind, s.role) == ("turn", "medecin_generaliste")  # not the interviewer
    assert segment_at(text, segs, "on garde la dose du soir").kind == "turn"
    s = segment_at(text, segs, "je note tout dans le cahier")
    assert (s.kind, s.speaker) == ("turn", "Solène")


def test_an_invented_exchange_stays_written(gazetteer):
    text, segs = segment_lines(INVENTED_CHAT, gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "je note tout dans le cahier").kind not in ("turn", "verbatim")


# s30-segr52a: a dialogue RECOMPOSED from separate interviews, each line an exact quotation labelled
# with its informant's code: the "répliques" are real people's words (round 52's thesis, other words)
RECOMPOSED = [
    "5.2. Un échange reconstitué : la télé-expertise selon les pharmaciens",
    "Pour confronter les points de vue, nous avons monté en dialogue des extraits d'entretien conduits à part. "
    "Les répliques n'ont jamais été échangées : chacune reprend une citation exacte, suivie du code de son auteur.",
    "P3 : Moi, j'envoie la photo au dermatologue le soir, et j'ai la réponse le lendemain.",
    "P7 : Je n'ai jamais eu de retour en moins d'une semaine, alors j'ai laissé tomber.",
    "P3 : Il faut relancer, c'est tout. Je relance toujours par téléphone.",
]


def test_a_dialogue_recomposed_from_interview_extracts_is_speech(gazetteer):
    text, segs = segment_lines(RECOMPOSED, gazetteer, doc={"kind": "these"})
    for snippet, code in (("j'envoie la photo au dermatologue", "P3"), ("jamais eu de retour", "P7"),
                          ("Je relance toujours", "P3")):
        s = segment_at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("turn", code)


def test_a_dialogue_of_replies_without_a_recorded_source_stays_written():
    # near miss: "répliques" of a scene the authors wrote, and "d'entretien" only as a scene's kind
    # ("simulation d'entretien"): no record
    assert introduced_as_written("Scène 2 : simulation d'entretien, répliques à apprendre par les étudiants")
    assert not introduced_as_written("Les répliques reprennent des extraits d'entretiens, chacune une citation exacte.")


def test_the_debriefing_of_a_simulation_is_said_not_written():
    # s30-segr53b: the scenario was written ("patient simulé", "script"), the team's talk after it,
    # introduced as a debriefing, was said
    assert introduced_as_written("Exercice simulé : le script prévoit une chute dans l'escalier.")
    assert not introduced_as_written("Débriefing de l'exercice simulé. Le script prévoit une chute dans l'escalier.")


def test_a_recorded_scene_is_no_written_dialogue_even_with_a_note_call():
    # "scène" (a written dialogue's word) and "transcrit" followed by its note's call: the call is no
    # letter of the word, the exchange was recorded (s48)
    assert not introduced_as_written("Le repas comme scène de soin. L'échange a été enregistré puis transcrit².")
    assert introduced_as_written("Le repas comme scène de soin, joué par deux comédiennes.")
