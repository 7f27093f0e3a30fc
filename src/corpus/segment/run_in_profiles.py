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


# a profile in capitals (a small-capitals card) that opens the paragraph without a colon, the words
# following from the first word in lower case: "ENTRETIEN 4 – INFIRMIÈRE COORDINATRICE (IDEC) – 44 ANS
# La nuit, il n'y a pas …"; its first field may be the interview's designation ("ENTRETIEN 4", "E4")
CAPS_WORD = re.compile(r"[^a-zß-öø-ÿ]+")
CAPS_OPENING = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’.]+\s")
CAPS_CODE = re.compile(r"[A-ZÀ-ÖØ-Þ]{1,12}\.?\s*(?:N°\s*)?\d{1,4}")
FIELD_SEPARATOR = re.compile(r"\s+[–—-]\s+|,\s*")


def caps_lead(text: str, s: dict) -> tuple[str, str, int] | None:
    """(profile, code, offset of the words) of a paragraph opened by a profile in capitals
    without a colon (or made of it alone: offset at its end), else None."""
    if not CAPS_OPENING.match(text):
        return None  # (most paragraphs: no word in capitals opens them)
    words = list(re.finditer(r"\S+", text))
    n = next((k for k, w in enumerate(words) if not CAPS_WORD.fullmatch(w.group())), len(words))
    if n < 3 or (n < len(words) and not re.match(r"[«\"“]?[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]", words[n].group())):
        return None
    lead = text[:words[n - 1].end()].strip()
    if any(q in lead for q in QUOTES) or not re.search(r"[A-ZÀ-ÖØ-Þ]{3}", lead):
        return None
    fields = [f.strip() for f in FIELD_SEPARATOR.split(lead) if f.strip()]
    code = fields[0] if CAPS_CODE.fullmatch(fields[0]) else ""
    profile_fields = fields[1:] if code else fields
    profile = ", ".join(profile_fields)
    # (a code or an age says a person is described, not a body's report: "CPTS DU VELAY – RAPPORT 2023")
    if not (code or any(cv.AGE_FIELD.match(f.lower()) for f in profile_fields)):
        return None
    if not profile_fields or len(fields) < s["min_fields"] or len(fields) > s["max_fields"] + 1 \
            or len(lead) > s["max_profile_chars"] * 1.5 or not describes_person(profile):
        return None
    return profile, code, words[n].start() if n < len(words) else len(text)


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("run_in_profiles") or {})}


def profile_lead(text: str, s: dict | None = None) -> tuple[str, str, int] | None:
    """(profile, code or '', offset after the colon) when the paragraph ``text`` opens with a
    run-in profile, whether its words are quoted or not, else None."""
    s = s or settings()
    m = LEAD.match(text)
    if m is None:
        return caps_lead(text, s)
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
    out = {i: lead for i, lead in leads.items() if unquoted_words(lines_text(lines, i), lead[2], s)}
    # a card in capitals alone on its line: the words are the paragraph below it
    for ln, below in zip(lines, lines[1:]):
        lead = leads.get(ln.index)
        if lead and lead[2] >= len(ln.text.rstrip()) and below.index not in leads and unquoted_words(below.text, 0, s):
            out[below.index] = (lead[0], lead[1], 0)
    return out


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
