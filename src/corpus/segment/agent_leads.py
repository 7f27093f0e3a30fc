"""A quotation introduced by the AGENT of a participle: "Photo 14 (un pont), choisie par une
aide-soignante de l'EHPAD : « … »".

Photolangage sessions, workshops and suggestion boxes report people's words attached to the
object they chose, wrote or commented, the person given only as the agent ("choisie par deux
infirmières du SSIAD", "post-it rédigé par un pharmacien"). A quotation whose lead-in on its
line ends with such a participle (``agent_participles``, lang/fr/agent_leads.yaml), "par", a
description of a person and a colon is that person's words (no name: speaker ''), when its own
reading found no speaker. "Un projet porté par la CPTS : « … »" names a body, not a person, and
"choisi par le comité" a committee: the description must describe a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv

# the participle's endings and the agent's preposition: lang/fr agent_leads.yaml
_ENDINGS = cv.word_forms("participle_endings")
_BY = cv.word_forms("agent_prepositions")


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    stems = "|".join(re.escape(w) for w in cv.language_data().get("agent_participles", [])) or r"(?!)"
    return re.compile(rf"(?:^|[\s,(])(?:{stems})(?:{_ENDINGS})?\s+(?:{_BY})\s+(?P<who>[^:«»\"“”]{{3,100}}?)\s*:\s*$", re.IGNORECASE)


def agent_lead(lead: str) -> str | None:
    """The agent of a participle that closes the lead-in before a quotation ("…, choisie par une
    aide-soignante de l'EHPAD :" -> "une aide-soignante de l'EHPAD"), or None."""
    m = _lead(id(cv.language_data())).search(lead)
    return m.group("who").strip() if m else None


def agent_call(seg, a: int, b: int, call):
    """The quotation text[a:b] of a segmenter ``seg`` as the words of the agent its lead-in
    names, when its reading named nobody and the agent describes a person."""
    from .attributions import describe, describes_person
    from .quotes import QuoteCall
    from .roles import normalize_role

    if call.verbatim and (call.attrs.get("speaker") or call.attrs.get("role", "inconnu") not in ("", "inconnu")):
        return call
    start = seg.text.rfind("\n", 0, a) + 1
    who = agent_lead(seg.text[start:a])
    if who is None or not (describes_person(who) or normalize_role(who) not in ("autre", "inconnu")):
        return call
    role, region, place = describe(who, seg.gazetteer)
    return QuoteCall(True, {**call.attrs, "speaker": "", "role_raw": who, "role": role, "region": region or call.attrs.get("region", ""),
                            "place": place or call.attrs.get("place", ""), "attr_source": "attribution"}, call.attribution)
