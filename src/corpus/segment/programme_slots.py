"""Talk TITLES in guillemets on a day's programme (issue #14, session 10, segfix28): "9 h 30 :
« Nous avons créé une CPTS : et maintenant ? » – Dr Claire Vasseur, présidente …", "11 h 00 :
Table ronde : « Les soins non programmés, un an après »". A quotation whose line opens with a
slot's clock time, led by nothing but that time or by a title noun and a colon, is the slot's
title, where at least ``programme_min_slots`` lines of the document open with such a time (a
programme, not a press piece that dates one remark). Words: lang/fr/programme_slots.yaml and
``field_title_nouns`` (lang/fr/field_labels.yaml); segment/field_labels.demote_field_quotes
makes such quotations narrative.

A slot may name its speaker before the title ("10 h 00 – Dr Claire Vidal (médecin généraliste,
Privas) : « Lyme en consultation : mes patients, mes doutes »", session 33): on a DAY's programme
(one of its slots is an event, ``programme_event_words``: "Accueil", "Pause", "Table ronde"), a
quotation closing the line after the clock, a name with its profile in parentheses and a colon, and
shaped as a title (short, no sentence closed inside: ``programme_title_max_words``) is the talk's
title however first-person it reads (``credited_slot_title``); a log's "14 h 10 – Mme Roux (fille)
: « Elle n'a rien mangé depuis hier. »" closes a sentence and has no event slot.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine

# what may follow a title on its slot's line: nothing, a full stop, or a dash before a credit
TAIL = re.compile(r"^\s*[.;]?\s*(?:[–—-]\s.*)?$")


# a clock regex's line anchor and leading blanks ("^\s*"), dropped to find it inside a paragraph
_ANCHOR = re.compile(r"^\^(?:\\s\*)?")


def _unanchored(clock: str) -> str:
    return _ANCHOR.sub("", clock)


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = cv.language_data()
    clocks = "|".join(f"(?:{t})" for t in data.get("programme_slot_clocks", []))
    nouns = cv._alt(fold(w).lower() for w in data.get("field_title_nouns", []))
    lead = re.compile(rf"^\s*(?:(?:{nouns})\s*:\s*)?$" if nouns else r"^\s*$")
    # the same clock times inside a paragraph, after a space: extraction may join a programme's
    # short slot lines into one paragraph ("9h00 – Accueil 9h30 – « … » – A. Morel … 10h15 – « … »";
    # s28-segr48a); the separator after it (a colon or a dash) is required there
    inner = "|".join(f"(?:{_unanchored(t)})" for t in data.get("programme_slot_clocks", []))
    inside = re.compile(rf"(?:^|(?<=\s))(?:{inner})\s*(?=[:–—-](?:\s|$))" if inner else r"(?!)")
    return re.compile(clocks if clocks else r"(?!)"), lead, inside


def _folded(text: str) -> str:
    return " ".join(fold(text).lower().replace("’", "'").split())


def is_programme(lines: list[TextLine]) -> bool:
    """At least ``programme_min_slots`` lines open with a slot's clock time."""
    clock, _, inside = _patterns(id(cv.language_data()))
    least = cv.language_data().get("programme_min_slots", 3)
    opened = sum(1 for ln in lines if clock.match(_folded(ln.text[:20])))
    # or as many slots, each a clock time and its separator, in lines joined by extraction
    return opened >= least or sum(len(inside.findall(_folded(ln.text))) for ln in lines) >= least


def slot_title(lead: str, tail: str = "") -> bool:
    """``lead`` (the line's text before a quotation) is a slot's clock time and a colon or a dash, with at
    most a title noun and a colon after it ("11 h 00 : Table ronde :"), and ``tail`` (the line's
    text after the quotation) ends the line or credits a speaker after a dash ("– Dr …"); a
    timeline's "11 h : « … », explique Julie Caron" is someone's words."""
    if not TAIL.match(tail):
        return False
    clock, after, inside = _patterns(id(cv.language_data()))
    folded = _folded(lead)
    # the slot's clock is the last one in the lead (lines joined by extraction), else opens the line
    joined = list(inside.finditer(folded))
    m = joined[-1] if joined else clock.match(folded)
    if not m:
        return False
    rest = folded[m.end():].lstrip()
    # the clock's separator: a colon, or a dash in a programme that sets "9h30 – « title » – Dr …"
    # (s28-segr48a); a timeline's "11 h – « … », explique X" fails on its tail above
    return rest[:1] in (":", "–", "—", "-") and bool(after.match(rest[1:]))


@lru_cache(maxsize=4)
def _credited(key: int) -> tuple[re.Pattern, re.Pattern, int]:
    data = cv.language_data()
    civ = cv._flex_alt(data.get("civilities", [])) or "(?!)"
    word = r"[A-ZÉÈ][\w'’-]+"
    credit = re.compile(rf"^\s*(?:(?:{civ})\.?\s+)?{word}(?:\s+{word}){{0,3}}\s*\([^()]{{3,80}}\)\s*:\s*$")
    events = cv._alt(fold(w).lower() for w in data.get("programme_event_words", []))
    # a slot's clock opening a line, or inside a paragraph joined by extraction, then an event
    clocks = "|".join(rf"(?:(?:^|(?<=\s)){_unanchored(t)})" for t in data.get("programme_slot_clocks", []))
    event = re.compile(rf"(?:{clocks})\s*[:–—-]?\s*(?:{events})(?![\w-])" if events and clocks else r"(?!)")
    return credit, event, int(data.get("programme_title_max_words", 14))


def day_programme(lines: list[TextLine]) -> bool:
    """A programme (``is_programme``) one of whose slots is an event ("8 h 45 – Accueil", "12 h 30 :
    Déjeuner", "11 h : Table ronde"), not a log of timed remarks."""
    _, event, _ = _credited(id(cv.language_data()))
    return is_programme(lines) and any(event.search(_folded(ln.text)) for ln in lines)


def credited_slot_title(lead: str, inner: str, tail: str = "") -> bool:
    """``lead`` is a slot's clock time, a separator, a name with its profile in parentheses and a
    colon ("10 h 00 – Dr Claire Vidal (médecin généraliste, Privas) : "), ``tail`` ends the line,
    and the quotation ``inner`` is shaped as a title: at most ``programme_title_max_words`` words,
    no sentence closed inside it or at its end (a question or an exclamation may close it)."""
    credit, _, most = _credited(id(cv.language_data()))
    clock, _, inside = _patterns(id(cv.language_data()))
    # (or the next slot follows, lines joined by extraction: " 11 h 00 – Table ronde …")
    if not TAIL.match(tail) and not inside.match(_folded(tail.lstrip(" .;"))):
        return False
    joined = list(inside.finditer(_folded(lead)))
    m = joined[-1] if joined else clock.match(_folded(lead))
    if not m:
        return False
    # the same offset in the lead: folding keeps the length of a line without double spaces
    rest = " ".join(lead.split())[m.end():].lstrip()
    if rest[:1] not in ("–", "—", "-", ":") or not credit.match(rest[1:]):
        return False
    body = inner.strip(" «»\"“”\u00a0\u202f")
    return len(body.split()) <= most and not re.search(r"[.…](?:\s|$)", body)
