"""A moderated user test or an observation session noted one remark of the participant per
paragraph, with no quotation mark, label or code: "Comment je fais pour savoir quels sont les
éléments interactifs de la page ?", "C'est gênant l'item de légende multilignes.", between the
observer's stage notes, italic paragraphs in parentheses about the participant in the third
person ("(la personne descend vers l'Évolution du Budget)"). Where the document says the
participant speaks aloud (``procedure_words`` of ``lang/fr/think_aloud_notes.yaml``) and holds at
least ``min_stage_notes`` such notes, the short paragraphs around them (up to a long paragraph, a
numbered item, a line ending with a colon, a line naming the procedure or the participant, or a
long heading; a short heading as "Clôture" does not end them) are the participant's words when most of them carry spoken marks (first or second
person, questions, "ça"). Field notes in the third person between stage notes, stage notes in a
document that names no such procedure, italic asides in an interview: unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine

NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s")


def settings() -> dict:
    return {"procedure_words": [], "participant_words": [], "spoken_marks": [], "min_stage_notes": 2,
            "max_chars": 400, "max_heading_words": 3, "min_spoken_share": 0.6,
            **(cv.language_data().get("think_aloud_notes") or {})}


def _alt(words) -> str:
    return cv.literal_alternation({fold(w).lower() for w in words}) or "(?!)"


@lru_cache(maxsize=8)
def _words(words: tuple) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)")


@lru_cache(maxsize=8)
def _marks(words: tuple) -> re.Pattern:
    return re.compile(rf"(?:(?<!\w)(?:{_alt(w for w in words if w[-1].isalpha())})(?!\w)|(?<!\w)(?:{_alt(w for w in words if w[-1] == chr(39))})|[?!])")


def _folded(text: str) -> str:
    return fold(" ".join(text.split())).lower().replace("’", "'")


TRAILING_PAREN = re.compile(r"\((?P<inner>[^()]{3,200})\)\s*$")


def stage_note_at(ln: TextLine, italic_share, s: dict) -> int | None:
    """Where an observer's note in italics and parentheses about the participant closes the line
    ("(la personne descend vers la Vue Détaillée)", alone or run onto the remark before it by
    the extraction): its offset in the line, else None."""
    m = TRAILING_PAREN.search(ln.text.rstrip())
    if not m or italic_share(ln.start + m.start(), ln.start + m.end()) <= 0.5:
        return None
    return m.start() if _words(tuple(s["participant_words"])).search(_folded(m.group("inner"))) else None


def spoken(text: str, s: dict) -> bool:
    return bool(_marks(tuple(s["spoken_marks"])).search(_folded(text)))


def remark_ranges(lines: list[TextLine], headings: set[int], italic_share, text: str) -> list[tuple[int, int]]:
    """Absolute (start, end) of the participant's remarks around the stage notes;
    ``italic_share(a, b)``: the share of text[a:b] set in italics."""
    s = settings()
    body = [ln for ln in lines if ln.text.strip()]
    notes = {k: at for k, ln in enumerate(body) if ln.index not in headings
             for at in [stage_note_at(ln, italic_share, s)] if at is not None}
    # both tests must pass and neither changes anything: the stage notes (a search on each line's
    # last parenthesis) first, the procedure's words (the whole text folded, ~0.2 s for a thesis) after
    if len(notes) < s["min_stage_notes"]:
        return []
    if not _words(tuple(s["procedure_words"])).search(_folded(text)):
        return []

    def remark(k: int) -> bool:
        ln = body[k]
        t = ln.text[:notes.get(k, len(ln.text))].strip()
        # the observer's own account names the procedure or the participant: no remark
        own = _words(tuple(s["procedure_words"] + s["participant_words"])).search(_folded(t))
        return ln.index not in headings and len(t) <= s["max_chars"] and not NUMBERED.match(t) \
            and not t.endswith(":") and not own

    def short_heading(k: int) -> bool:
        return body[k].index in headings and len(body[k].text.split()) <= s["max_heading_words"]

    first, last = min(notes), max(notes)
    while first > 0 and remark(first - 1):
        first -= 1
    while last + 1 < len(body) and (remark(last + 1) or short_heading(last + 1)):
        last += 1
    zone = []
    for k in range(first, last + 1):
        ln = body[k]
        if ln.index in headings:
            continue
        if not remark(k):
            return []
        part = ln.text[:notes.get(k, len(ln.text))]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            zone.append((ln.start + lead, ln.start + len(part.rstrip()), part))
    if not zone or sum(spoken(t, s) for _, _, t in zone) < s["min_spoken_share"] * len(zone):
        return []
    return [(a, b) for a, b, _ in zone]


def think_aloud_spans(spans: list[Span], lines: list[TextLine], headings: set[int], italic_share, text: str,
                      attrs) -> list[Span]:
    """The spans, with a verbatim span for each remark no span covers yet (``attrs()``: the
    attributes of an unnamed participant)."""
    found = remark_ranges(lines, headings, italic_share, text)
    if not found:
        return spans
    out = list(spans)
    for a, b in found:
        if not any(sp.start < b and a < sp.end for sp in spans):
            out.append(Span(a, b, "verbatim", dict(attrs())))
    return sorted(out, key=lambda sp: (sp.start, sp.end))
