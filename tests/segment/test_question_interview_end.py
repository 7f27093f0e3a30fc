"""A written interview without labels, its questions set as headings (segmenter._question_interview):
the answers under the questions are the interviewee's until a heading that asks nothing after the
last question ("Le mot de la rédaction"), whose paragraph is the newspaper's. Unseen variant: other
questions, a closing "Bio express" box. Near-miss: a heading that asks nothing BETWEEN two
questions does not end the interview."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

SPEECH = ("verbatim", "turn")


def _run(lines, bold, gazetteer):
    """The lines segmented with the bold ones as the headings of their sections."""
    starts = [sum(len(t) + 1 for t in lines[:i]) for i in range(len(lines) + 1)]
    heads = sorted(bold)
    structure = [{"char_start": starts[h], "char_end": starts[heads[k + 1]] if k + 1 < len(heads) else starts[-1],
                  "kind": "body", "heading": lines[h]} for k, h in enumerate(heads)]
    return _segment(lines, gazetteer, doc={"kind": "presse"}, structure=structure,
                    styles=line_styles(lines, bold, "bold"))


def test_the_newspapers_closing_box_is_not_the_interviewees(gazetteer):
    lines = ["Le portrait chinois de… Nadège Lecoq",
             "Infirmière Asalée depuis 2019 dans les cabinets médicaux d'Yvetot, Nadège Lecoq suit chaque semaine "
             "une soixantaine de patients diabétiques. Elle a accepté de se prêter au jeu.",
             "Si vous étiez un objet ?",
             "Mon tensiomètre, il a fait plus de kilomètres que ma voiture.",
             "Si vous étiez un lieu du Pays de Caux ?",
             "La salle d'attente du cabinet le mardi matin, parce que les patients parlent entre eux avant de me parler à moi.",
             "Si vous étiez un souhait pour la profession ?",
             "Qu'on arrête de me demander si je suis la secrétaire du docteur.",
             "Le mot de la rédaction",
             "Le dispositif Asalée compte aujourd'hui une trentaine d'infirmières en Seine-Maritime."]
    text, segs = _run(lines, {0, 2, 4, 6, 8}, gazetteer)
    assert _at(text, segs, "Mon tensiomètre").kind in SPEECH
    assert _at(text, segs, "Qu'on arrête de me demander").speaker == "Nadège Lecoq"
    assert _at(text, segs, "Le dispositif Asalée compte").kind not in SPEECH


def test_an_unseen_interview_closed_by_a_bio_box(gazetteer):
    lines = ["Karim Benali, le kiné qui voulait faire bouger la Lys",
             "Karim Benali, kinésithérapeute à Roubaix, coordonne depuis un an la CPTS de la Lys.",
             "Pourquoi avoir accepté la présidence ?",
             "Parce que j'en avais assez de râler dans mon coin, je voulais voir si on pouvait faire bouger les choses.",
             "Qu'est-ce qui vous a surpris ?",
             "Le temps que je passe au téléphone, je n'imaginais pas.",
             "Et demain ?",
             "J'aimerais qu'on ouvre une permanence de soins le samedi matin à Wattrelos.",
             "Bio express",
             "Né à Lille en 1979, diplômé de l'institut de formation de Berck en 2003, installé à Roubaix depuis 2006."]
    text, segs = _run(lines, {0, 2, 4, 6, 8}, gazetteer)
    assert _at(text, segs, "permanence de soins le samedi").kind in SPEECH
    assert _at(text, segs, "Né à Lille en 1979").kind not in SPEECH


def test_a_heading_between_questions_does_not_end_the_interview(gazetteer):
    lines = ["Karim Benali, le kiné qui voulait faire bouger la Lys",
             "Karim Benali, kinésithérapeute à Roubaix, coordonne depuis un an la CPTS de la Lys.",
             "Pourquoi avoir accepté la présidence ?",
             "Parce que j'en avais assez de râler dans mon coin, je voulais voir si on pouvait faire bouger les choses.",
             "Le quotidien",
             "Qu'est-ce qui vous a surpris ?",
             "Le temps que je passe au téléphone, je n'imaginais pas.",
             "Et demain ?",
             "J'aimerais qu'on ouvre une permanence de soins le samedi matin à Wattrelos."]
    text, segs = _run(lines, {0, 2, 4, 5, 7}, gazetteer)
    assert _at(text, segs, "Le temps que je passe au téléphone").kind in SPEECH
    assert _at(text, segs, "permanence de soins le samedi").kind in SPEECH


def test_a_card_opened_by_the_participants_code_names_who_answers(gazetteer):
    # (s55) "Annexe C – Entretien n° 2" over "O2, orthophoniste libérale …", then bold questions without labels
    lines = ["Annexe C – Entretien n° 2",
             "O2, orthophoniste libérale installée à Pontivy depuis 2009, membre du groupe prévention de la CPTS. "
             "Entretien réalisé au cabinet le 4 décembre 2024.",
             "Comment est née l'action de prévention sur le langage ?",
             "D'un constat simple : ma liste d'attente dépassait un an, et les enfants arrivaient trop tard.",
             "Et avec les médecins généralistes du territoire ?",
             "C'est plus compliqué, ils sont débordés, mais certains nous adressent les enfants plus tôt."]
    text, segs = _run(lines, {0, 2, 4}, gazetteer)
    seg = _at(text, segs, "ma liste d'attente dépassait un an")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "O2", "autre_paramedical")
