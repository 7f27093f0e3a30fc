"""Interview annexes whose heading describes the interviewee without a name (segment/
described_interviews.py): "Annexe 3 – Entretien avec un masseur-kinésithérapeute libéral (extrait)"
over "Q." / "R." turns. Look-alikes: a heading naming no role ("Entretien avec les élus du
conseil"), a heading that names the person (the interview headers' own), a heading with no
interview opener."""

from __future__ import annotations

import pytest
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.described_interviews import described_interviewee

HEAD = "Annexe 3 – Entretien avec un masseur-kinésithérapeute libéral (extrait)"
ANNEX = [
    HEAD,
    "Entretien réalisé le 4 mars 2023 au cabinet, à Dax, avec un kinésithérapeute installé depuis quinze ans.",
    "Q. Comment avez-vous appris l'existence de la CPTS ?",
    "R. Par un collègue, à une formation. Je ne savais pas du tout ce que c'était.",
    "Q. Et depuis ?",
    "R. Je vais aux réunions quand je peux, surtout pour les sorties d'hospitalisation.",
]


def test_answers_under_a_describing_heading_are_the_described_person(gazetteer):
    text = "\n".join(ANNEX) + "\n"
    structure = [{"char_start": 0, "char_end": len(text), "kind": "body", "heading": HEAD}]
    _, segs = _segment(ANNEX, gazetteer, structure=structure)
    s = _at(text, segs, "Par un collègue, à une formation")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "", "kinesitherapeute", "Nouvelle-Aquitaine")
    assert _at(text, segs, "Je vais aux réunions quand je peux").role == "kinesitherapeute"
    assert _at(text, segs, "Comment avez-vous appris").kind == "moderator"


@pytest.mark.parametrize("heading", [
    "Entretien avec les élus du conseil municipal",  # no role of the vocabulary
    "Entretien avec Mme Durand, pharmacienne",  # a name: the interview headers' own
    "Annexe 4 – Grille d'entretien",  # no opener
    "Un infirmier libéral de Dax",  # no opener
])
def test_headings_that_describe_no_interviewee(heading, gazetteer):
    assert described_interviewee(heading, [], gazetteer) is None


def test_the_region_comes_from_the_description_else_the_lines_below(gazetteer):
    who = described_interviewee("Entretien auprès d'une infirmière libérale de Quimper", [], gazetteer)
    assert (who.who, who.role, who.region) == ("", "infirmier", "Bretagne")
    who = described_interviewee("Entretien avec une sage-femme", ["Réalisé à Lorient en mai 2022."], gazetteer)
    assert (who.role, who.region) == ("sage_femme", "Bretagne")


# segfix32: an interview annex whose questions are italic (or bold) paragraphs ending on "?" and
# whose answers carry no label.
UNLABELLED = [
    "Annexe 4 – Entretien avec Mme R., ergothérapeute libérale",
    "Entretien réalisé le 3 février 2024 au domicile de l'ergothérapeute, à Besançon. Durée : 38 minutes.",
    "Comment êtes-vous sollicitée pour les retours à domicile ?",
    "Honnêtement, très peu par l'hôpital. Ce sont surtout les infirmières libérales qui m'appellent.",
    "Et souvent c'est trop tard, la personne est déjà tombée une fois.",
    "Et la CPTS, est-ce qu'elle a changé quelque chose ?",
    "Un peu. Il y a maintenant un annuaire, les collègues savent que j'existe.",
]


def _structure(lines):
    text = "\n".join(lines) + "\n"
    return [{"char_start": 0, "char_end": len(text), "kind": "body", "heading": lines[0]}]


def test_unlabelled_answers_under_italic_questions(gazetteer):
    styles = line_styles(UNLABELLED, {0}, "bold") + line_styles(UNLABELLED, {2, 5})
    text, segs = _segment(UNLABELLED, gazetteer, doc={"kind": "memoire"}, structure=_structure(UNLABELLED),
                          styles=sorted(styles, key=lambda r: r["char_start"]))
    s = _at(text, segs, "Honnêtement, très peu")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Mme R.", "autre_paramedical", "Bourgogne-Franche-Comté")
    assert _at(text, segs, "la personne est déjà tombée") is s
    assert _at(text, segs, "Il y a maintenant un annuaire").speaker == "Mme R."
    assert _at(text, segs, "Comment êtes-vous sollicitée").kind not in ("verbatim", "turn")
    # an interview guide: questions without answers below them give nothing
    guide = ["Annexe 1 – Entretien avec un médecin généraliste", "Pouvez-vous décrire votre exercice ?",
             "Que représente pour vous la CPTS ?", "Durée prévue : 45 minutes."]
    text2, segs2 = _segment(guide, gazetteer, doc={"kind": "these"}, structure=_structure(guide),
                            styles=sorted(line_styles(guide, {0}, "bold") + line_styles(guide, {1, 2}),
                                          key=lambda r: r["char_start"]))
    assert not [x for x in segs2 if x.kind in ("verbatim", "turn")]


def _sections(lines, heads):
    """structure rows: a section for each heading line (by index), up to the next one."""
    starts, pos = [], 0
    for t in lines:
        starts.append(pos)
        pos += len(t) + 1
    heads = sorted(heads)
    return [{"char_start": starts[h], "char_end": starts[heads[k + 1]] if k + 1 < len(heads) else pos,
             "kind": "body", "heading": lines[h]} for k, h in enumerate(heads)]


def test_a_newsletters_rubric_with_its_questions_in_roman(gazetteer):
    """Session 31: "La parole à Karine, orthophoniste à Dole" (a heading) over short questions set
    in roman and the answers without labels; a second block of the same rubric with one question
    and one answer is read too. Near miss: the same shape under a heading that presents no one."""
    lines = ["Lettre de la CPTS du Jura – été 2024",
             "La parole à Karine, orthophoniste à Dole",
             "Qu'est-ce que la CPTS a changé pour toi ?",
             "Je sais enfin à qui adresser les enfants, et les médecins me rappellent quand ils ont un doute.",
             "Un projet pour l'an prochain ?",
             "Un dépistage dans les écoles, avec les infirmières scolaires, si on trouve le temps.",
             "La parole à Malik, infirmier à Lons-le-Saunier",
             "Pourquoi as-tu rejoint le bureau ?",
             "Parce que personne ne le faisait, et que les tournées du soir ne s'organisent pas toutes seules."]
    text, segs = _segment(lines, gazetteer, structure=_sections(lines, {0, 1, 6}),
                          styles=line_styles(lines, {0, 1, 6}, "bold"))
    assert [(_at(text, segs, s).kind, _at(text, segs, s).speaker) for s in
            ("Je sais enfin à qui", "Un dépistage dans les écoles", "Parce que personne ne le faisait")] == \
        [("verbatim", "Karine"), ("verbatim", "Karine"), ("verbatim", "Malik")]
    assert _at(text, segs, "Parce que personne").role == "infirmier"
    lines = lines[:6]
    lines[1] = "La parole aux lecteurs"
    text, segs = _segment(lines, gazetteer, structure=_sections(lines, {0, 1}), styles=line_styles(lines, {0, 1}, "bold"))
    assert _at(text, segs, "Je sais enfin à qui").kind == "narrative"
