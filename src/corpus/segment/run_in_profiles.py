"""Interview words WITHOUT quotation marks after a run-in profile that opens their paragraph.

"SF libérale, Pays basque, 12 ans d'exercice : On reçoit la demande PRADO la veille au soir, …",
"Gynécologue-obstétricien, maternité, Béarn : Nous, on aimerait savoir …": theses that keep their
informants anonymous open each quoted paragraph with the informant's profile (a few short fields
joined by commas, the first saying what the person does) and a colon, then give the words in the
same paragraph, unquoted. The words after the colon are a quotation of the person the profile
describes when the profile has ``min_fields`` to ``max_fields`` fields within
``max_profile_chars``, describes a person, the words are at least ``min_words`` long, speak (je, on,
nous, a question) and hold no quotation mark; and at least ``min_paragraphs`` paragraphs of the
document do so (lang/fr/run_in_profiles.yaml). A heading's "Résultats : …", a participants list's
"Infirmière, 45 ans, Morvan : entretien du 3 mars" (no speech), a literature review's "Durand et
al., 2021 : …" and a paragraph quoting its words in guillemets are left to their readers.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person
from .base import TextLine, n_words
from .quotes import QuoteCall

DEFAULTS = {"min_fields": 2, "max_fields": 5, "max_profile_chars": 90, "min_words": 8, "min_paragraphs": 2}
QUOTES = "«»\"“”"
# the profile: no sentence end, no colon, no quotation mark, no parenthesis, up to the first colon;
# or a respondent's code and the profile in parentheses ("Rép. 203 (médecin généraliste, Kourou) :")
LEAD = re.compile(r"^\s*(?:(?P<code>[A-ZÉ][\w.°-]{0,12}\s*(?:n°\s*)?\d{1,4})\s*\((?P<inner>[^()\n]{3,100})\)"
                  r"|(?P<profile>[^:;.!?«»\"“”()\[\]\n]+?))\s*:\s+(?=[A-ZÉÈÊÀÂÇÔ«\"“])")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("run_in_profiles") or {})}


def profile_lead(text: str, s: dict | None = None) -> tuple[str, str, int] | None:
    """(profile, code or '', offset after the colon) when the paragraph ``text`` opens with a
    run-in profile, whether its words are quoted or not, else None."""
    s = s or settings()
    m = LEAD.match(text)
    if m is None:
        return None
    profile = (m.group("inner") or m.group("profile")).strip()
    fields = [f.strip() for f in profile.split(",")]
    if not s["min_fields"] <= len(fields) <= s["max_fields"] or len(profile) > s["max_profile_chars"] \
            or not all(fields) or not describes_person(profile):
        return None
    return profile, (m.group("code") or "").strip(), m.end()


def unquoted_words(text: str, start: int, s: dict) -> bool:
    """The paragraph's words from ``start`` are speech given without quotation marks."""
    words = text[start:].strip()
    return n_words(words) >= s["min_words"] and not any(q in words for q in QUOTES) and bool(cv.SPOKEN.search(words))


def profile_lines(lines: list[TextLine]) -> dict[int, tuple[str, str, int]]:
    """Line index -> (profile, code, offset of the words in the line) of the document's paragraphs
    whose unquoted words follow a run-in profile, or none when fewer than ``min_paragraphs``
    paragraphs open with such a profile (their words quoted or not)."""
    s = settings()
    leads = {ln.index: lead for ln in lines if (lead := profile_lead(ln.text, s)) is not None}
    if len(leads) < s["min_paragraphs"]:
        return {}
    return {i: lead for i, lead in leads.items() if unquoted_words(lines_text(lines, i), lead[2], s)}


def lines_text(lines: list[TextLine], index: int) -> str:
    return next(ln.text for ln in lines if ln.index == index)


def profile_passages(group: list[TextLine], found: dict[int, tuple[str, str, int]],
                     a: int) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) relative to ``a`` of the unquoted words of the group's profiled paragraphs ->
    (profile, code)."""
    out = {}
    for ln in group:
        if ln.index in found:
            profile, code, offset = found[ln.index]
            out[(ln.start + offset - a, ln.start + len(ln.text.rstrip()) - a)] = (profile, code)
    return out


def profile_call(lead: tuple[str, str], call: QuoteCall, gazetteer) -> QuoteCall:
    """The words after a run-in profile as the quotation of the person it describes (speaker the
    respondent's code, or '' without one), unless the quotation's reading already found someone."""
    if call.verbatim:
        return call
    profile, code = lead
    role, region, place = describe(profile, gazetteer)
    return QuoteCall(True, {"speaker": code, "role_raw": profile, "role": role, "region": region, "place": place,
                            "attr_source": "attribution"})
