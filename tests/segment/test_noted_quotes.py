"""Quotations set in a footnote, the source after them (segment/noted_quotes.py, s41): made-up
report pages; near-misses: an epigraph's author and title, a text or a body quoted in a note, a
quotation in the body whose line opens with no note call."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.noted_quotes import noted_attrs, noted_source


def test_the_source_after_a_footnotes_quotation():
    assert noted_source("² ", " Agente de quai, entretien du 4 mai.") == "Agente de quai, entretien du 4 mai"
    assert noted_source("3. ", "» Paul Rivière, éclusier.") == "Paul Rivière, éclusier"
    # a line that is no note: text before the quotation, nothing after it
    assert noted_source("Elle le dit ainsi : ", " Agente de quai.") is None
    assert noted_source("² ", "") is None


@pytest.mark.parametrize("desc, expected", [
    ("Agente de quai, écluse de Pouilly, entretien du 4 mai 2023", ("", "autre")),
    ("Paul Rivière, éclusier à Briare", ("Paul Rivière", "autre")),
    ("Infirmière libérale, Saint-Fargeau, entretien de mars 2024", ("", "infirmier")),
    ("Propos recueilli auprès d'un marinier qui a souhaité que ni son nom ni sa fonction ne soient cités",
     ("", "inconnu")),
])
def test_a_source_that_describes_someone(gazetteer, desc, expected):
    attrs = noted_attrs(desc, gazetteer)
    assert (attrs["speaker"], attrs["role"]) == expected


@pytest.mark.parametrize("desc", ["Blaise Cendrars, La Prose du Transsibérien, 1913",
                                  "Rapport de la Cour des comptes, 2022",
                                  "Ministère des Transports, circulaire du 2 mai 2019",
                                  "Voies navigables de France, règlement de police"])
def test_a_source_that_is_a_text_or_a_body_describes_no_one(gazetteer, desc):
    assert noted_attrs(desc, gazetteer) is None


PAGE = ["Chapitre 3 – Le canal de Briare",
        "Les éclusiers décrivent des journées fragmentées¹. La manœuvre des portes à la main reste la règle².",
        "Le voyage commence à l'écluse³.",
        "Aucun accident du travail n'a été déclaré pendant la saison de navigation.",
        "¹ « On mange debout, entre deux bassinées, et l'été on ne s'assoit jamais avant vingt heures. » "
        "Agente de quai, écluse de Rogny, entretien du 4 mai 2023.",
        "² « Le cabestan, c'est quarante tours pour une porte, et j'en fais trente par jour. » "
        "Paul Rivière, éclusier à Briare.",
        "³ « Il n'y a pas de voyage sans attente. » Blaise Cendrars, Feuilles de route, 1924.",
        "Canal de Briare 2023 – page 12"]


def test_footnotes_quotations_are_their_sources_words(gazetteer):
    text, segs = segment_lines(PAGE, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "On mange debout, entre deux bassinées")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    s = segment_at(text, segs, "quarante tours pour une porte")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Paul Rivière", "autre", "Centre-Val de Loire")
    # a note quoting a writer: nobody's words here
    assert segment_at(text, segs, "pas de voyage sans attente").kind != "verbatim"
