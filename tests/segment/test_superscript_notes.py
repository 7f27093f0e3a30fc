"""Footnotes opened by their superscript call and run into the document's last paragraph by the
extraction ("… de la profession. ¹ Entretien n°2, psychomotricienne libérale, Limoges. ² …"):
segmenter.superscript_notes reads them, so a quotation closed by "»¹" takes the note's
interview, role and place; superscripts inside prose or a single one make no notes."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.segmenter import superscript_notes

LINES = [
    "3.1 Le lien avec l'école",
    "Les orthophonistes rencontrées décrivent un lien avec les enseignants qui passe par les familles.",
    "L'une d'elles le dit sans détour : « c'est le cahier de liaison qui fait tout, je n'ai jamais vu "
    "l'enseignante »¹. Une autre ajoute : « j'envoie mes comptes rendus et je n'ai jamais de réponse »².",
    "Ce silence est vécu comme un manque de reconnaissance. ¹ Entretien n°3, orthophoniste libérale, "
    "Périgueux (Dordogne). ² Entretien n°7, orthophoniste salariée d'un CAMSP, Agen (Lot-et-Garonne).",
]


def test_footnotes_run_into_the_last_paragraph_are_read():
    notes = superscript_notes(split_lines("\n".join(LINES)))
    assert notes == {"1": "Entretien n°3, orthophoniste libérale, Périgueux (Dordogne).",
                     "2": "Entretien n°7, orthophoniste salariée d'un CAMSP, Agen (Lot-et-Garonne)."}
    # one call alone, or calls out of sequence: no notes
    assert superscript_notes(split_lines("Le taux est de 12 m² en 2019. ³ Voir le rapport.")) == {}
    assert superscript_notes(split_lines("Fin. ² Une note. ⁵ Une autre.")) == {}


def test_a_quote_closed_by_a_superscript_call_takes_the_notes_interview(gazetteer):
    text, segs = _segment(LINES, gazetteer)
    s = _at(text, segs, "c'est le cahier de liaison qui fait tout")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Entretien n°3", "Nouvelle-Aquitaine")
    assert _at(text, segs, "j'envoie mes comptes rendus").speaker == "Entretien n°7"
