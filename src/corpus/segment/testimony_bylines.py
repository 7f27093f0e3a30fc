"""Testimonies written by the person in the first person, without quotation marks, under a
byline ("Par Odile, 58 ans, dialysée à Lorient" then three paragraphs "Je suis dialysée …") or
signed at their end ("Depuis ma greffe, je vois moins de monde …" then "– Yannick, 63 ans,
greffé, Pontivy"). The testimony is the run of paragraphs next to the byline (below it) or the
signature (above it) whose first sentence speaks in the first person
(testimony_headings.speaks_in_first_person), up to a heading or a paragraph that does not ("La
rédaction rappelle que …").

The byline or signature must name an anonymised lay person: a first name alone, a comma, and a
description of a person holding an age ("58 ans"). An editorial signed with a full name and a
function ("Dr Olivier Bréchet, président de la CPTS") and a journalist's byline over an article
are no testimony. Words: lang/fr/testimony_bylines.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person, description_fields
from .base import TextLine
from .testimony_headings import speaks_in_first_person

_data = cv.language_data
FIRST_NAME = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
MAX_BYLINE_CHARS = 140


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    words = cv._flex_alt(_data().get("testimony_byline_words", [])) or "(?!)"
    dashes = "".join(re.escape(d) for d in _data().get("testimony_signature_dashes", [])) or "(?!)"
    person = rf"(?P<name>{FIRST_NAME})\s*,\s*(?P<desc>\S.*)"
    return (re.compile(rf"^(?:{words})\s+{person}$", re.IGNORECASE),
            re.compile(rf"^[{dashes}]\s*{person}$"))


def byline_person(text: str) -> tuple[str, str, str] | None:
    """(name, description, "top" or "end") of a byline or a signature line, or None."""
    t = " ".join(text.split()).rstrip(".")
    if not t or len(t) > MAX_BYLINE_CHARS:
        return None
    top, end = _patterns(id(_data()))
    for pattern, where in ((top, "top"), (end, "end")):
        m = pattern.match(t)
        if m is None or not m.group("name")[:1].isupper():
            continue
        desc = m.group("desc").strip()
        aged = any(cv.AGE_FIELD.match(f.strip()) for f in description_fields(desc))
        if aged and describes_person(desc):
            return m.group("name"), desc, where
    return None


def _testimony_line(ln: TextLine) -> bool:
    text = ln.text.strip()
    return bool(text) and not text.startswith(("«", "“", "\"")) and speaks_in_first_person(text) \
        and byline_person(text) is None


def testimony_byline_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer) -> dict[int, dict]:
    """line index of a testimony's first paragraph -> its attributes, "_last" the index of its
    last paragraph (as the segmenter's quote boxes)."""
    found: dict[int, dict] = {}
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        person = byline_person(ln.text) if i not in headings else None
        if person is None:
            continue
        name, desc, where = person
        body: list[int] = []
        step = 1 if where == "top" else -1
        j = i + step
        while 0 <= j < len(lines) and j not in headings and j not in taken:
            if lines[j].text.strip():
                if not _testimony_line(lines[j]):
                    break
                body.append(j)
            j += step
        if not body:
            continue
        body.sort()
        taken.update(body)
        role, region, place = describe(desc, gazetteer)
        if role in ("", "inconnu"):
            role = _data().get("testimony_byline_role", "autre")
        found[body[0]] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                          "attr_source": "attribution", "_last": body[-1]}
    return found
