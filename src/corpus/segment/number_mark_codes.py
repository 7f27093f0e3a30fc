"""Informant codes written with a number mark: "« … » (MG n° 2, rural)", "(Coord. n° 1)".

General-practice theses often code their informants as an abbreviation, "n°" and a number, the
context after a comma ("rural", "semi-rural"). A quotation closed by such a parenthesis is the
words of that code ("MG n° 2": the speaker, the context left out) when its reading found no
speaker; the methods' range "installés dans le Jura (MG n° 1 à MG n° 12)" gives the codes of
that abbreviation the place the sentence names. The marks are ``number_code_marks``
(lang/fr/number_mark_codes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    marks = "|".join(re.escape(m) for m in sorted(cv.language_data().get("number_code_marks", ["n°"]), key=len, reverse=True))
    code = rf"(?P<abbr>[A-ZÉ][A-Za-zéè]{{0,7}}\.?)\s?(?:{marks})\s?(?P<num>\d{{1,3}})"
    called = re.compile(rf"^\s*\(\s*(?P<code>{code})\s*(?:[,;][^()]*)?\)")
    ranged = re.compile(rf"\((?P<abbr>[A-ZÉ][A-Za-zéè]{{0,7}}\.?)\s?(?:{marks})\s?\d{{1,3}}(?:\s*(?:{cv.word_forms('range_words')}|-|–)\s*(?P=abbr)\s?(?:{marks})\s?\d{{1,3}})?\)")
    return called, ranged


def _key() -> int:
    return id(cv.language_data())


def called_code(after: str) -> str | None:
    """The number-marked code of the parenthesis opening ``after`` ("(MG n° 2, rural)" ->
    "MG n° 2"), spaces normalised, or None."""
    m = _patterns(_key())[0].match(after)
    return " ".join(m.group("code").split()) if m else None


def range_places(texts: list[str], gazetteer) -> dict[str, tuple[str, str]]:
    """abbreviation -> (region, place) the sentence of its number-marked range names with a
    locative ("installés dans le Jura (MG n° 1 à MG n° 12) et la coordinatrice (Coord. n° 1)")."""
    from .discovery import locative_place

    out: dict[str, tuple[str, str]] = {}
    if gazetteer is None:
        return out
    for t in texts:
        for m in _patterns(_key())[1].finditer(t):
            sentence = re.split(r"(?<=[.!?])\s+", t[:m.start()])[-1]
            region, place = locative_place(sentence, gazetteer)
            if region:
                out.setdefault(m.group("abbr"), (region, place))
    return out


def rest_of_line(text: str, b: int) -> str:
    """text[b:] up to the end of its line: where a code closing a quotation stands."""
    line_end = text.find("\n", b)
    return text[b:line_end if line_end >= 0 else len(text)]


def number_code_call(seg, a: int, b: int, call):
    """A verbatim quotation text[a:b] closed by "(MG n° 2, …)" whose reading named nobody: that
    code speaks, in the place of its range when the reading found none."""
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    code = called_code(rest_of_line(seg.text, b))
    if code is None:
        return call
    attrs = {**call.attrs, "speaker": code}
    context = rest_of_line(seg.text, b).split(")")[0].partition(",")[2]
    if attrs.get("role") == "autre" and not describes_person(context) and not cv.PERSON_WORDS.search(context):
        # "(CDS n° 3, municipal, Vénissieux)": the unit's number, how it is run and where; nothing says
        # what the person who answered does
        attrs["role"] = "inconnu"
    abbr = code.split()[0] if " " in code else code
    place = seg.number_places.get(abbr)
    if place and not attrs.get("region"):
        attrs["region"], attrs["place"] = place
    return type(call)(True, attrs, call.attribution)
