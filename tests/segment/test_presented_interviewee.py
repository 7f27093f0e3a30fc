"""One presented person's answers, their full name set off by a period or a dash
(segment/discovery._presented_interviewee, s28-segperturb11): a published interview of ONE person
whose questions are headings has no second label to take turns with, so a loose separator alone
vouched for nothing; the line above that presents the name with a trade or function does.
Look-alikes: full names opening paragraphs that nothing presents (a list of references), and a
presented name opening one paragraph only."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _interview(name: str, chapeau: str, sep: str, answers: list[str], headings: list[str]) -> list[str]:
    lines = ["Retour d'expérience", chapeau]
    for heading, answer in zip(headings, answers):
        lines += [heading, f"{name}{sep}{answer}"]
    return lines


MAYOTTE = _interview(
    "Nicolas Godelu",
    "Nicolas Godelu, géomaticien du service départemental d'incendie et de secours de l'Isère, présente "
    "comment l'outil a été utilisé pendant la mission.",
    ". ",
    ["Les premiers contingents arrivent fin décembre et nous mettons en place la carte dès ce jour-là.",
     "Globalement l'outil a été bien utilisé, on a suivi 179 missions en deux semaines.",
     "La principale difficulté concerne l'export des données, je l'ai signalée à l'équipe."],
    ["Des équipes engagées pour des missions très diverses", "Le bilan du suivi des missions",
     "Et quelles sont les difficultés rencontrées ?"])


def test_a_presented_name_set_off_by_a_period_opens_turns(gazetteer):
    text, segs = _segment(MAYOTTE, gazetteer)
    for snippet in ("Les premiers contingents", "Globalement l'outil", "La principale difficulté"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", "Nicolas Godelu"), snippet


def test_unseen_a_midwife_presented_then_answering_after_dashes(gazetteer):
    lines = _interview(
        "Aurélie Marchand",
        "Rencontre avec Aurélie Marchand, sage-femme libérale à Quimper depuis douze ans.",
        " — ",
        ["Au début je faisais surtout des visites à domicile après la sortie de la maternité.",
         "On a monté un groupe de parole avec la PMI, les mères viennent le jeudi.",
         "Franchement, il nous manque un temps de coordination payé."],
        ["Comment votre activité a-t-elle commencé ?", "Un projet avec la PMI", "Ce qui manque encore"])
    text, segs = _segment(lines, gazetteer)
    for snippet in ("Au début je faisais", "On a monté un groupe", "il nous manque un temps"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", "Aurélie Marchand"), snippet


def test_near_miss_full_names_nobody_presents_stay_prose(gazetteer):
    lines = ["Bibliographie commentée",
             "Les travaux cités ont été retenus pour leur méthode.",
             "Claire Duval. Les soins de premier recours en zone rurale, Paris, 2019.",
             "Claire Duval. On y lit que la coordination dépend des médecins installés.",
             "Marc Lefèvre. Territoires et santé, Rennes, 2021."]
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker in ("Claire Duval", "Marc Lefèvre") for s in segs)


def test_near_miss_a_presented_name_opening_one_paragraph_is_no_interview(gazetteer):
    lines = ["Portrait",
             "Claire Duval, infirmière libérale à Dieppe, a ouvert son cabinet en 2009.",
             "Claire Duval. On la croise chaque matin sur la route de la corniche."]
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Claire Duval" for s in segs)


def test_unseen_a_description_outside_the_vocabulary_of_posts_vouches_too(gazetteer):
    # "professeure des écoles" is no care post (role autre), still what the person does
    lines = _interview(
        "Hélène Roussel",
        "Hélène Roussel, professeure des écoles et référente santé de la circonscription, raconte le projet.",
        ". ",
        ["On a commencé par une carte des lieux où les élèves peuvent trouver de l'aide.",
         "Les parents l'ont utilisée plus que nous ne l'imaginions, je le vois encore."],
        ["D'où vient le projet ?", "Et les familles ?"])
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "On a commencé par une carte")
    assert (seg.kind, seg.speaker) == ("turn", "Hélène Roussel")


def test_near_miss_a_name_whose_apposition_is_a_title_stays_prose(gazetteer):
    # the line above names a work after the name, no trade: "Claire Duval, « Soigner en zone rurale »"
    lines = ["Lectures du mois",
             "Claire Duval, 2019, Soigner en zone rurale, Paris.",
             "Claire Duval. Le livre suit trois cabinets pendant une année entière.",
             "Claire Duval. On y lit que la coordination dépend des médecins installés."]
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Claire Duval" for s in segs)


def test_the_answer_runs_over_its_paragraphs_to_the_next_heading(gazetteer):
    lines = ["Retour d'expérience",
             "Olivier Dedieu, chargé de mission à la Maison de l'Europe de Montpellier, présente ses cartes.",
             "Pouvez-vous nous expliquer l'objectif de ces cartes ?",
             "Olivier Dedieu. La Maison de l'Europe informe le public sur les financements européens.",
             "Je me suis dit que le plus simple était sans doute de proposer des cartes.",
             "Sur le programme",
             "Le programme fournit des outils hébergés par l'État aux agents publics.",
             "Et comment avez-vous réalisé vos cartes ?",
             "Olivier Dedieu. Quand on n'est pas habitué à la cartographie, l'outil ressemble à de l'hébreu."]
    text, segs = _segment(lines, gazetteer, styles=None)
    first = _at(text, segs, "La Maison de l'Europe informe")
    assert first is _at(text, segs, "Je me suis dit que le plus simple")  # the second paragraph, same turn
    assert _at(text, segs, "Le programme fournit des outils").speaker != "Olivier Dedieu"  # after the heading


def test_an_answer_paragraph_closing_on_its_own_question_goes_on(gazetteer):
    lines = ["Retour d'expérience",
             "Olivier Dedieu, chargé de mission à la Maison de l'Europe de Montpellier, présente ses cartes.",
             "Pouvez-vous nous expliquer l'objectif de ces cartes ?",
             "Olivier Dedieu. La Maison de l'Europe informe le public sur les financements européens.",
             "Je me suis dit que le plus simple était de proposer des cartes. Et pourquoi pas un outil libre ?",
             "Et comment avez-vous réalisé vos cartes ?",
             "Olivier Dedieu. Quand on n'est pas habitué à la cartographie, l'outil ressemble à de l'hébreu."]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "La Maison de l'Europe informe")
    assert first is _at(text, segs, "Et pourquoi pas un outil libre")
    assert _at(text, segs, "Et comment avez-vous réalisé").speaker != "Olivier Dedieu"  # the interviewer's
