"""Quotation marks read as guillemets (corpus/segment/quote_marks.py): English-style “ ” become
« » in the text the rules read, one character for one; a lone mark stays; segments keep the
document's own marks. Session 7 (seggen2): the perturbation benchmark swapped « » for “ ”."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.quote_marks import fold_quote_marks


def test_a_pair_on_one_line_becomes_guillemets_of_the_same_length():
    text = "Elle le dit ainsi : “on était seules sur la route” (E3).\nRien d'autre."
    folded = fold_quote_marks(text)
    assert folded == "Elle le dit ainsi : «on était seules sur la route» (E3).\nRien d'autre."
    assert len(folded) == len(text)


def test_a_lone_closing_mark_inside_guillemets_stays():
    # a typing slip inside a « quotation »: folding it would close the quotation early
    text = "« On leur a dit \"on fait du social” et ils ont ri » (Coordinateur, MSP, 2021)."
    assert fold_quote_marks(text) == text


def test_a_pair_over_two_paragraphs_is_not_folded():
    text = "“Ce qui a tout changé, c'est la liste.\n“Les médecins l'avaient une semaine après.” — MK6"
    assert fold_quote_marks(text) == "“Ce qui a tout changé, c'est la liste.\n«Les médecins l'avaient une semaine après.» — MK6"


def test_a_press_quote_in_english_marks_is_read_like_one_in_guillemets(gazetteer):
    # the incise after the quotation ("», raconte Julien") is a form written for guillemets
    lines = ["Dans le Morbihan, ils ont fait vivre la solidarité entre soignants",
             "Catherine, 56 ans, infirmière à Lorient, se souvient : {o}Le premier soir, on était quinze dans une "
             "salle municipale à se répartir les patients.{c}",
             "Julien, 34 ans, pharmacien à Vannes, a découvert le collectif par hasard. {o}Un médecin m'a appelé "
             "pour des masques, et depuis je fais partie du bureau{c}, raconte Julien."]
    found = {}
    for o, c in (("« ", " »"), ("“", "”")):
        text, segs = segment_lines([ln.format(o=o, c=c) for ln in lines], gazetteer, doc={"kind": "presse"})
        seg = segment_at(text, segs, "Un médecin m'a appelé")
        found[o] = (seg.kind, seg.speaker, seg.role, seg.region)
        if o == "“":
            assert "“Un médecin" in seg.text  # the segment keeps the document's marks
    assert found["“"] == found["« "] == ("verbatim", "Julien", "pharmacien", "Bretagne")


def test_a_scare_quote_in_english_marks_stays_narrative(gazetteer):
    lines = ["La notion de “théorie des réseaux” reste floue dans les textes de l'agence, qui parlent "
             "tantôt de “cibles”, tantôt de “populations prioritaires”."]
    _, segs = segment_lines(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


# segfix50: the quotation-mark glyphs a keyboard, a word processor or an OCR engine puts for « »
# ("<< … >>" typed in a thesis, ",, … ''" of an OCR, doubled apostrophes), read in the same place.
def test_typed_and_ocr_glyphs_become_guillemets_of_the_same_length():
    for text, folded in [
            ("Comme le résume l'une d'elles : << je l'appelle >> (IDE2).",
             "Comme le résume l'une d'elles : «  je l'appelle  » (IDE2)."),
            ("Il ajoute ,,on ne se voit plus'' en riant.", "Il ajoute « on ne se voit plus » en riant."),
            # unseen variants: single guillemets doubled, LaTeX marks
            ("Elle dit ‹‹ on fait avec ›› et repart.", "Elle dit «  on fait avec  » et repart."),
            ("``On se débrouille'' (P3).", "« On se débrouille » (P3).")]:
        assert fold_quote_marks(text) == folded
        assert len(folded) == len(text)


def test_glyph_look_alikes_stay():
    # shifts in code, a subtitle's ">>" change of speaker, an elided apostrophe typed twice
    for text in ["On écrit x << 2 >> 1 dans le code.", ">> Parce qu'on était seules. Les sages-femmes",
                 "l''idée est là"]:
        assert fold_quote_marks(text) == text


def test_a_typed_quotation_is_read_with_its_code(gazetteer):
    lines = ["J'ai rencontré quatre infirmières libérales, nommées IDE1 à IDE4.",
             "Pour deux d'entre elles, la messagerie reste un outil « théorique ».",
             "<< Le dossier partagé, honnêtement, je ne l'ouvre jamais, je n'ai pas le temps >> (IDE4)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    seg = segment_at(text, segs, "Le dossier partagé")
    assert (seg.kind, seg.speaker) == ("verbatim", "IDE4")
    assert "<< Le dossier" in seg.text  # the segment keeps the document's glyphs
    assert segment_at(text, segs, "théorique").kind == "narrative"
