"""Quotations OPENED by their speaker's profile in square brackets, its fields joined by middle
dots or other separators: "[Libéral · infirmière · Vimeu] « … »", "[Hospitalier · cadre de santé ·
CH d'Abbeville] « … »", as an observatory's report sets its "Paroles d'acteurs". When extraction
runs such paragraphs together, each bracket follows the quotation before it ("… » [Hospitalier ·
…] « … »") and a reader of closing profiles would give it to that one: a bracket that opens a
quotation belongs to the quotation it opens. A document follows this convention when at least
``leading_profile_min`` brackets open a quotation; the separators are data
(lang/fr/leading_profiles.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person


@lru_cache(maxsize=4)
def _separators(key: int) -> re.Pattern:
    seps = cv.language_data().get("leading_profile_separators", [])
    return re.compile("|".join(rf"\s*{re.escape(s)}\s*" for s in seps) or r"(?!)")


def _fields(inner: str) -> str:
    """The bracket's fields joined by commas ("Libéral · infirmière · Vimeu" → "Libéral, infirmière, Vimeu")."""
    return ", ".join(p.strip() for p in _separators(id(cv.language_data())).split(inner) if p.strip())


# a bracket right before an opening quotation mark, at a paragraph's start or after a closing mark
LEAD = re.compile(r"(?:^|(?<=[»\"”]))[ \t\u00a0]*\[(?P<inner>[^\[\]\n]{3,120})\][ \t\u00a0]*(?=[«“])", re.M)


def _is_profile(inner: str) -> bool:
    desc = _fields(inner)
    return desc != inner.strip() and any(describes_person(f) for f in desc.split(", "))


@lru_cache(maxsize=8)
def document_leads(text: str) -> dict[int, tuple[int, str]]:
    """offset of the opening mark -> (offset of the bracket, the profile with commas) for the
    brackets that open quotations, when the document follows the convention; else {}."""
    found = {m.end(): (m.start() + m.group(0).index("["), _fields(m.group("inner")))
             for m in LEAD.finditer(text) if _is_profile(m.group("inner"))}
    return found if len(found) >= int(cv.language_data().get("leading_profile_min", 2)) else {}


def leading_profile(text: str, a: int) -> tuple[str, tuple[int, int]] | None:
    """(profile, span of its bracket) when the quotation opening at ``a`` is opened by one."""
    lead = document_leads(text).get(a)
    if lead is None:
        return None
    start = lead[0]
    return lead[1], (start, text.index("]", start) + 1)


def before_next_lead(text: str, b: int, after: str) -> str:
    """``after`` (the text after the quotation ending at ``b``) cut before a bracket that opens
    the next quotation: that profile is the next speaker's."""
    leads = document_leads(text)
    if not leads:
        return after
    for _, (start, _) in leads.items():
        if b <= start < b + len(after) and not text[b:start].strip():
            return after[:start - b]
    return after
