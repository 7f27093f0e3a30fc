"""Written interviews (segment/written_answers.py): "Question N : … ?" paragraphs, each answered
by a paragraph opened by the generic label "Réponse :"; look-alikes: an FAQ with one answer, a
quiz whose "Réponse :" lines follow statements, not questions."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.written_answers import written_answer_speakers

WRITTEN = [
    "Annexe 4 – Entretien écrit avec une pharmacienne titulaire de Quimper",
    "Les questions lui ont été envoyées par courriel ; elle a répondu par écrit en mars 2022.",
    "Question 1 : Comment avez-vous rejoint la CPTS ?",
    "Réponse : Par le groupe qualité des pharmaciens du secteur. Nous nous réunissions déjà avant.",
    "Question 2 : Qu'est-ce que la crise a changé pour l'officine ?",
    "Réponse : Tout. Nous avons fait les tests, puis les vaccins, avec les infirmières du quartier.",
]


def test_answers_are_the_interviewees_turns(gazetteer):
    text, segs = _segment(WRITTEN, gazetteer)
    for snippet in ("Par le groupe qualité des pharmaciens", "Tout. Nous avons fait les tests"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("turn", "")


@pytest.mark.parametrize("lines", [
    # an FAQ: one question answered
    ["Foire aux questions", "Qui peut adhérer à la CPTS ?", "Réponse : tout professionnel de santé du territoire.",
     "Les statuts sont en ligne."],
    # a quiz: statements, then the answer
    ["Vrai ou faux", "La CPTS remplace le médecin traitant.", "Réponse : Faux.",
     "L'adhésion est gratuite pour les libéraux.", "Réponse : Vrai, la première année."],
])
def test_look_alikes_declare_nothing(lines, gazetteer):
    assert written_answer_speakers(split_lines("\n".join(lines) + "\n")) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


GRANT = [
    "Appel à projets « Prévention en ville » – Dossier de candidature",
    "Structure porteuse : Maison de santé des Trois Rivières. Référent : M. Paul Léger, infirmier.",
    "Question 2 – À quel besoin du territoire le projet répond-il ?",
    "Réponse : Nous comptons deux médecins pour neuf mille habitants. Les patients diabétiques attendent six mois.",
    "Question 3 – Quels partenaires avez-vous mobilisés ?",
    "Réponse : Nous travaillons avec la pharmacie du bourg et le cabinet infirmier, qui relaieront l'action.",
]


def test_a_funding_applications_answers_are_no_interview(gazetteer):
    # the same "Question … ?" / "Réponse :" pairs, under a title naming a form an organisation fills in
    assert written_answer_speakers(split_lines("\n".join(GRANT) + "\n")) == {}
    text, segs = _segment(GRANT, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_a_written_interview_citing_a_call_for_projects_below_its_answers_is_kept(gazetteer):
    # the form's words after the first answer (the interviewee's project) do not undo the interview
    lines = WRITTEN[:4] + ["Appel à projets ARS 2021"] + WRITTEN[4:]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Tout. Nous avons fait les tests").kind == "turn"


# s30-segr52a: a HEARING set as spelled-out labels taking turns, "QUESTION : … ?" / "RÉPONSE : …", under a
# field presenting the one person heard; every answer in the first person (round 52's gendarmerie report,
# other words: a police hearing of a pharmacist)
HEARING = [
    "Annexe 5 – Procès-verbal d'audition (extrait, noms masqués)",
    "Commissariat de police de Lisieux. Personne entendue : M. T. R., pharmacien titulaire à Lisieux.",
    "QUESTION : Pouvez-vous décrire ce qui s'est passé au comptoir ce soir-là ?",
    "RÉPONSE : Un client voulait sa boîte sans ordonnance. J'ai refusé, il a renversé le présentoir.",
    "QUESTION : Étiez-vous seul dans l'officine ? RÉPONSE : Non, ma préparatrice était à la réserve, elle a appelé.",
    "QUESTION : Avez-vous autre chose à déclarer ?",
    "RÉPONSE : Je voudrais qu'une patrouille passe le samedi soir, c'est tout.",
    "Après lecture, persiste et signe.",
]


def test_a_hearing_s_answers_are_the_presented_person_s_turns(gazetteer):
    text, segs = _segment(HEARING, gazetteer)
    for snippet in ("J'ai refusé, il a renversé", "ma préparatrice était à la réserve", "Je voudrais qu'une patrouille"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "M. T. R.", "pharmacien", "Normandie")
    assert _at(text, segs, "décrire ce qui s'est passé").kind == "moderator"
    # the formula closing the report is the record's, not the last answer's
    assert _at(text, segs, "persiste et signe").kind not in ("turn", "verbatim")


@pytest.mark.parametrize("lines", [
    # an FAQ in spelled-out labels: answers address the reader, nobody is presented
    ["Questions fréquentes sur la vaccination en officine",
     "QUESTION : Puis-je me faire vacciner sans ordonnance ?",
     "RÉPONSE : Oui, présentez-vous au comptoir avec votre carte Vitale.",
     "QUESTION : Combien de temps dois-je attendre ensuite ?",
     "RÉPONSE : Restez quinze minutes sur place après l'injection."],
    # first-person answers, but no person presented above the questions (a patients' FAQ)
    ["Vos questions, nos réponses",
     "QUESTION : Qui contacter la nuit ?",
     "RÉPONSE : Je vous conseille d'appeler le 15, je ne peux pas vous répondre après 20 heures.",
     "QUESTION : Et le week-end ?",
     "RÉPONSE : Je suis de garde un samedi sur deux, mon cabinet affiche le planning."],
])
def test_spelled_out_q_and_a_look_alikes_declare_nothing(lines, gazetteer):
    assert written_answer_speakers(split_lines("\n".join(lines) + "\n"), gazetteer) == {}
