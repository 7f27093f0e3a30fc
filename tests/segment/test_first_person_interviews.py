"""Press interviews told in the first person by the reporter, set as dash dialogue
(segment/first_person_interviews.py): "— À présent, dis-je, du naturalisme ?" is the reporter's,
the lines between are the interviewee's, named with a civility in the narration. Look-alikes: a
first-person novel whose narrator does not ask, dash dialogue with no reporter's incise (a press
feature's quotes: dash_incises), a dialogue naming no one with a civility."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.first_person_interviews import first_person_dialogue, named

VISIT = [
    "Le docteur Lemoine me reçut dans son cabinet de la rue Nationale. M. Lemoine avait l'air las.",
    "— Combien de malades voyez-vous par jour, demandai-je ?",
    "— Trente, quarante les jours de marché. Je n'ai plus le temps de manger, me dit M. Lemoine.",
    "— Et la nuit ?",
    "— La nuit, je dors quand le téléphone se tait.",
    "Il se leva et ouvrit la fenêtre.",
]


def test_the_reporter_s_lines_are_moderator_the_others_the_interviewee_s_turns(gazetteer):
    text, segs = _segment(VISIT, gazetteer)
    assert _at(text, segs, "Combien de malades").kind == "moderator"
    s = _at(text, segs, "Trente, quarante")
    assert (s.kind, s.speaker) == ("turn", "Lemoine")
    assert _at(text, segs, "Et la nuit ?").kind == "moderator"  # the voices alternate
    assert (_at(text, segs, "La nuit, je dors").kind, _at(text, segs, "La nuit, je dors").speaker) == ("turn", "Lemoine")
    assert _at(text, segs, "Il se leva").kind == "narrative"


def test_look_alikes_are_no_interview():
    novel = ["Paul entra sans frapper. M. Durand le suivait.", "— Viens, dis-je à Paul.",
             "— Je ne peux pas, répondit-il.", "— Alors reste, murmurai-je."]
    assert first_person_dialogue(split_lines("\n".join(novel))) == {}  # the narrator never asks
    feature = ["M. Roux tient la pharmacie du bourg.", "— On a tenu parce qu'on se connaissait tous, glisse-t-il.",
               "— Le plus dur, c'était les tournées, ajoute-t-il."]
    assert first_person_dialogue(split_lines("\n".join(feature))) == {}  # no reporter's incise
    nameless = ["— Combien de malades voyez-vous, demandai-je ?", "— Trente par jour."]
    assert first_person_dialogue(split_lines("\n".join(nameless))) == {}  # nobody named with a civility


def test_named():
    assert named("M. ÉMILE ZOLA") == "Émile Zola"
    assert named("M. Coppée s'était tu.") == "Coppée"
    assert named("Il parla longtemps.") == ""


# the conversation opens with the reporter's question after the narration, runs on after
# narrative lines, and a narrative line ending with a colon hands over to the interviewee even
# when his words ask a question
DINNER = [
    "J'ai retrouvé M. Perrin, maire et médecin du canton, à la table d'un ami commun.",
    "— Ne croyez-vous pas, monsieur le maire, que la garde de nuit est devenue impossible ? On dit partout que les jeunes n'en veulent plus.",
    "— Le conseil vient d'en parler. Nous avons proposé une maison de garde à l'hôpital.",
    "— Et les médecins du bourg ?",
    "— Ils viendront, je crois.",
    "M. Perrin se tait un moment, puis il se penche vers moi et me dit :",
    "— Savez-vous ce qui me fatigue le plus ? Ce ne sont pas les nuits, ce sont les réunions.",
    "— Vous le regretterez peut-être, fis-je en riant ?",
]


def test_a_run_after_narration_opens_with_the_question_or_the_person_handed_over_to(gazetteer):
    text, segs = _segment(DINNER, gazetteer)
    assert _at(text, segs, "Ne croyez-vous pas").kind == "moderator"
    s = _at(text, segs, "Le conseil vient d'en parler")
    assert (s.kind, s.speaker) == ("turn", "Perrin")
    assert _at(text, segs, "Et les médecins du bourg").kind == "moderator"
    assert _at(text, segs, "Ils viendront").kind == "turn"
    s = _at(text, segs, "Savez-vous ce qui me fatigue")
    assert (s.kind, s.speaker) == ("turn", "Perrin")
    assert _at(text, segs, "Vous le regretterez").kind == "moderator"
