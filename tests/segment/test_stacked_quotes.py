"""Italic quotation paragraphs stacked one under the other above one description line are one
quotation (segment/stacked_quotes.py); look-alikes: italic quotations each with its own
description, italic quotations followed by the author's sentence."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

THESIS = [
    "3.4 La régulation des urgences dentaires",
    "Les praticiens interrogés décrivent une régulation absente le dimanche.",
    "« Le numéro de garde renvoie sur un répondeur, et le répondeur donne mon numéro de portable. »",
    "« J'en ai parlé à la CPTS de Saverne, ils m'ont dit qu'ils ne s'occupaient pas du dentaire pour l'instant. »",
    "Praticien K, 31 ans, centre de santé dentaire, Bas-Rhin",
    "Les assistantes insistent sur l'accueil téléphonique.",
    "« Je prends les appels, je trie, et le docteur arrive à dix heures, quand il arrive. »",
    "« On est seules au téléphone avec des patients qui ont mal depuis trois jours. »",
    "Ces deux témoignages montrent une charge mal reconnue.",
]
ITALIC = {2, 3, 6, 7}


def test_stacked_italic_quotations_are_one(gazetteer):
    text, segs = _segment(THESIS, gazetteer, styles=line_styles(THESIS, ITALIC))
    first = _at(text, segs, "Le numéro de garde renvoie")
    assert first.kind == "verbatim" and first is _at(text, segs, "ils ne s'occupaient pas du dentaire")


def test_look_alikes_stay_two(gazetteer):
    text, segs = _segment(THESIS, gazetteer, styles=line_styles(THESIS, ITALIC))
    # followed by the author's sentence, not a description: two quotations
    assert _at(text, segs, "Je prends les appels") is not _at(text, segs, "On est seules au téléphone")
    roman = _segment(THESIS, gazetteer, styles=line_styles(THESIS, set()))
    text, segs = roman
    # not in italics: left to the other readers
    assert _at(text, segs, "Le numéro de garde renvoie") is not _at(text, segs, "ils ne s'occupaient pas du dentaire")
