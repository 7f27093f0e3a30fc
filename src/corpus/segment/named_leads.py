"""The person a first-person narrative names in the sentence leading to a quotation: a student's
memoir or a field report quotes a jury member, a recruiter, a colleague or a CEO inside its
paragraphs and names them there: "Et voilà que Betty déclare devant l'équipe : « … »",
"L'actuel président du groupe, Arthur Sadoun confirme dans cette interview : « … »", "Comme l'a
formulé mon camarade Dan, un jour de formation, « tester, c'est douter »".

Read only in a first-person narrative (segment/narrated_quotes.py decides it) and on quotations of
at least ``min_words`` words:
- a name (capitalised words, a civility before them or not) right before a verb of words said
  aloud (``spoken_verbs``; "me", "lui" between allowed) in the clause before the quotation's colon:
  the quotation is that person's (speaker the name); a verb that also reports texts
  (``reporting_verbs``: "confirme", "explique") counts only when the clause names an interview;
- "Comme l'a formulé mon camarade Dan, …, « … »": the formula's verb then a person the narrator
  knows (a possessive or an indefinite article, a noun, a name or not), the quotation in the same
  sentence.
A published author's words ("Bourdieu explique : « … »", "comme l'a écrit Foucault, « … »"), a
set text named before the colon ("la devise : « … »") and a quotation already given a speaker are
left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .narrated_quotes import clause_before_colon, names_a_text
from .quotes import QuoteCall
from .roles import normalize_role

NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:de\s+|d['’])?[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}"
OBJECT = r"(?:(?:me|lui|nous|vous|leur)\s+|m['’]|l['’]|t['’])?"


def settings() -> dict:
    return {"spoken_verbs": [], "reporting_verbs": [], "interview_words": [], "as_said_verbs": [],
            "acquaintance_articles": [], "civilities": [], "min_words": 3,
            **(cv.language_data().get("named_leads") or {})}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _patterns(key: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    s = settings()
    civil = _alt(s["civilities"])
    named = rf"(?:(?i:{civil})\s+)?(?P<name>{NAME})"

    def verb(words):
        return re.compile(rf"(?<![\w’']){named}\s+(?i:{OBJECT}(?:\w+\s+et\s+{OBJECT})?(?:{_alt(words)}))(?![\w’'])")

    said = re.compile(rf"(?:^|[.!?]\s+|,\s*)(?i:comme\s+(?:me\s+|nous\s+)?(?:l['’]a|le)\s+(?:{_alt(s['as_said_verbs'])})\s+)"
                      rf"(?P<who>(?i:{_alt(s['acquaintance_articles'])})(?:\s+[a-zàâçéèêëîïôûù-]+){{1,3}}?(?:\s+(?P<name>{NAME}))?(?=\s*,))")
    return verb(s["spoken_verbs"]), verb(s["reporting_verbs"]), said


def _cased(m: re.Match) -> str | None:
    """The name a match found, when it is written with a capital (the pattern ignores case for
    the verbs only) and is not a sentence's first word standing alone."""
    name = m.group("name")
    if not name or not name[0].isupper():
        return None
    words = name.split()
    return " ".join(w for w in words if w[0].isupper() or w in ("de", "d'", "d’")) or None


def lead_speaker(clause: str, s: dict | None = None) -> str | None:
    """The person the clause before a quotation's colon names as saying it: "Et voilà que Betty
    déclare devant l'équipe" -> "Betty"; "Arthur Sadoun confirme … dans cette interview" ->
    "Arthur Sadoun"; "Bourdieu explique" -> None."""
    s = s or settings()
    spoken, reporting, _ = _patterns("fr")
    interview = re.search(rf"(?<!\w)(?:{_alt(fold(w).lower() for w in s['interview_words'])})(?!\w)", fold(clause).lower())
    for pattern in (spoken, reporting) if interview else (spoken,):
        for m in pattern.finditer(clause):
            name = _cased(m)
            before = clause[:m.start("name")].rstrip()
            if name and (before or len(name.split()) > 1 or m.start("name") > m.start()) \
                    and not re.search(r"[.!?]$", before) or (name and before and before[-1] in ",;"):
                return name
    return None


def as_said_speaker(sentence: str) -> tuple[str, str] | None:
    """(speaker, description) of "Comme l'a formulé mon camarade Dan, …" before a quotation in
    the same sentence, or None."""
    _, _, said = _patterns("fr")
    m = None
    for m in said.finditer(sentence):
        pass
    if not m:
        return None
    name = m.group("name") if m.group("name") and m.group("name")[0].isupper() else ""
    return name, m.group("who")


def named_lead_calls(text: str, calls: list, first_person: bool) -> list:
    """``calls`` ((qa, qb, QuoteCall) with absolute offsets) with the quotations of a first-person
    narrative whose lead names the person made that person's words."""
    if not first_person:
        return calls
    s = settings()
    out = list(calls)
    for k, (qa, qb, call) in enumerate(out):
        if text[qa] not in "«“" or call.attrs.get("speaker"):
            continue
        inner = text[qa + 1:qb - 1].strip()
        if len(inner.split()) < s["min_words"]:
            continue
        before = text[text.rfind("\n", 0, qa) + 1:qa]
        clause = clause_before_colon(before)
        speaker, who = None, ""
        if clause is not None and not names_a_text(clause):
            speaker = lead_speaker(clause, s)
            who = speaker or ""
        if speaker is None and not call.verbatim:
            sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
            got = as_said_speaker(sentence)
            if got:
                speaker, who = got
        if speaker is None:
            continue
        role = normalize_role(who) if who else ""
        attrs = {**call.attrs, "speaker": speaker, "role_raw": call.attrs.get("role_raw", ""),
                 "role": call.attrs.get("role") or (role if role and role != "inconnu" else "autre"),
                 "region": call.attrs.get("region", ""), "place": call.attrs.get("place", ""), "attr_source": "attribution"}
        out[k] = (qa, qb, QuoteCall(True, attrs, call.attribution))
    return out
