"""Free comments of a consensus panel (segment/panel_comments.py): italic paragraphs closed by
"(expert 4, 2e tour)", a comment over two italic paragraphs, the member described by the panel
table's row of that number; look-alikes: the same comments in roman, a single italic paragraph
closed so (a legend), and an italic sentence closed by a reference "(HAS, 2021)"."""

from __future__ import annotations

from corpus.segment.base import split_lines
from corpus.segment.panel_comments import panel_comment_boxes


class Styles:
    """Italic wherever the test says (line indices)."""

    def __init__(self, lines, italic):
        self.spans = [(lines[i].start, lines[i].end) for i in italic]

    def share(self, start, end, style):
        return 1.0 if style == "italic" and any(a <= start and end <= b for a, b in self.spans) else 0.0


PANEL = [
    "Tableau 2 – Composition du panel",
    "N° | Profession | Lieu d'exercice",
    "1 | Médecin généraliste | Rodez",
    "2 | Infirmière libérale | Millau",
    "La proposition « Un numéro unique de coordination » a obtenu 86 % d'accord dès le premier tour.",
    "Un numéro unique oui, à condition que quelqu'un décroche après 18 heures. (expert 1, 1er tour)",
    "Quarante-huit heures, c'est irréaliste pour nous, on fait au mieux.",
    "En revanche nous pouvons prévenir l'infirmière le jour même. (expert 2, 2e tour)",
]


def _boxes(lines_text, italic, gazetteer):
    lines = split_lines("\n".join(lines_text) + "\n")
    return panel_comment_boxes(lines, {0: 0}, Styles(lines, italic), gazetteer)


def test_italic_comments_closed_by_a_member_number(gazetteer):
    boxes = _boxes(PANEL, [5, 6, 7], gazetteer)
    assert {i: (b["speaker"], b["_last"]) for i, b in boxes.items()} == {5: ("expert 1", 5), 6: ("expert 2", 7)}
    assert (boxes[5]["role"], boxes[5]["region"]) == ("medecin_generaliste", "Occitanie")
    assert boxes[6]["role"] == "infirmier"


def test_the_same_comments_in_roman_are_prose(gazetteer):
    assert _boxes(PANEL, [], gazetteer) == {}


def test_a_single_closed_italic_paragraph_is_no_panel(gazetteer):
    assert _boxes(PANEL[:6], [5], gazetteer) == {}


def test_references_in_parentheses_are_no_member(gazetteer):
    lines = ["Les recommandations le disent clairement.",
             "Formaliser l'adressage entre la ville et l'hôpital est une priorité. (HAS, 2021)",
             "Le parcours doit être lisible pour le patient comme pour les soignants. (ARS, 2019)"]
    assert _boxes(lines, [1, 2], gazetteer) == {}
