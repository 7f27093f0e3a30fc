"""Footnotes at the foot of the last page crediting the interviews (segmenter.trailing_notes):
extraction may run the first note onto the end of the paragraph above the others ("… »² 1.
Entretien avec …"); the quotes' calls still find their notes."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.segmenter import trailing_notes

REPORT = [
    "3.1 Le retour à domicile",
    "Les sorties du vendredi restent redoutées par les équipes de ville. « Le patient arrive à 18 h, "
    "sans ordonnance de pansements, et moi je dois trouver du matériel avant la nuit. »¹",
    "Les pharmacies le constatent aussi. « On dépanne comme on peut, mais je ne peux pas avancer "
    "des pansements à tout le monde. »² 1. Entretien avec une infirmière libérale, Vesoul, mai 2024.",
    "2. Entretien avec un pharmacien d'officine, Lure, juin 2024.",
]


def test_a_note_run_onto_the_paragraph_above_is_read():
    notes = trailing_notes(split_lines("\n".join(REPORT)))
    assert notes == {"1": "Entretien avec une infirmière libérale, Vesoul, mai 2024.",
                     "2": "Entretien avec un pharmacien d'officine, Lure, juin 2024."}
    # a number inside a sentence ("en 2. ") is no note
    assert trailing_notes(split_lines("Ils étaient 3. Puis 2. Enfin seuls\n3. Une note.")) == {}


def test_quotes_take_the_persons_their_notes_credit(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    s = _at(text, segs, "Le patient arrive à 18 h")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    s = _at(text, segs, "On dépanne comme on peut")
    assert (s.kind, s.role) == ("verbatim", "pharmacien")
    assert _at(text, segs, "Entretien avec une infirmière libérale").kind == "narrative"
