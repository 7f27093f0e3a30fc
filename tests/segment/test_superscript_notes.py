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


# s24-segspeech2: a HISTORY article's notes on their own lines at the end, each opened by its
# superscript call, the call glued to the quotation's last word before its period (round 42): an
# archival letter's note names its writer (not its addressee, nor the archive's shelf mark).
HISTORY = [
    "La tuberculose dans les Monts d'Arrée (1947-1955)",
    "En 1949, un médecin de Huelgoat écrit à l'inspecteur de la santé : « Je vois chaque semaine "
    "des enfants qui crachent du sang sans que personne ne les ait dépistés¹. »",
    "L'infirmière visiteuse du secteur insiste l'année suivante : « Il faudrait un camion de radiographie "
    "dans chaque canton avant l'hiver². »",
    "¹ Lettre du Dr Yves Le Roux à l'inspecteur départemental de la santé, 4 mars 1949, AD Finistère, 5 M 38.",
    "² Lettre de Mme Anna Kerjean, infirmière visiteuse à Huelgoat, au préfet, 2 mai 1950, AD Finistère, 5 M 39.",
]


def test_notes_on_their_own_lines_credit_the_letters_writers(gazetteer):
    text, segs = _segment(HISTORY, gazetteer)
    s = _at(text, segs, "un camion de radiographie")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Anna Kerjean", "infirmier")
    s = _at(text, segs, "des enfants qui crachent du sang")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Yves Le Roux", "medecin_generaliste")
    assert _at(text, segs, "au préfet, 2 mai 1950").kind == "narrative"


def test_an_unseen_oral_history_note():
    from corpus.segment.quote_sources import note_source

    note = "Entretien avec M. Paul Vigneron, pharmacien retraité, 3 juin 2001, fonds Mémoire ouvrière, cassette 12."
    assert note_source(note) == "M. Paul Vigneron, pharmacien retraité"  # the archive's fields left out
    # near-miss: a letter's addressee is not its writer, a reference is no one
    assert note_source("Lettre du maire de Saulieu au sous-préfet, 1952, AM Saulieu, 3 Q 4.") == "maire de Saulieu"
    assert note_source("Voir Faure (2004), p. 212.") is None


def test_a_plain_number_before_the_period_is_no_call():
    notes = superscript_notes(split_lines("« On nous a oubliés en 1960. »\n¹ Lettre du maire.\n² Lettre du curé."))
    assert set(notes) == {"1", "2"}  # the notes are read ...
    from corpus.segment.quotes import INNER_NOTE_CALL
    assert INNER_NOTE_CALL.search("« On nous a oubliés en 1960. »") is None  # ... but "1960" calls none
    assert INNER_NOTE_CALL.search("« On nous a oubliés en 1960³. »").group(1) == "³"
