"""A quotation led by a byline, the way activity reports, newsletters and press pages print their
members' words: "Par Dr Line Éloi, médecin généraliste au François : « … »", "Témoignage de Marc
Roux, pharmacien à Lens : « … »". The byline words (``byline_leads`` of lang/fr/bylines.yaml)
are no part of the speaker's name; a civility is ("Dr Line Éloi"); the description after the
comma gives role and place. A byline without a name ("Par l'équipe infirmière du Robert :") is
left to the readers of descriptions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    d = cv.language_data()
    leads = cv._flex_alt(d.get("byline_leads", [])) or "(?!)"
    civilities = "|".join(re.escape(c) for c in sorted(cv.CIVILITIES, key=lambda c: (-len(c), c))) or "(?!)"
    return re.compile(rf"^\s*(?:{leads})\s*(?P<who>(?:(?i:{civilities})\.?\s+)?{cv.NAME.pattern})\s*,\s*"
                      r"(?P<desc>[^:«»]{3,120}?)\s*:?\s*$")


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
