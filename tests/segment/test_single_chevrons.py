"""Single French chevrons ‹ … › as a document's quotation marks (corpus/segment/quote_marks.py,
lang/fr/quote_marks.yaml ``quote_mark_glyphs``) and speaker codes with a point between capitals,
a status and a number, "K.lib.2", "K.sal.1" (conventions.DOTTED_CODE). Session 21 (segfix52):
round 38's physiotherapy memoir quoted with ‹ › and coded its interviewees so."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.quote_marks import fold_quote_marks


def test_single_chevrons_become_guillemets_of_the_same_length():
    text = "K.lib.2 raconte : ‹ le patient arrive avec un papier de trois lignes ›."
    folded = fold_quote_marks(text)
    assert folded == "K.lib.2 raconte : « le patient arrive avec un papier de trois lignes »."
    assert len(folded) == len(text)


def test_a_chevron_quote_with_a_dotted_code_after_it_is_that_code_s(gazetteer):
    lines = ["Tous décrivent une sortie de SSR mal préparée.",
             "‹ On envoie le compte rendu au médecin traitant, mais jamais au kiné de ville. › (K.sal.1, kiné salarié)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    seg = segment_at(text, segs, "On envoie le compte rendu")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "K.sal.1", "kinesitherapeute")


def test_unseen_variant_other_profession_and_status_codes(gazetteer):
    # other letters, other statuses ("hosp", "lib"), a code of two capitals, a place in Occitanie
    lines = ["Les infirmières rencontrées décrivent un lien fragile avec l'hôpital.",
             "‹ On apprend la sortie par la famille, le jour même, et il faut tout réorganiser. › (IDE.lib.3, infirmière, Albi)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    seg = segment_at(text, segs, "On apprend la sortie")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "IDE.lib.3", "infirmier", "Occitanie")


def test_near_miss_a_term_in_chevrons_and_a_reference_stay_narrative(gazetteer):
    # an expression of the field in single chevrons inside a narrative sentence; an article of a code
    lines = ["Ce manque de transmission est reconnu dans les établissements, où l'on parle volontiers de "
             "‹ sortie sèche › pour ces patients renvoyés à domicile sans relais (Art.L.1111 du code).",
             "On écrit parfois x ‹ 2 › y dans les tableaux."]
    _, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
    assert fold_quote_marks("x ‹ 2 › y") == "x ‹ 2 › y"
