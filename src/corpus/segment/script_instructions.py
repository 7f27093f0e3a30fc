"""Quotations an interviewer's SCRIPT gives to read under a condition or a step.

"Si la personne accepte : « Je vais vous lire une information … »", "En cas de refus : « … »",
"Fin de l'appel : « Je vous remercie pour votre participation. »": a protocol's annexed script
writes what the interviewer will say, condition by condition; nobody has spoken yet. A quotation
whose paragraph opens with such a lead-in (one of ``openers``, at most ``max_lead_chars``, nothing
but the colon between it and the quotation, no first-person word) is no verbatim, when at least
``min_lines`` paragraphs of the document open so (lang/fr/script_instructions.yaml). One
conditional sentence of an account ("Si je devais résumer : « … »", "Quand je lui demande, elle
répond : « … »") and a document with a single such line are left to the other readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .base import TextLine
from .quotes import QuoteCall

DEFAULTS = {"openers": [], "first_person": [], "max_lead_chars": 60, "min_lines": 2, "say_infinitives": [],
            "infinitive_endings": [], "infinitive_joiners": [], "reader_objects": [], "future_sayings": []}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("script_instructions") or {})}


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    s = settings()
    openers = cv._flex_alt(s["openers"]) or "(?!)"
    # at a paragraph's or a sentence's start (extraction may run a script's short lines together)
    lead = re.compile(rf"(?:^|(?<=[.!?»]\s))\s*(?:{openers})(?![\w])[^:;.!?«»\"“”\n]{{0,{s['max_lead_chars']}}}?\s*:\s*")
    return lead, cv._whole_words(s["first_person"]) if s["first_person"] else re.compile("(?!)")


@lru_cache(maxsize=4)
def _step_pattern(key: int) -> re.Pattern:
    """A procedure's step: "Dire : ", "Décrocher avant la troisième sonnerie et dire : " (s31-segr56a)."""
    s = settings()
    say = cv._flex_alt(s["say_infinitives"])
    if not say:
        return re.compile("(?!)")
    ends = "|".join(re.escape(e) for e in s["infinitive_endings"]) or "(?!)"
    joiners = cv._flex_alt(s["infinitive_joiners"]) or "(?!)"
    first = rf"[A-ZÉÈÀ][a-zéèêëàâîïôûç]*(?:{ends})"  # the step's first infinitive, capitalised
    return re.compile(rf"(?:^|(?<=[.!?»]\s))\s*(?:(?i:{say})|{first}(?![\w'])[^:;.!?«»\"“”\n]{{0,{s['max_lead_chars']}}}?"
                      rf"\s(?i:{joiners})\s+(?i:{say}))\s*:\s*(?=[«“])")


def instruction_leads(text: str) -> list[tuple[int, int]]:
    """(start, end) of the condition or step lead-ins opening a paragraph or sentence of ``text``
    ("Si la personne accepte : ")."""
    lead, first = _patterns(id(cv.language_data()))
    text = text.replace("’", "'")
    found = [m.span() for m in lead.finditer(text) if not first.search(m.group(0))]
    if ":" in text and ("«" in text or "“" in text):  # cheap prefilter: a step quotes what to say
        found += [m.span() for m in _step_pattern(id(cv.language_data())).finditer(text) if not first.search(m.group(0))]
    return sorted(set(found))


def instruction_lines(lines: list[TextLine]) -> set[int]:
    """Indices of the lines holding a script's condition or step lead-in, or none when the
    document has fewer than ``min_lines`` such lead-ins."""
    found = {ln.index: len(instruction_leads(ln.text)) for ln in lines}
    n = sum(found.values())
    return {i for i, k in found.items() if k} if n >= settings()["min_lines"] else set()


def scripted_call(line: TextLine, at: int, call: QuoteCall) -> QuoteCall:
    """No verbatim for a quotation starting at absolute offset ``at`` right after a script lead-in
    of its ``line``."""
    if not call.verbatim:
        return call
    return QuoteCall(False) if any(line.start + e == at for _, e in instruction_leads(line.text)) else call


@lru_cache(maxsize=4)
def _anticipated(key: int) -> re.Pattern:
    """"… vous demandera : " right before a quotation (s31-segr56a)."""
    s = settings()
    verbs = cv._flex_alt(s["future_sayings"])
    objects = cv._flex_alt(s["reader_objects"])
    if not (verbs and objects):
        return re.compile("(?!)")
    return re.compile(rf"(?<![\w'])(?i:{objects})\s*(?i:{verbs})\s*:\s*$")


def anticipated_call(lead: str, call: QuoteCall) -> QuoteCall:
    """No verbatim for a quotation whose lead-in (the text right before it on its paragraph)
    addresses the reader with a future saying verb: "Le médecin vous demandera : « … »"."""
    if not call.verbatim or ":" not in lead[-3:]:
        return call
    return QuoteCall(False) if _anticipated(id(cv.language_data())).search(lead[-80:].replace("’", "'")) else call
