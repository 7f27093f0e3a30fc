"""Chanted, sung or carried slogans (segment/chanted_quotes.py), on made-up lines. Near misses: a
striker's words after a colon in the same newsletter, a quotation listed after a lead that names
no chant."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.chanted_quotes import chanted_lead

NEWSLETTER = [
    "La Voix du piquet – grève des agents du centre hospitalier de Dax – n°2",
    "Ce qu'on scandait devant les urgences mardi : « On veut des lits, pas des économies ! » et « Nos patients, "
    "on les aime, on veut les soigner ! »",
    "Paroles de grévistes",
    "Nadia, brancardière de nuit depuis dix ans : « Je fais quinze kilomètres par nuit dans les couloirs, on me "
    "demande d'en faire vingt. »",
    "Karim, aide-soignant au bloc : « Moi je ne veux plus choisir entre deux patients. Je suis venu pour soigner. »",
]


def test_chanted_slogans_are_narrative(gazetteer):
    text, segs = _segment(NEWSLETTER, gazetteer)
    assert _at(text, segs, "Nos patients, on les aime").kind not in ("verbatim", "turn")
    s = _at(text, segs, "quinze kilomètres par nuit")  # near miss: a striker's words
    assert (s.kind, s.speaker) == ("verbatim", "Nadia")


def test_chanted_lead():
    assert chanted_lead("Ce qu'on a chanté sur le piquet : ")
    assert chanted_lead("Ce qu'on a chanté sur le piquet : « Pas de bras ! » et ")
    assert chanted_lead("Sur les banderoles : « Non aux fermetures » ; ")
    assert chanted_lead("Les enfants entonnent en chœur : ")
    assert not chanted_lead("Ce qu'on a entendu sur le piquet : « … » et ")
    assert not chanted_lead("Une aide-soignante qui chantait dans la chorale. Elle nous dit : ")
    assert not chanted_lead("Ce qu'on a chanté sur le piquet")  # no colon: no lead-in
