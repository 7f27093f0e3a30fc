"""A quotation introduced by the first name of its speaker and what they do, in apposition, then
a speech verb: "Ginette, infirmière libérale à Sainte-Rose, le dit sans détour : « … »". The
name is the speaker, the apposition their role and place; the rule is tried before a speech
verb's subject is looked for further back (which would take a previous sentence's "Les
soignants décrivent …" as the speaker).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person


def presented_speaker(before: str, gazetteer) -> dict | None:
    """Attributes of the first name presented in the last sentence of a quote's lead-in, when a
    speech verb follows the apposition; else None."""
    sentence = re.split(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", before.strip())[-1]
    m = cv.FIRST_NAME_APPOSITION.search(sentence)
    if m is None or not describes_person(m.group("desc")) or not cv.SPEECH_VERB_ANY.search(sentence[m.end():]):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
