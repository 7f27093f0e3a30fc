"""Short quotations chained by « / » under one collective attribution after the last (a local
health diagnosis's "cloud" of extracts): each quotation shares the attribution (the conjunctions of
lang/fr/chained_quotes.yaml, segment/chained_quotes.py). Residents credited as a group,
"(habitants, réunion de Guise)", describe people (person_words). Session 21 (segfix52), round 38."""

from __future__ import annotations

from segment_text import segment_at, segment_lines


def test_quotes_chained_by_slashes_share_the_collective_attribution(gazetteer):
    lines = ["Ce que disent les habitants",
             "« Pour un ophtalmo, c'est Saint-Quentin ou Charleville, et sans voiture c'est la journée » / « Notre "
             "médecin part à la retraite en juin et personne ne reprend » (habitants, réunion de Guise)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    for snippet in ("Pour un ophtalmo", "Notre médecin part"):
        seg = segment_at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "", "autre")


def test_unseen_variant_three_quotes_of_professionals(gazetteer):
    lines = ["« Les urgences de Vire ferment la nuit » / « On n'a plus de pédiatre » / « Les patients font "
             "quarante minutes de route » (professionnels de santé, atelier de Flers)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    for snippet in ("Les urgences de Vire", "plus de pédiatre", "quarante minutes"):
        seg = segment_at(text, segs, snippet)
        assert (seg.kind, seg.region) == ("verbatim", "Normandie")


def test_near_miss_titles_separated_by_slashes_and_a_citation(gazetteer):
    # programme titles in guillemets chained by slashes, the publication they come from after them
    lines = ["Les actions retenues : « Bouger plus » / « Manger mieux » / « Dormir assez » (Dupont, 2021)."]
    _, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
