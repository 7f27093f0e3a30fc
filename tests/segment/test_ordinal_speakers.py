"""People presented together then quoted by rank ("La première : « … »") or as their colleague
("leur associé, Thierry, résume : « … »") (segment/ordinal_speakers.py); look-alikes: an ordinal
with no presentation before, a rank beyond the people presented."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.ordinal_speakers import presented_group

ARTICLE = [
    "Deux générations au cabinet",
    "Maëlle, 29 ans, et Josiane, 61 ans, exercent dans le même cabinet infirmier de Fontenay-le-Comte depuis trois "
    "ans. Interrogées séparément, elles décrivent la même tournée de manière opposée.",
    "La première : « Je fais quarante patients le matin, je n'ai pas le temps de m'asseoir. »",
    "La seconde, qui a connu le cabinet avant les plateformes de rendez-vous, nuance : « Le café, c'est là qu'on voit "
    "que la dame ne mange plus. »",
    "Ce désaccord n'empêche pas une organisation commune, que leur associé, Thierry, résume en souriant : « Elles se "
    "partagent les patients selon qu'ils veulent parler ou pas. »",
    "La troisième : « On nous a parlé d'une troisième infirmière qui viendrait l'an prochain. »",
]


def test_the_presenting_sentence():
    group = presented_group(ARTICLE[1])
    assert [name for name, _ in group] == ["Maëlle", "Josiane"]
    assert presented_group("Maëlle, 29 ans, exerce seule à Fontenay-le-Comte.") == []


def test_ranks_and_a_colleague_speak(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    first = _at(text, segs, "Je fais quarante patients")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Maëlle", "infirmier",
                                                                     "Pays de la Loire")
    second = _at(text, segs, "la dame ne mange plus")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "Josiane", "infirmier")
    third = _at(text, segs, "Elles se partagent les patients")
    assert (third.kind, third.speaker, third.role) == ("verbatim", "Thierry", "infirmier")


def test_a_rank_nobody_holds_or_no_presentation_names_nobody(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    assert _at(text, segs, "On nous a parlé d'une troisième").speaker != "Josiane"
    alone = ["Le rapport compare deux équipes.",
             "La première : « Je fais quarante patients le matin, je n'ai pas le temps de m'asseoir. »"]
    text, segs = _segment(alone, gazetteer)
    assert _at(text, segs, "Je fais quarante patients").speaker == ""
