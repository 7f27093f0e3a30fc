"""A donor's message reproduced in a crowdfunding campaign's report (issue #14): the donor's name,
the amount given in parentheses, maybe what they do and where, a colon, then the message in
guillemets ("Paulette (30 €), Bastia : « … »", "Dr Jean Orsini (100 euros), pharmacien à Corte :
« … »", "Anonyme (10 €), Calvi : « … »"). The amount right after the name says a person gave: the
message is that person's written words, the name as written its speaker ('' for an anonymity word,
lang/fr/written_slips.yaml written_slip_unsigned), the description after the parenthesis their role
and place (a member of the public when it names no trade). The words are lang/fr/donor_leads.yaml's.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\s(),:;«»\d]*"
_SENTENCE_END = re.compile(r"[!?](?=\s)|(?<=\w{3})\.(?=\s)")  # not the period of "Dr." or "M. R."


@cv.per_language_data
def _lead() -> re.Pattern:
    d = cv.language_data()
    units = cv.literal_alternation(d.get("donor_amount_units", [])) or "(?!)"
    openers = cv.literal_alternation(d.get("donor_amount_openers", []))
    opener = rf"(?:(?:{openers})\s+)?" if openers else ""
    return re.compile(
        rf"^\s*(?:[–—•-]\s+)?(?P<name>{_NAME_WORD}(?:[\s-]+{_NAME_WORD}){{0,3}})\s*"
        rf"\(\s*{opener}\d{{1,3}}(?:[\s\u00a0\u202f.]?\d{{3}})*(?:,\d{{1,2}})?\s?(?:{units})(?![\w])\s*\)"
        rf"\s*(?:,\s*(?P<desc>[^:«»()]{{2,120}}?))?\s*:\s*$", re.IGNORECASE)


def donor_lead(lead: str) -> tuple[str, str] | None:
    """(name, description) of a donor's lead ("Paulette (30 €), Bastia :" -> ("Paulette",
    "Bastia")), or None."""
    if "(" not in lead or not any(ch.isdigit() for ch in lead):  # cheap gate before the pattern
        return None
    # a message the extraction ran on into the same line as the one before: the lead after its "»"
    # or after the sentence before ("… Bravo à l'équipe. » Anonyme (20 €), Olmeto :")
    cut = max([lead.rfind("»"), *(m.end() - 1 for m in _SENTENCE_END.finditer(lead))])
    m = _lead().match(lead[cut + 1:])
    if m is None or not m.group("name")[:1].isupper():
        return None
    return m.group("name").strip(), (m.group("desc") or "").strip()


@cv.per_language_data
def _context() -> re.Pattern:
    return cv._whole_words(cv.language_data().get("donor_context_words", []))


def donor_attrs(lead: str, gazetteer, text: str = "", end: int = 0) -> dict | None:
    """The speaker attributes of a quotation whose line opens with a donor's lead, or None; only
    when ``text`` before ``end`` (the lead's line) speaks of gifts."""
    found = donor_lead(lead)
    if found is None or not _context().search(text, 0, end):
        return None
    name, desc = found
    d = cv.language_data()
    unsigned = {fold(w).lower() for w in d.get("written_slip_unsigned", [])}
    speaker = "" if fold(name).lower() in unsigned else name
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    if role in ("", "autre", "inconnu"):
        role = d.get("donor_public_role", "") or "autre"
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
