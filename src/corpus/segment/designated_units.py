"""References that name the unit a quotation came from rather than a person's code: "« … »
(Officine C, titulaire)", "(carte n° 7, infirmière, Peyrelevade)", "(Officine E)". The unit (a
pharmacy, a practice, a drawing, a photograph: ``designated_unit_nouns`` in
lang/fr/designated_units.yaml) and its letter or number identify the speaker; when the document
refers to the same unit with two different functions (the titulaire and the préparatrice of one
pharmacy), the function is part of the speaker, since it alone tells the two people apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import description_fields


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern | None:
    data = cv.language_data()
    nouns = data.get("designated_unit_nouns", [])
    if not nouns:
        return None
    marks = "|".join(data.get("designated_unit_number_marks", [])) or "(?!)"
    # on folded text: the noun, an optional number mark, then ONE letter or a number, then the
    # end of the reference or a field separator
    return re.compile(rf"^\s*(?P<unit>(?:{'|'.join(nouns)})\s+(?:(?:{marks})\s*)?(?P<id>[a-z]|\d{{1,3}}))(?=\s*(?:$|[,;–—-]))")


def _match(attr: str) -> re.Match | None:
    pattern = _pattern(id(cv.language_data()))
    if pattern is None:
        return None
    folded = fold(attr)
    if len(folded) != len(attr):
        return None  # folding must keep positions to cut the document's own characters
    m = pattern.match(folded)
    # a letter identifier is written as a capital ("Officine C"), never a word's first letter
    if m and m.group("id").isalpha() and not attr[m.start("id")].isupper():
        return None
    return m


def _unit_label(attr: str, m: re.Match) -> str:
    unit = " ".join(attr[m.start("unit"):m.end("unit")].split())
    return unit[:1].upper() + unit[1:]


def designated_unit(attr: str, text: str) -> tuple[str, str] | None:
    """(speaker, description) of a parenthesis ``attr`` that opens with a designated unit, or
    None. ``text``: the document, where the other references to the same unit are looked for."""
    m = _match(attr)
    if m is None:
        return None
    unit = _unit_label(attr, m)
    desc = attr[m.end():].strip().lstrip(",;–—-").strip()
    fields = description_fields(desc) if desc else []
    if fields and len(_functions_of(unit, text)) > 1:
        return f"{unit}, {fields[0]}", desc
    return unit, desc


def _functions_of(unit: str, text: str) -> set[str]:
    """The first fields given after ``unit`` in the document's parentheses."""
    out: set[str] = set()
    for paren in re.finditer(r"\(([^()\n]{1,120})\)", text):
        m = _match(paren.group(1))
        if m is None or fold(_unit_label(paren.group(1), m)) != fold(unit):
            continue
        rest = paren.group(1)[m.end():].strip().lstrip(",;–—-").strip()
        fields = description_fields(rest) if rest else []
        if fields:
            out.add(fold(fields[0]).strip())
    return out


def unit_role_words(attr: str) -> str:
    """The unit's noun, for what it says of the speaker's role when the description says nothing
    ("Officine E": a pharmacy's)."""
    m = _match(attr)
    return attr[m.start("unit"):m.start("id")].strip() if m else ""
