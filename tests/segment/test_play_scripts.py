"""Transcripts set like a play (segment/play_scripts.py): "LA PRÉSENTATRICE. — …", a guest's
first label with the function after a comma, later the initial and surname; look-alikes: a
report's headings in capitals closed by a full stop and a dash, a plain capitals script that
the label shapes already read, a single guest line."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.play_scripts import person_key, play_speakers

DEBATE = [
    "Débat « Santé en régions », France 3 Bretagne, 12 janvier 2022 (transcription)",
    "LA PRÉSENTATRICE. — Bonsoir. Docteur Le Goff, vous exercez à Morlaix : comment avez-vous vécu ces deux ans ?",
    "YANNICK LE GOFF, INFIRMIER LIBÉRAL À MORLAIX. — On a tenu parce qu'on s'est organisés entre nous, "
    "avec la pharmacie et les deux cabinets du bourg.",
    "LA PRÉSENTATRICE. — Madame Kerjean, et les pharmacies ?",
    "ANNE KERJEAN, PHARMACIENNE À LANDERNEAU. — Nous avons été en première ligne, je n'ai jamais autant parlé aux patients.",
    "Y. LE GOFF. — C'est vrai, on se renvoyait les gens sans arrêt.",
    "LA PRÉSENTATRICE. — Merci à vous deux.",
]


def test_play_labels_are_turns_of_one_person_each(gazetteer):
    text, segs = _segment(DEBATE, gazetteer)
    s = _at(text, segs, "On a tenu parce qu'on s'est organisés")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Yannick Le Goff", "infirmier", "Bretagne")
    s = _at(text, segs, "C'est vrai, on se renvoyait")
    assert (s.kind, s.speaker, s.role) == ("turn", "Yannick Le Goff", "infirmier")
    s = _at(text, segs, "Nous avons été en première ligne")
    assert (s.kind, s.speaker, s.role) == ("turn", "Anne Kerjean", "pharmacien")
    for host in ("comment avez-vous vécu", "et les pharmacies ?", "Merci à vous deux."):
        assert _at(text, segs, host).kind == "moderator"
    assert _at(text, segs, "Débat « Santé en régions »").kind not in ("turn", "verbatim")


def test_one_person_is_keyed_by_surname():
    assert person_key("YANNICK LE GOFF") == person_key("Y. LE GOFF") == "goff"
    assert person_key("LA PRÉSENTATRICE") == "presentatrice"


@pytest.mark.parametrize("lines", [
    # a report's headings in capitals, each a sentence closed by a dash: no one speaks twice
    ["INTRODUCTION, CONTEXTE. — La communauté a été créée en 2020.",
     "MÉTHODE, ENTRETIENS. — Douze entretiens ont été menés.",
     "RÉSULTATS, SYNTHÈSE. — Les professionnels décrivent une coopération nouvelle.",
     "DISCUSSION, LIMITES. — L'échantillon est petit."],
    # a plain script in capitals: the label shapes read it already, nothing to declare
    ["LE MÉDECIN. — Bonjour.", "LA PATIENTE. — Bonjour docteur.", "LE MÉDECIN. — Qu'est-ce qui vous amène ?",
     "LA PATIENTE. — J'ai mal au dos."],
    # one guest line with a function among prose
    ["ANNE KERJEAN, PHARMACIENNE À LANDERNEAU. — Nous avons été en première ligne.", "La suite du reportage."],
])
def test_look_alikes_declare_no_speaker(lines):
    assert play_speakers(split_lines("\n".join(lines) + "\n")) == {}
