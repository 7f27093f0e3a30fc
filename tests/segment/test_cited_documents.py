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


# s31-segr56a: a scripture verse and its reference after the quotation
def test_a_scripture_reference_cites_a_verse_not_a_speaker(gazetteer):
    from corpus.segment.cited_documents import cites_scripture
    lines = ["Aumônerie de l'hôpital de Mende – Lettre aux bénévoles",
             "« Il y a un temps pour pleurer et un temps pour rire. » (Ecclésiaste 3, 4)",
             "Ce mois-ci, nous avons accompagné douze familles en soins palliatifs."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "bulletin"})
    assert segment_at(text, segs, "un temps pour pleurer").kind not in SPEECH
    for ref in ("Jn 11,35", "1 Co 13, 4-7", "Psaume 23", "Luc 10, 34"):
        assert cites_scripture(ref), ref


def test_a_participant_or_a_profile_is_no_scripture_reference(gazetteer):
    from corpus.segment.cited_documents import cites_scripture
    for desc in ("Pierre 3", "Ph 4", "Luc, 45 ans", "Jean, 52 ans, Mende", "Marc, infirmier, 2019", "Matthieu"):
        assert not cites_scripture(desc), desc
    # (s31-segr56b) a visitor's words credited like a verse's book stay speech beside a verse
    lines = ["Mot du curé",
             "« Aimons-nous les uns les autres, car l'amour vient de Dieu. » (1 Jn 4, 7)",
             "Lors de la visite, une aidante nous a dit : « Je viens tous les jeudis, je ne pourrais plus "
             "m'en passer, vous savez. » (Luc, 41 ans, Brest)"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Aimons-nous les uns les autres").kind not in SPEECH
    assert segment_at(text, segs, "Je viens tous les jeudis").kind in SPEECH
