"""Answers set out question by question with their speakers' labels, and the codes a methods
sentence gives by ranges (corpus/segment/fallbacks.py: question_headings_interview, LABELLED_QUOTE,
participants_described's code ranges; s49)."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


# s49: results set out question by question, each answer opened by its speaker's label
def test_labelled_answers_under_questions_are_no_ones_interview(gazetteer):
    lines = ["Université de Mayotte – Master Santé publique – Mémoire – 2024",
             "4. Résultats",
             "Nous avons interrogé douze usagers (U1 à U12) du centre de santé de Dembéni et une infirmière, Mme Zaïna "
             "Abdou, ainsi que le Dr Paul Ferrand, médecin généraliste au centre.",
             "Question 2 – Qu'est-ce qui vous a fait revenir au centre ?",
             "U4 – « L'accueil. Quand je suis venue la première fois, on m'a parlé en shimaoré, alors je suis revenue. »",
             "U9 – « Le médecin m'a rappelé pour mes résultats, personne ne l'avait jamais fait avant. »",
             "Question 6 – Que changeriez-vous ?",
             "Huit usagers sur douze citent d'abord les horaires d'ouverture.",
             "Dr Ferrand – « Il faudrait une deuxième salle de soins, on fait la queue dans le couloir le lundi. »"]
    styles = line_styles(lines, {1, 3, 6}, "bold")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, styles=styles)
    s = _at(text, segs, "on m'a parlé en shimaoré")
    assert s.kind in ("verbatim", "turn") and (s.speaker, s.role) == ("U4", "autre")  # the usagers of the range
    assert _at(text, segs, "personne ne l'avait jamais fait").speaker == "U9"
    assert _at(text, segs, "Huit usagers sur douze").kind == "narrative"  # the author's count, no answer
    assert "Ferrand" in _at(text, segs, "une deuxième salle de soins").speaker


# s49: two ranges in one sentence, each described by its own noun phrase
def test_two_code_ranges_in_one_sentence(gazetteer):
    lines = ["Méthode",
             "Cinq orthophonistes (O1 à O5) et quatre parents (P1 à P4) ont été interrogés en 2023 dans le Cantal.",
             "Résultats",
             "Les parents décrivent l'attente. « On a appelé six cabinets, et le plus court c'était quatorze mois. » (P2)",
             "Les orthophonistes le confirment. « Je ne prends plus personne sur liste, je rappelle quand une place se libère. » (O3)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert (_at(text, segs, "On a appelé six cabinets").role) == "autre"
    assert (_at(text, segs, "je rappelle quand une place").role) == "autre_paramedical"
