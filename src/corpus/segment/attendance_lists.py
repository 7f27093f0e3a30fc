"""The people a meeting record or a programme lists once, after a heading word and a colon, each
a name, a comma and what they do, the entries separated by semicolons ("Présents : Dr Lenoir,
médecin généraliste, président ; Mme Perrin, pharmacienne titulaire à Saint-Dié ; …"). The names
then label the turns or tag the quotes ("Verbatim (Dr Lenoir) : « … »"): each is a participant
(discovery.Context) whom the entry describes; an entry naming no place is where the list's places
are, when they all lie in one région (a committee of one territory).

A name is a civility and a name ("Dr Lenoir", "Mme Perrin") or two or three capitalised words
("Patrick Sabayo"); an entry whose description names no function nor person is no one's
("Lieu : salle du conseil"). Words: lang/fr/attendance_lists.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person
from .roles import normalize_role

_data = cv.language_data

NAME = r"[A-ZÉÈ][\w'’-]+"


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    head = re.compile(rf"^\s*(?i:{cv._flex_alt(d.get('attendance_headings', [])) or '(?!)'})\s*:\s*")
    civility = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    entry = re.compile(rf"^(?P<name>(?:(?:{civility})\.?\s+{NAME}(?:\s{NAME})?)|{NAME}(?:\s{NAME}){{1,2}})"
                       r"\s*,\s*(?P<desc>[^;«»]{3,160}?)\s*\.?\s*$")
    return head, entry


def attendance_list(text: str) -> dict[str, str]:
    """name -> description of each entry of a list of people present; {} when ``text`` is none."""
    head, entry = _patterns(id(_data()))
    m = head.match(text)
    if m is None:
        return {}
    found = {}
    for part in text[m.end():].split(";"):
        e = entry.match(part.strip())
        if e is None:
            continue
        desc = e.group("desc").strip()
        if describes_person(desc) or normalize_role(desc) not in ("autre", "inconnu"):
            found[e.group("name")] = desc
    return found if len(found) >= int(_data().get("attendance_min_entries", 2)) else {}


def attendance_lists(texts: list[str], gazetteer=None) -> dict[str, tuple[str, tuple[str, str]]]:
    """name -> (description, (région, place)) of the people of the document's attendance lists;
    an entry without a place of its own takes the list's one région."""
    from .document_places import short_names
    from .regions import resolve_region

    out: dict[str, tuple[str, tuple[str, str]]] = {}
    for text in texts:
        people = attendance_list(text)
        if not people:
            continue
        own = {name: resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
               for name, desc in people.items()}
        shared = ("", "")
        if gazetteer is not None and gazetteer.communes is not None:
            # "Mme Perrin, pharmacienne titulaire à Saint-Dié" (Saint-Dié-des-Vosges): a short name
            # of one région only (place_forms.yaml short_name_joins)
            from .regions import REGIONS_2016

            for name, desc in people.items():
                if not own[name][0]:
                    found = short_names(desc, gazetteer, set(REGIONS_2016), {})
                    if found:
                        own[name] = next(iter(found.values()))
            regions = {r for r, _ in own.values() if r}
            if len(regions) == 1:
                shared = next(p for p in own.values() if p[0])
        for name, desc in people.items():
            out.setdefault(name, (desc, own[name] if own[name][0] else shared))
    return out
