"""Quotations inside a quotation (corpus/segment/nested_quotes.py): the inner pair is read as ‹ ›,
one character for one, so the readers of « » see one quotation; the segments keep the document's
marks. Session 8 (seggen4): the perturbation benchmark put a term in “ ” inside « » quotations
(quotes_inner_curly) and the reverse (quotes_inner_guillemets)."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.nested_quotes import fold_nested_quotes
from corpus.segment.quote_marks import fold_quote_marks


def test_an_inner_pair_is_read_as_single_guillemets_of_the_same_length():
    text = "Elle résume : « on nous parlait de «cluster» tous les soirs » (E3, infirmière)."
    folded = fold_nested_quotes(text)
    assert folded == "Elle résume : « on nous parlait de ‹cluster› tous les soirs » (E3, infirmière)."
    assert len(folded) == len(text)


def test_the_reverse_nesting_once_english_marks_are_read_as_guillemets():
    text = "Il le dit : “ la « continuité » n'existait plus ” (P2, médecin généraliste)."
    folded = fold_nested_quotes(fold_quote_marks(text))
    assert folded == "Il le dit : « la ‹ continuité › n'existait plus » (P2, médecin généraliste)."


def test_two_quotations_side_by_side_and_a_paragraph_left_open_stay():
    side = "D'un côté « la ville », de l'autre « la campagne » : tout les oppose."
    assert fold_nested_quotes(side) == side
    # one paragraph of a quotation over several paragraphs: opened, never closed on its line
    open_para = "« Pendant le confinement, le cabinet était fermé et je tournais en rond."
    assert fold_nested_quotes(open_para) == open_para
    # but a term quoted inside that open paragraph is inner
    assert fold_nested_quotes("« On parlait de « cluster » partout.") == "« On parlait de ‹ cluster › partout."


def test_an_inner_term_does_not_cut_the_quotation_or_change_its_speaker(gazetteer):
    found = {}
    for inner in ("des réunions", "des “réunions”", "des « réunions »"):
        lines = ["Les infirmières décrivent une coordination improvisée.",
                 f"« On faisait {inner} le soir, en visio, après les tournées, et tout le monde venait » "
                 "(E4, infirmière libérale, Lorient).",
                 "Cette organisation a duré jusqu'à l'été."]
        text, segs = segment_lines(lines, gazetteer)
        seg = segment_at(text, segs, "On faisait")
        assert "tout le monde venait" in seg.text and inner in seg.text  # the document's own marks
        found[inner] = (seg.kind, seg.speaker, seg.role, seg.region)
    assert len(set(found.values())) == 1 and found["des réunions"][0] == "verbatim"


def test_a_book_title_inside_a_cited_sentence_stays_narrative(gazetteer):
    # look-alike: an author cited in guillemets, with a title in “ ” inside, and (Author, year)
    lines = ["Comme l'écrit Bloch, « la coordination, ce “travail d'articulation”, ne se décrète pas » "
             "(Bloch, 2014, p. 12)."]
    _, segs = segment_lines(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_the_next_paragraph_of_a_quotation_run_onto_the_line_is_not_nested():
    # French quotations over two paragraphs open each with «; extraction ran them onto one line
    text = ("[I1] « À la campagne, on n'a pas attendu la CPTS. On se connaît tous. « Ce que la CPTS a "
            "apporté, c'est l'argent pour payer quelqu'un. » [I5] « Ma préparatrice m'a dit un jour. »")
    assert fold_nested_quotes(text) == text


NUMBERED_EXAMPLES = [
    "Les ergothérapeutes rencontrées décrivent un travail pris en étau entre la date de sortie, fixée par le "
    "service, et le temps des artisans. Une ergothérapeute d'équipe spécialisée Alzheimer à Dole le raconte ainsi (14) :",
    "(14) «On passe la {veille} de la sortie, on voit la baignoire, on sait que ça ne va pas aller. Mais le lit "
    "médicalisé {arrive} le lundi, et la dame rentre le vendredi.»",
    "Ce décalage n'est pas propre au domicile. Une collègue libérale installée à Besançon insiste davantage sur "
    "l'absence de prescription (15) :",
    "(15) «Moi je n'existe pas dans le parcours. Le médecin ne sait pas qu'il peut m'appeler, et la CPTS ne m'a "
    "jamais sollicitée pour quoi que ce soit.»",
    "(16) «Quand le dossier {arrive} chez nous, le patient est déjà rentré. On rattrape.»",
    "L'exemple (16), recueilli auprès d'une assistante sociale de secteur à Pontarlier, montre que le retard se "
    "joue en amont. Comme en (14), la coordination se fait à rebours.",
]


def test_numbered_examples_with_quoted_terms_stay_verbatims(gazetteer):
    # unseen14's numbered examples (memoire_ergo_exemples_annonces) under quotes_inner_curly: with
    # the terms in “ ” inside « », all four examples had become narrative
    found = {}
    for name, marks in (("plain", ("", "")), ("inner", ("“", "”"))):
        lines = [ln.replace("{veille}", f"{marks[0]}veille{marks[1]}").replace("{arrive}", f"{marks[0]}arrive{marks[1]}")
                 for ln in NUMBERED_EXAMPLES]
        text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
        found[name] = [(segment_at(text, segs, s).kind, segment_at(text, segs, s).role)
                       for s in ("On passe la", "Moi je n'existe", "Quand le dossier")]
    assert found["inner"] == found["plain"]
    assert found["plain"][0] == ("verbatim", "autre_paramedical")
