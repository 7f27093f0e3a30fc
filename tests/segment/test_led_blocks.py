"""Roman paragraphs of unquoted words under a sentence that presents their speaker and ends with a
colon, "Nadia (52 ans, aide à domicile) décrit ainsi … :" (segment/led_blocks.py); look-alikes: a
single lead, the author's colon before prose, a lead over a quotation in guillemets."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.led_blocks import lead_person, settings

MEMOIR = [
    "Chapitre 2. Les nuits de garde",
    "Les récits des auxiliaires convergent sur la solitude des tournées du soir.",
    "Ghislaine (49 ans, auxiliaire de vie depuis 15 ans) raconte ainsi l'hiver 2021 :",
    "Le soir je finissais à vingt-deux heures, et je rentrais par la départementale sans croiser une voiture. On n'avait pas de téléphone de service, j'appelais avec le mien.",
    "Au bout d'un mois on nous a donné un boîtier d'alerte, mais il ne captait pas dans la vallée, alors je le laissais dans la voiture.",
    "La comparaison avec les soignants revient souvent. Rachid (33 ans, 4 ans d'ancienneté) :",
    "Nous on n'avait pas de prime, on n'avait pas d'applaudissements, on avait les courses des dames à porter, et je le dis sans amertume.",
    "Ces récits dessinent une solidarité de métier.",
]


def test_the_words_under_the_lead_are_its_persons(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer)
    s = _at(text, segs, "je rentrais par la départementale")
    assert (s.kind, s.speaker) == ("verbatim", "Ghislaine")
    assert s is _at(text, segs, "il ne captait pas dans la vallée")  # over two paragraphs
    s = _at(text, segs, "on avait les courses des dames")
    assert (s.kind, s.speaker) == ("verbatim", "Rachid")
    assert _at(text, segs, "Ces récits dessinent").kind == "narrative"


def test_a_single_lead_is_no_convention(gazetteer):
    text, segs = _segment(MEMOIR[:5] + MEMOIR[7:], gazetteer)
    assert _at(text, segs, "je rentrais par la départementale").kind != "verbatim"


def test_lead_person_shapes():
    s = settings()
    assert lead_person("Ghislaine (49 ans, auxiliaire de vie depuis 15 ans) raconte ainsi l'hiver 2021 :", s) == \
        ("Ghislaine", "49 ans, auxiliaire de vie depuis 15 ans")
    assert lead_person("Laurent, 52 ans, médecin généraliste, explique :", s)[0] == "Laurent"
    assert lead_person("Les résultats sont présentés ci-dessous :", s) is None
    assert lead_person("Ghislaine (49 ans) le dit : « On rentrait tard. »", s) is None  # quoted, not led
