"""Interview annexes whose heading describes the interviewee without naming them: "Annexe 5 –
Entretien avec une biologiste médicale (extrait)", "Entretien auprès d'un infirmier libéral de
Dax". The answers below, labelled by an answer word ("R.", "Réponse :", "Interviewée :"), are
that person's: no speaker (the label names nobody), the role from the description, the region
from it or from the presentation sentence under the heading ("… un laboratoire de biologie
médicale de Pau …").

The heading's opener is one of the conventions' ``interview_header_openers``, followed by a
determiner and a description naming a role (roles.normalize_role); a name after the opener is the
interview headers' own (attributions.interview_header).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .discovery import Interviewee
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data


@lru_cache(maxsize=4)
def _heading(key: int) -> re.Pattern:
    words = _data().get("interview_header_openers", [])
    # "auprès de" before "une infirmière" is written "auprès d'une"
    openers = cv._flex_alt(words + [w[:-3] + " d'" for w in words if w.endswith(" de")]
                           + [w[:-3] + " d’" for w in words if w.endswith(" de")])
    # "Entretien avec une biologiste médicale (extrait)", "… auprès d'un infirmier libéral de Dax"
    return re.compile(rf"(?:^|\s)(?:{openers})\s*(?P<desc>(?:{cv.DETERMINERS})\s*[^()«»:;]{{3,120}}?)"
                      r"\s*(?:\([^()]*\))?\s*\.?$", re.IGNORECASE)


def described_interviewee(heading: str, below: list[str], gazetteer):
    """The Interviewee (no name) a heading describes, with the region from the description or
    the lines just under it; None when the heading names no role."""
    m = _heading(id(_data())).search(" ".join(heading.split()))
    if m is None or not cv.PERSON_NOUN.search(m.group("desc")):
        return None
    desc = m.group("desc").strip()
    role = normalize_role(desc)
    if role in ("autre", "inconnu"):
        return None
    region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
    for text in below:
        if region or gazetteer is None:
            break
        region, place = resolve_region(text, gazetteer)
    return Interviewee("", desc, role, region, place)
