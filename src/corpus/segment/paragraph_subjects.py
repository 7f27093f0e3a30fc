"""A quotation after a pronoun and a speech verb ("Il ajoute : « … »") whose paragraph opens with
the person: minutes of meetings name a member with a civility, often a function in parentheses or
between commas, report what they said in indirect speech, then quote them: "Le Dr Audren, médecin
généraliste à Plouigneau, rappelle que … Il ajoute : « … »", "M. Quéré (conseiller départemental,
canton de Carhaix) demande si … Il précise : « … »". The quotation is that person's (speaker the
civility and name, role and place from the function), when nothing in the paragraph before it
was quoted and the paragraph opens so (civilities of lang/fr/labels.yaml, the articles and the
longest lead of lang/fr/paragraph_subjects.yaml). A paragraph opened by a topic ("Le budget …
Il ajoute :") or an unknown name without civility is left to the other readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe
from .quotes import QuoteCall

DEFAULTS = {"articles": [], "max_lead_chars": 500}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("paragraph_subjects") or {})}


@lru_cache(maxsize=4)
def _subject(key: int) -> re.Pattern | None:
    civ = cv._flex_alt(cv.language_data().get("civilities", []))
    if not civ:
        return None
    art = cv._flex_alt(settings()["articles"]) or "(?!)"
    name = r"(?:[A-ZÉÈ]\.\s*){0,2}[A-ZÉÈ][\wéèêëïîôûç'’-]+(?:\s+(?:[Ll]e\s+|[Dd]e\s+)?[A-ZÉÈ][\wéèêëïîôûç'’-]+)?"
    return re.compile(rf"^\s*(?:(?:{art})\s+)?(?P<civ>(?:{civ})\.?)\s+(?P<name>{name})"
                      r"(?:\s*\((?P<paren>[^()]{3,120})\)|\s*,\s*(?P<app>[^,;.«»]{3,100}),)?\s+(?=[a-zéèêàâîôûç])")


def paragraph_subject(lead: str, gazetteer) -> dict | None:
    """Attrs of the person who opens the paragraph text ``lead`` (up to the quotation), or None."""
    s = settings()
    pat = _subject(id(cv.language_data()))
    if pat is None or len(lead) > s["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    m = pat.match(lead)
    if m is None:
        return None
    initial = re.match(r"(?:[A-ZÉÈ]\.\s*)+", m.group("name"))
    name = m.group("name")[initial.end():] if initial and initial.end() < len(m.group("name")) else m.group("name")
    desc = (m.group("paren") or m.group("app") or "").strip()
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    return {"speaker": f"{m.group('civ')} {name}", "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def subject_call(lead: str, call: QuoteCall, gazetteer) -> QuoteCall:
    """A pronoun's quotation ("Il ajoute : « … »") as the words of the person the paragraph opens with."""
    if call.verbatim or not lead.rstrip().endswith(":"):
        return call
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
    if not cv.PRONOUN_SPEECH.search(lead[cut:] if cut >= 0 else lead):
        return call
    attrs = paragraph_subject(lead, gazetteer)
    return call if attrs is None else QuoteCall(True, attrs)
