"""Turns of a transcript without punctuation that extraction ran together on one line
(segment/unpunctuated_turns.py): "#5 : … dix minutes enq : et …". Look-alikes that must not be
cut: a form whose field names recur at the start of lines and inside a sentence."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.recurring_labels import prefix_of, settings
from corpus.segment.unpunctuated_turns import split_unpunctuated


def _prefix(text):
    return prefix_of(text, settings())


RUN_TOGETHER = [
    "Annexe 4 — Entretien avec une orthophoniste libérale, mars 2022.",
    "enq : vous travaillez avec la cpts depuis quand ?",
    "#5 : depuis le début je crois en vingt-vingt on était trois au départ enq : et pendant le covid ça a changé quoi pour vous ?",
    "#5 : tout on faisait les bilans en visio avec les parents à côté de l'enfant enq : vous avez gardé ça ?",
    "#5 : non les enfants décrochent au bout de dix minutes et moi je ne vois pas leur bouche",
]


def test_a_turn_line_is_cut_before_the_next_label():
    lines = split_lines("\n".join(RUN_TOGETHER))
    cut = split_unpunctuated(lines, _prefix)
    assert [ln.text.split(" : ")[0] for ln in cut if " : " in ln.text] == ["enq", "#5", "enq", "#5", "enq", "#5"]
    assert "".join(ln.text for ln in cut) == "".join(ln.text for ln in lines)  # no character lost or moved


def test_unpunctuated_turns_are_read_with_their_speakers(gazetteer):
    text, segs = _segment(RUN_TOGETHER, gazetteer)
    for snippet in ("depuis le début je crois", "tout on faisait les bilans", "non les enfants décrochent"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", "#5"), snippet
    for snippet in ("et pendant le covid ça a changé", "vous avez gardé ça"):
        assert _at(text, segs, snippet).kind == "moderator", snippet


FORM = [
    "Fiche de liaison ville-hôpital",
    "Motif : chute à domicile, bilan à prévoir",
    "Traitement : inchangé depuis la sortie, voir le motif : chute",
    "Motif : réévaluation du traitement antalgique",
]


def test_a_form_whose_fields_recur_inside_a_line_is_not_cut():
    lines = split_lines("\n".join(FORM))
    assert split_unpunctuated(lines, _prefix) is lines  # "motif :" inside a line: another case, another line's field


FORM_RUN_TOGETHER = [
    "Fiche de liaison ville-hôpital remplie par l'infirmière coordinatrice",
    "Motif : chute à domicile Traitement : inchangé depuis la sortie",
    "Traitement : antalgique de palier 1 Motif : réévaluation à J7",
    "Motif : suivi de plaie Traitement : pansement tous les deux jours",
    "Contact : cabinet infirmier du bourg",
]


def test_a_form_run_together_gives_no_turn(gazetteer):
    text, segs = _segment(FORM_RUN_TOGETHER, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "moderator", "verbatim")]


# a key to abbreviated labels above a transcript, its entries separated by semicolons (round 29's
# Mayotte duo, reworded): a legend, not three turns; its words give the labels their roles
KEYED = [
    "Annexe 2 – Entretien avec l'infirmière et la pharmacienne de la MSP",
    "Inf. : infirmière libérale, installée à Guingamp ; Pharm. : pharmacienne titulaire à Paimpol ; Enq. : l'enquêteur.",
    "Enq. : Comment la MSP s'est-elle montée ?",
    "Inf. : On a commencé à trois, dans l'ancien presbytère, et on a tout fait nous-mêmes.",
    "Pharm. : Et moi je suis arrivée après, quand il a fallu organiser les renouvellements.",
    "Enq. : Vous vous voyez souvent ?",
    "Inf. : Oui, on se croise tous les midis, on n'a même pas besoin de réunion.",
]


def test_a_key_line_is_not_cut_into_turns():
    lines = split_lines("\n".join(KEYED))
    assert split_unpunctuated(lines, _prefix) is lines  # each entry after a semicolon: a key


def test_a_key_line_is_narrative_and_gives_the_roles(gazetteer):
    text, segs = _segment(KEYED, gazetteer)
    assert _at(text, segs, "infirmière libérale, installée à Guingamp").kind == "narrative"
    assert _at(text, segs, "pharmacienne titulaire à Paimpol").kind == "narrative"
    seg = _at(text, segs, "On a commencé à trois")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Inf.", "infirmier")
    seg = _at(text, segs, "je suis arrivée après")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Pharm.", "pharmacien")
    assert _at(text, segs, "Vous vous voyez souvent").kind == "moderator"
