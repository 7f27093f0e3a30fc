"""A quotation's parenthesis that names an institution and a year cites a document, not a person;
a person with a year, an institution without one, and an interview's code stay speakers."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.cited_documents import cites_document
from corpus.segment.roles import normalize_role

SPEECH = ("turn", "verbatim")


def _cites(desc: str) -> bool:
    return cites_document(desc, normalize_role(desc))


def test_an_institution_and_a_year_is_a_document():
    assert _cites("ministère des Solidarités et de la Santé, 2018")
    assert _cites("conseil départemental du Gers, 2021")


def test_a_person_or_no_year_stays_a_speaker():
    assert not _cites("directrice de l'ARS, 2020")  # a person named by her function
    assert not _cites("ministère des Solidarités et de la Santé")  # no year: a spokesperson may speak
    assert not _cites("infirmière libérale, Gers")
    assert not _cites("E3, médecin généraliste, mai 2021")


def test_a_guideline_quoted_is_narrative_and_a_quoted_nurse_stays_verbatim(gazetteer):
    lines = ["Le guide les décrit comme « une organisation à l'initiative des professionnels du territoire » "
             "(ministère des Solidarités et de la Santé, 2018).",
             "Sur le terrain, « on s'est organisées entre nous avant que le ministère ne dise quoi que ce soit » "
             "(E4, infirmière libérale)."]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "une organisation à l'initiative").kind not in SPEECH
    assert segment_at(text, segs, "on s'est organisées entre nous").kind in SPEECH
