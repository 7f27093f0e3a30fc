"""Collections of testimonies: each under a heading that names and describes its author ("Odile,
58 ans, aidante de son mari, Mende"), then paragraphs in the first person without guillemets, up
to the next heading ("Mon mari a la maladie de Parkinson … Ce qui m'a sauvée, c'est
l'infirmière.").

The heading is a name (a first name, or a first name and a surname), a comma and a description
of a person (an age or what they do: attributions.describes_person). The paragraphs below are
one testimony when the first sentence speaks in the first person (lang/fr/testimony_headings.yaml
``first_person_words``) and none opens a quotation (those are the quote rules'). At least
``testimony_min_headings`` such headings make a collection, so that a case study's single title
stays prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .base import TextLine

_data = cv.language_data


@lru_cache(maxsize=4)
def _first_person(key: int) -> re.Pattern:
    words = sorted(_data().get("first_person_words", []), key=len, reverse=True)
    alt = "|".join(re.escape(w) + (r"" if w[-1] in "'’" else r"\b") for w in words) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{alt})", re.IGNORECASE)


def heading_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a heading "Odile, 58 ans, aidante de son mari, Mende", or None."""
    t = " ".join(text.split()).rstrip(".")
    full = cv.NAME.match(t)
    m = re.match(r"\s*,\s*(?P<rest>\S.{2,150})$", t[full.end():]) if full else None
    name, desc = (full.group("name"), m.group("rest")) if m else (None, None)
    if name is None:
        p = cv.PSEUDONYM.match(t)
        name, desc = (p.group("code"), p.group("rest")) if p else (None, None)
    if name is None or not describes_person(desc):
        return None
    return name, desc


def speaks_in_first_person(text: str) -> bool:
    """The first sentence of ``text`` holds a word of the first person."""
    first = re.split(r"(?<=[.!?…])\s+", text.strip(), maxsplit=1)[0]
    return bool(_first_person(id(_data())).search(first))


def testimony_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer) -> dict[int, dict]:
    """line index of a testimony's first paragraph -> its attributes, "_last" the index of its
    last paragraph (as the segmenter's quote boxes); {} when the document is no collection."""
    found: dict[int, dict] = {}
    for h in sorted(headings):
        person = heading_person(lines[h].text)
        if person is None:
            continue
        body = []
        j = h + 1
        while j < len(lines) and j not in headings:
            if lines[j].text.strip():
                body.append(j)
            j += 1
        if not body or not speaks_in_first_person(lines[body[0]].text) \
                or any(lines[k].text.lstrip().startswith(("«", "“", "\"")) for k in body):
            continue
        name, desc = person
        role, region, place = describe(desc, gazetteer)
        found[body[0]] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                          "attr_source": "attribution", "_last": body[-1]}
    return found if len(found) >= _data().get("testimony_min_headings", 2) else {}
