"""A quotation led by a byline, the way activity reports, newsletters and press pages print their
members' words: "Par Dr Line Éloi, médecin généraliste au François : « … »", "Témoignage de Marc
Roux, pharmacien à Lens : « … »". The byline words (``byline_leads`` of lang/fr/bylines.yaml)
are no part of the speaker's name; a civility is ("Dr Line Éloi"); the description after the
comma gives role and place. A byline without a name ("Par l'équipe infirmière du Robert :") is
left to the readers of descriptions. A booklet's box may give a participant's words under the
byline words and a name alone ("Le mot de Josette : « … »", ``byline_name_leads``): see
``name_byline``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .roles import normalize_role


def _civilities() -> str:
    """The civilities as one alternation, longest first (both bylines' patterns open on one)."""
    return "|".join(re.escape(c) for c in sorted(cv.CIVILITIES, key=lambda c: (-len(c), c))) or "(?!)"


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    d = cv.language_data()
    leads = cv._flex_alt(d.get("byline_leads", [])) or "(?!)"
    civilities = _civilities()
    return re.compile(rf"^\s*(?:{leads})\s*(?P<who>(?:(?i:{civilities})\.?\s+)?{cv.NAME.pattern})\s*,\s*"
                      r"(?P<desc>[^:«»]{3,120}?)\s*:?\s*$")


# a first name alone ("Josette", "Marie-Claire"), or a name cv.NAME shapes
_FIRST_NAME = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


@lru_cache(maxsize=4)
def _name_pattern(key: int) -> re.Pattern:
    d = cv.language_data()
    leads = cv._flex_alt(d.get("byline_name_leads", [])) or "(?!)"
    civilities = _civilities()
    return re.compile(rf"^\s*(?i:{leads})\s*(?P<who>(?:(?i:{civilities})\.?\s+)?(?:{cv.NAME.pattern}|{_FIRST_NAME}))"
                      r"\s*(?:,\s*(?P<desc>[^:«»]{3,120}?))?\s*:\s*$")


def name_byline(lead: str, gazetteer, spoken: bool) -> dict | None:
    """Attrs of a box's byline giving a name ("Le mot de Josette :", "Le mot de Laure, diététicienne
    :"), else None. A booklet or a newsletter names its professionals with their trade (the
    description gives role and place), a participant by name only: then the role is the name's
    title if it gives one ("Dr"), else a lay person's, ``autre``, and no place (a first name may be
    a commune's name), and the words must speak (``spoken``: first person, an oral marker)."""
    m = _name_pattern(id(cv.language_data())).match(lead)
    if m is None:
        return None
    who = " ".join(m.group("who").split())
    desc = (m.group("desc") or "").strip()
    if desc:
        if not describes_person(desc):
            return None
        role, region, place = describe(desc, gazetteer)
        return {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}
    if not spoken:
        return None
    role = normalize_role(who)
    return {"speaker": who, "role_raw": "", "role": "autre" if role in ("", "inconnu") else role, "region": "",
            "place": "", "attr_source": "attribution"}


def byline(lead: str, gazetteer) -> dict | None:
    """Attrs of a byline lead-in ("Par Dr Line Éloi, médecin généraliste au François :") when the
    words after the name describe a person, else None."""
    m = _pattern(id(cv.language_data())).match(lead)
    if m is None or not describes_person(m.group("desc")):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": " ".join(m.group("who").split()), "role_raw": desc, "role": role, "region": region,
            "place": place, "attr_source": "attribution"}
