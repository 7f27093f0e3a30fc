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
