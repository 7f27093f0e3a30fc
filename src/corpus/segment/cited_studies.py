"""A literature review that quotes the participants of the studies it reviews: the parenthesis
after the quotation gives the participant as the cited study does, then the study ("« … » (MG7 ;
Morel et al., 2019)", "« … » (infirmière libérale, in Dufour, 2021)", "(pharmacien, FG2 ; Garnier,
2020)"). The quotation is that participant's words, not the authors' (a parenthesis holding only
the study, "(Garnier, 2020, p. 14)", stays a citation of the literature); the participant is read
as a parenthesis of its own would be, and where they were met is where the review's sentence that
presents the study says it was done ("Morel et al. (2019) ont interrogé quatorze médecins … dans
les Vosges et en Meurthe-et-Moselle ;"). Words: ``cited_study_markers`` (lang/fr/cited_studies.yaml)
and the citation's ``citation_others`` ("et al", grammar.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .regions import resolve_region

YEAR = r"(?:19|20)\d\d[a-z]?"


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, str]:
    """The parenthesis's split (the participant, then ";" or ", in", then the study's first author,
    others and year) and the citation's others ("et al")."""
    d = cv.language_data()
    markers = cv.literal_alternation(d.get("cited_study_markers", [])) or "(?!)"
    others = "|".join(re.escape(w) for w in d.get("citation_others", [])) or "(?!)"
    split = re.compile(rf"^(?P<who>[^;()]+?)\s*(?:;\s*(?:(?:{markers})\s+)?|,\s*(?:{markers})\s+)"
                       rf"(?P<author>[A-ZÉÈ][\w'’-]+)(?:\s+(?:{others})\.?)?\s*,?\s*{YEAR}(?:\s*,\s*p\.\s*\d+(?:-\d+)?)?\s*$")
    return split, others


def cited_study(attr: str) -> tuple[str, str] | None:
    """(the participant's part, the first author of the study) of a parenthesis that names a
    participant then the study citing them ("MG7 ; Morel et al., 2019" -> ("MG7", "Morel")); None
    for anything else (a participant part that is itself a citation: "Bloch, 2014 ; Hénaut, 2015")."""
    m = _patterns(id(cv.language_data()))[0].match(attr.strip())
    if m is None or cv.AUTHOR_YEAR.search(m.group("who")):
        return None
    return m.group("who").strip(" ,"), m.group("author")


def study_place(author: str, text: str, gazetteer) -> tuple[str, str]:
    """(region, place) of the study by ``author`` as the review presents it: the places of the clause
    that follows "Morel et al. (2019)" in the text, up to a semicolon or the sentence's end."""
    others = _patterns(id(cv.language_data()))[1]
    presented = re.search(rf"(?<![\w'’-]){re.escape(author)}(?:\s+(?:{others})\.?)?\s*\({YEAR}\)", text)
    if presented is None:
        return "", ""
    clause = re.match(r"[^;\n]*?(?:[.!?](?=\s+[A-ZÉÈ])|;|\n|$)", text[presented.end():])
    return resolve_region(clause.group(0), gazetteer) if clause else ("", "")
