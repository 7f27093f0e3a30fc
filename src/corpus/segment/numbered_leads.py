"""A quotation led by a respondent's number and description (issue #14): survey reports print
free answers as 'Rép. 148 (pharmacienne, Cayenne) : "…"'. The reading of the lead gives the role
and the place; the number with its mark, as written, is the speaker, when the reading named
nobody. The marks are lang/fr/numbered_answers.yaml's and lang/fr/numbered_leads.yaml's. (An
answer without guillemets is segment/numbered_answers.py's.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    d = cv.language_data()
    marks = [*d.get("numbered_answer_marks", []), *d.get("numbered_lead_marks", [])]
    alt = cv.literal_alternation(set(marks)) or "(?!)"
    return re.compile(rf"^\s*(?P<code>(?:{alt})\s?\d{{1,4}})\s*\([^()\n]{{2,80}}\)\s*:\s*$", re.IGNORECASE)


def numbered_lead(before: str) -> str | None:
    """The respondent's code of a quotation's lead ("Rép. 148 (pharmacienne, Cayenne) : " ->
    "Rép. 148"), or None."""
    m = _lead(id(cv.language_data())).match(before)
    return " ".join(m.group("code").split()) if m else None


def numbered_lead_call(seg, a: int, b: int, call):
    """A verbatim quotation text[a:b] whose line opens with a respondent's number and description:
    that number speaks, when the reading named nobody."""
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    code = numbered_lead(seg.text[seg.text.rfind("\n", 0, a) + 1:a])
    if code is None:
        return call
    return type(call)(True, {**call.attrs, "speaker": code}, call.attribution)
