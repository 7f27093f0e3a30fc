"""Incises the press types without their hyphen ("», se souvient elle", "», explique t-il";
conventions.VERB_AFTER) and a quotation whose closing guillemet was forgotten, closed at the
incise that ends its paragraph (« …, explique t-il.; split_quotes.close_at_incise). Session 21
(segfix52): round 38's regional press article with typos."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.split_quotes import close_at_incise


def test_incises_without_hyphen_and_an_unclosed_quote(gazetteer):
    lines = ["Nathalie Roux, infirmière coordinatrice, fait le tour du propriétaire. \"Au départ on était quatre, "
             "on se réunissait dans ma cuisine le soir\", se souvient elle en souriant.",
             "Le docteur Arnaud Bellon, l'un des trois médecins généralistes, a rejoint l'équipe en 2021. « Sans la "
             "maison de santé, je ne serai jamais venu m'installer ici. Ce qui m'a décidé, c'est de ne pas être seul, "
             "explique t-il."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    seg = segment_at(text, segs, "on se réunissait dans ma cuisine")
    assert (seg.kind, seg.speaker) == ("verbatim", "Nathalie Roux")
    seg = segment_at(text, segs, "je ne serai jamais venu")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Arnaud Bellon", "medecin_generaliste")
    assert "explique t-il" not in seg.text


def test_unseen_variant_other_verbs_and_people(gazetteer):
    lines = ["Karim Haddad, pharmacien à Mende, reçoit dans son officine. « On a fait les tests dans l'arrière-boutique "
             "pendant des mois, sans pause », raconte il, encore fatigué.",
             "Claire Vidal, sage-femme libérale, a ouvert son cabinet en 2020. « Au début je faisais tout seule, les "
             "suivis, les visites à domicile, le soir aussi, poursuit t-elle."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    seg = segment_at(text, segs, "les tests dans l'arrière-boutique")
    assert (seg.kind, seg.speaker) == ("verbatim", "Karim Haddad")
    seg = segment_at(text, segs, "je faisais tout seule")
    assert (seg.kind, seg.speaker) == ("verbatim", "Claire Vidal")


def test_near_miss_a_clause_after_a_comma_and_a_quotation_over_paragraphs():
    # "mais il" is no incise; a quotation continued in the next paragraph keeps its open mark
    text = ("« La maison de santé a changé le quartier, mais il reste beaucoup à faire.\n"
            "« On cherche encore un médecin, explique-t-elle.\n« Et un kiné. »")
    assert close_at_incise(text) == text
