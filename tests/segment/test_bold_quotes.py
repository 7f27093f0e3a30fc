"""People's words set as bold paragraphs without guillemets after an introducing sentence
(segment/bold_quotes.py); look-alikes: bold headings, a single bold paragraph after a colon, a
bold statement that does not speak."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import StyleMap, split_lines
from corpus.segment.bold_quotes import bold_quote_lines

MEMOIR = [
    "3.1. Se soigner quand on vit à la rue",
    "Madame L., 46 ans, hébergée depuis l'hiver au centre d'accueil de Niort, raconte :",
    "Le médecin, j'y vais quand je ne peux plus marcher. Avant, je me débrouille avec ce que j'ai.",
    "Monsieur R., 61 ans, ancien maçon, me dit à propos de ses dents :",
    "J'ai tout laissé tomber quand j'ai perdu le travail. Maintenant je mange de la soupe, c'est tout.",
    "On verra plus tard, quand j'aurai un logement.",
    "3.2. Le rôle des équipes mobiles",
]
BOLD = {0, 2, 4, 5, 6}


def test_introduced_bold_paragraphs_are_the_persons_words(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer, styles=line_styles(MEMOIR, BOLD, "bold"))
    s = _at(text, segs, "Le médecin, j'y vais quand je ne peux plus")
    assert (s.kind, s.speaker) == ("verbatim", "Madame L.")
    s = _at(text, segs, "J'ai tout laissé tomber")
    assert (s.kind, s.speaker) == ("verbatim", "Monsieur R.")
    assert s.char_start <= text.index("On verra plus tard") < s.char_end  # one quotation over two paragraphs
    assert _at(text, segs, "Le rôle des équipes mobiles").kind != "verbatim"
    assert bold_quote_lines(split_lines("\n".join(MEMOIR)), StyleMap(line_styles(MEMOIR, BOLD, "bold"))) == {2, 4, 5}  # no heading


def test_one_bold_paragraph_after_a_colon_or_a_bold_heading_is_no_convention():
    once = MEMOIR[:3] + ["La suite du chapitre présente les équipes mobiles."]
    assert bold_quote_lines(split_lines("\n".join(once)), StyleMap(line_styles(once, {0, 2}, "bold"))) == set()
    rules = ["Article 2 – Engagements des membres. Chaque membre s'engage ainsi :",
             "Le membre participe aux réunions du bureau et transmet les informations utiles.",
             "Article 3 – Cotisations. Le montant est fixé comme suit :",
             "La cotisation annuelle est de vingt euros par membre et par année civile."]
    assert bold_quote_lines(split_lines("\n".join(rules)), StyleMap(line_styles(rules, {1, 3}, "bold"))) == set()  # nobody speaks
