"""Quotations embedded in reported speech: "Le représentant de la caisse primaire rencontré à
Saint-Étienne estime que « le financement des CPTS a permis … »." — a determiner and a person noun,
a speech verb, a conjunction (lang/fr/embedded_quotes.yaml ``reported_speech_connectors``), then
the quoted words completing the sentence. The quote is that person's words.

A sentence whose subject names no person ("Le rapport estime que « … »", "La loi prévoit que
« … »") is no one's speech; neither is a quotation of fewer words than the quote rules ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv

_data = cv.language_data


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    connectors = sorted(_data().get("reported_speech_connectors", []), key=len, reverse=True)
    alt = "|".join(re.escape(c) for c in connectors) or "(?!)"
    return re.compile(rf"(?:^|[.!?:;]\s+|,\s+)(?P<who>(?:{cv.DETERMINERS})\s+[^:;«».!?]{{1,100}}?)\s+"
                      rf"(?:{cv.SPEECH_VERBS})\s+(?:{alt})\s*$", re.IGNORECASE)


def reported_speaker(before: str) -> str:
    """Who the sentence before an embedded quotation says spoke ("Le représentant de la caisse
    primaire rencontré à Saint-Étienne"), or '' when it names no person."""
    m = _pattern(id(_data())).search(before)
    if m is None:
        return ""
    who = m.group("who").strip()
    return who if cv.PERSON_NOUN.search(who) else ""
