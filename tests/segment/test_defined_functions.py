"""People designated by their function only, the trade behind each given once (segment/defined_functions.py):
"Le président est médecin généraliste, le trésorier pharmacien" then "« … », résume le président"; an
unseen variant (an association's vice-president and secretary, a nurse and a physiotherapist); near-misses:
a function defined by no trade ("Le président est élu pour trois ans"), a function the text never defines."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.defined_functions import defined_functions


def test_a_function_quoted_alone_takes_the_trade_the_methods_give_it(gazetteer):
    text, segs = _segment([
        "Les personnes interrogées sont désignées par leur fonction dans la CPTS du Lodévois, pour ne pas les identifier. "
        "Le président est médecin généraliste, le trésorier pharmacien.",
        "Le projet est né d'un constat. « On avait trois patients sans médecin traitant chaque semaine à l'accueil », résume le président.",
    ], gazetteer)
    quote = _at(text, segs, "trois patients sans médecin traitant")
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "", "medecin_generaliste")


def test_the_entries_after_the_first_leave_the_verb_out():
    found = defined_functions(["Dans l'association, la vice-présidente est infirmière libérale, la trésorière "
                               "masseuse-kinésithérapeute ; les autres membres ne sont pas cités."])
    assert found == {"vice-presidente": "infirmière libérale", "tresoriere": "masseuse-kinésithérapeute"}


def test_a_function_no_trade_defines_is_left_as_it_is(gazetteer):
    assert defined_functions(["Le président est élu pour trois ans. La secrétaire est absente le lundi."]) == {}
    text, segs = _segment([
        "Le président est élu pour trois ans par l'assemblée générale de la CPTS du Lodévois.",
        "« On avait trois patients sans médecin traitant chaque semaine à l'accueil », résume le président.",
    ], gazetteer)
    assert _at(text, segs, "trois patients sans médecin traitant").role != "medecin_generaliste"
