"""Informant codes joined by slashes after a quotation (issue #14): "« … » (MG/19/03)",
"« … » – PH/87/02", profession / département / rank.

A verbatim quotation whose reading named nobody and that a parenthesis (or a dash at the end of
its line) closes with such a code is that code's words. When the document says how its codes are
made and names a département among their parts ("codés par profession, numéro du département
d'exercice et rang"), the code's first number that is a département code places the speaker
there, if the reading placed them nowhere. Words: lang/fr/slash_codes.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .number_mark_codes import rest_of_line


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()
    seps = "|".join(re.escape(s) for s in d.get("slash_code_separators", ["/"]))
    code = rf"[A-ZÉ][A-Za-zÉé]{{0,7}}(?:\s?(?:{seps})\s?\d{{1,3}}){{1,3}}"
    called = re.compile(rf"^\s*(?:\(\s*(?P<paren>{code})\s*\)|[–—-]\s*(?P<dash>{code})\s*$)")
    coding = "|".join(re.escape(w) for w in d.get("slash_code_coding_words", [])) or "(?!)"
    dept = "|".join(re.escape(w) for w in d.get("slash_code_department_words", [])) or "(?!)"
    declared = re.compile(rf"\b(?:{coding})[^.]*\b(?:{dept})|\b(?:{dept})[^.]*\b(?:{coding})")
    return called, declared


def _key() -> int:
    return id(cv.language_data())


def slash_code(after: str) -> str | None:
    """The slash code closing a quotation ("(MG/19/03)…" -> "MG/19/03"), spaces removed, or None."""
    m = _patterns(_key())[0].match(after)
    if not m:
        return None
    return "".join((m.group("paren") or m.group("dash")).split())


def declares_departments(text: str) -> bool:
    """The document says its codes hold a département number."""
    return _declares(_key(), text)


@lru_cache(maxsize=4)
def _declares(key: int, text: str) -> bool:
    # read once per document: every slash-coded quotation of it asks
    return bool(_patterns(key)[1].search(fold(text)))


def code_department(code: str, gazetteer) -> tuple[str, str]:
    """(region, département) of the code's first number that is a département code, or ('', '')."""
    if gazetteer is None:
        return "", ""
    for number in re.findall(r"\d+", code):
        place = gazetteer.by_code.get(number)
        if place is not None:
            return place.region, place.name
    return "", ""


def slash_code_call(seg, a: int, b: int, call):
    """A verbatim quotation text[a:b] closed by "(MG/19/03)" whose reading named nobody: that code
    speaks, in its département when the document's codes hold one."""
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    code = slash_code(rest_of_line(seg.text, b))
    if code is None:
        return call
    attrs = {**call.attrs, "speaker": code}
    if not attrs.get("region"):
        region, place = code_department(code, seg.ctx.gazetteer) if declares_departments(seg.text) else ("", "")
        if region:
            attrs["region"], attrs["place"] = region, place
    return type(call)(True, attrs, call.attribution)
