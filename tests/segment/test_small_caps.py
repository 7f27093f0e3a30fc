"""Attributions set in small capitals (corpus/segment/small_caps.py): "« … » (I12, INFIRMIÈRE
LIBÉRALE, GIRONDE)" read like "(I12, infirmière libérale, Gironde)". Session 8 (seggen4): the
perturbation benchmark set the attributions so (attr_small_caps): speaker 1.00 → 0.93."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.small_caps import read_small_caps


def test_words_recased_one_for_one_codes_and_acronyms_kept():
    text = "« On y allait quand même » (I12, INFIRMIÈRE LIBÉRALE, 45 ANS, HAUT-JURA)."
    read = read_small_caps(text)
    assert read == "« On y allait quand même » (I12, infirmière libérale, 45 ans, Haut-Jura)."
    assert len(read) == len(text)
    assert read_small_caps("(MARIE, IDEL, CPTS DU PAYS DE MORLAIX)") == "(Marie, IDEL, CPTS du Pays de Morlaix)"


def test_a_parenthesis_with_lower_case_letters_or_only_acronyms_stays():
    for text in ("« On y allait » (I12, infirmière libérale, Gironde).", "« Le parcours » (HAS, 2020).",
                 "Les sigles (CPTS, MSP, ARS) reviennent partout."):
        assert read_small_caps(text) == text


def test_a_pseudonym_in_small_capitals_is_the_speaker(gazetteer):
    found = {}
    for attr in ("Mathilde, infirmière libérale, pays de Caux", "MATHILDE, INFIRMIÈRE LIBÉRALE, PAYS DE CAUX"):
        lines = ["Pendant la crise sanitaire, la distance a favorisé les échanges.",
                 f"« Avant le Covid, je ne connaissais le kiné de la vallée que de nom. Avec les visios du soir, "
                 f"on a fini par se tutoyer. » ({attr})"]
        text, segs = segment_lines(lines, gazetteer)
        seg = segment_at(text, segs, "Avant le Covid")
        found[attr] = (seg.kind, seg.speaker, seg.role, seg.region)
    assert found["MATHILDE, INFIRMIÈRE LIBÉRALE, PAYS DE CAUX"] == found["Mathilde, infirmière libérale, pays de Caux"]
    assert found["Mathilde, infirmière libérale, pays de Caux"] == ("verbatim", "Mathilde", "infirmier", "Normandie")


def test_a_body_cited_by_its_acronym_and_a_year_keeps_its_capitals():
    # "(DREES, 2019)" cites a body's text (segment/parenthesis_references.py): not small capitals
    for text in ("La DREES observe que « la délivrance doit être accompagnée d'un conseil » (DREES, 2019).",
                 "« Les soins non programmés relèvent du territoire » (IGAS, 2021)."):
        assert read_small_caps(text) == text
    assert read_small_caps("« On se voit » (ODILE, 2019)") == "« On se voit » (ODILE, 2019)"


def test_a_code_of_capitals_and_a_letter_is_no_small_capitals(gazetteer):
    """Session 31: "(MG-C)" after a quotation, the thesis's GPs told apart by a letter ("MG-A" …
    "MG-D" in its table): a code, kept as written and read as the participant. Near miss: a role in
    small capitals is still read in lower case."""
    assert read_small_caps("« … » (MG-C)") == "« … » (MG-C)"
    assert read_small_caps("« … » (I12, INFIRMIÈRE LIBÉRALE)") == "« … » (I12, infirmière libérale)"
    lines = ["Code | Sexe | Âge | Commune", "MG-A | Femme | 38 ans | Hesdin", "MG-B | Homme | 61 ans | Frévent",
             "MG-C | Homme | 45 ans | Auxi-le-Château",
             "« Si je lui enlève son comprimé, elle va voir le confrère d'à côté qui le lui remettra. » (MG-C)"]
    text, segs = segment_lines(lines, gazetteer)
    quote = segment_at(text, segs, "elle va voir le confrère")
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "MG-C", "medecin_generaliste")


def test_an_abbreviation_the_table_uses_as_a_code_stays_in_capitals():
    # s43 (round 88): "(IDEC)" after a quote, "| IDEC | …" in the participants table: the code as written
    text = ("| IDEC | Infirmière coordinatrice | 48 |\n"
            "« Pour un rendez-vous chez le dentiste, il faut une ambulance et un accompagnant » (IDEC).\n"
            "« On attend que ça fasse vraiment mal, alors on appelle » (INFIRMIÈRE LIBÉRALE, GIRONDE).\n")
    read = read_small_caps(text)
    assert "(IDEC)" in read
    assert "(infirmière libérale, Gironde)" in read  # small capitals elsewhere still read
