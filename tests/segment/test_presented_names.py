"""A quotation introduced by its speaker's first name, an apposition saying what they do, and a
speech verb (segment/presented_names.py): "Ginette, infirmière libérale à Sainte-Rose, le dit sans
détour : « … »", even after a sentence whose subject speaks ("Les soignants décrivent …").
Look-alikes: a first name whose apposition is no person's description, a first name with no
speech verb after it, a name in an earlier sentence."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.presented_names import presented_speaker
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_the_presented_first_name_speaks(gazetteer):
    lines = ["Vieillir chez soi : paroles du Morbihan",
             "L'enquête a été menée en 2022 auprès de personnes âgées vivant seules et des soignants qui passent "
             "chez elles ; les entretiens ont duré une heure.",
             "Les soignants décrivent la même scène depuis le palier. Josiane, infirmière libérale à Vannes, "
             "le dit sans détour : « On passait en coup de vent, et on savait qu'on était la seule visite. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "On passait en coup de vent")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Josiane", "infirmier", "Bretagne")


@pytest.mark.parametrize("before", [
    "Josiane, 1re partie, le résume ainsi : ",  # the apposition describes no person
    "Josiane, aide-soignante à Vannes, était seule ce jour-là : ",  # no speech verb
    "Josiane, aide-soignante à Vannes, le dit. Les soignants décrivent la scène : ",  # another sentence
])
def test_lead_ins_that_present_no_speaker(before, gazetteer):
    assert presented_speaker(before, gazetteer) is None


def test_the_apposition_gives_role_and_place(gazetteer):
    attrs = presented_speaker("Ginette, infirmière libérale à Pointe-à-Pitre, le dit sans détour : ", gazetteer)
    assert (attrs["speaker"], attrs["role"], attrs["region"]) == ("Ginette", "infirmier", "Guadeloupe")


# session 17 (segfix41): a named subject and its apposition, a verb that is no speech verb, a colon
def test_a_named_subject_before_a_colon_speaks_when_the_quote_speaks(gazetteer):
    from corpus.segment.presented_names import colon_subject_speaker

    before = "À la pharmacie de garde, Fabrice Jean-Louis, pharmacien titulaire, voit passer les mêmes patients : "
    attrs = colon_subject_speaker(before, "Le soir, les gens viennent chez nous parce que c'est la seule lumière.",
                                  gazetteer)
    assert (attrs["speaker"], attrs["role"]) == ("Fabrice Jean-Louis", "pharmacien")
    # words that do not speak (no first person, no oral marker): a notice the pharmacist put up
    shown = "À la pharmacie, Fabrice Jean-Louis, pharmacien titulaire, a affiché sur la vitrine : "
    assert colon_subject_speaker(shown, "Pharmacie fermée le dimanche et les jours fériés.", gazetteer) is None
    text, segs = _segment([before + "« Le soir, les gens viennent chez nous parce que c'est la seule lumière "
                           "allumée du bourg. »", shown + "« Pharmacie fermée le dimanche et les jours fériés. »"],
                          gazetteer)
    assert (_at(text, segs, "Le soir, les gens").kind, _at(text, segs, "Le soir, les gens").speaker) == \
        ("verbatim", "Fabrice Jean-Louis")
    assert _at(text, segs, "Pharmacie fermée").kind == "narrative"
