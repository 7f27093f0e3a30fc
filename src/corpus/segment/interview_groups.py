"""Extracts grouped by interview under a header line (issue #14, s55).

An evaluation report or a thesis's annex sets its extracts interview by interview, each group under
one line that numbers the interview and describes the person: "Entretien 3 — infirmière déléguée,
maison de santé, Is-sur-Tille", then one or more quotations without a code, perhaps a relance in
brackets between them. Each quotation of the group is that interview's: the speaker is the
interview ("Entretien n°3"), the role and the place are the header's.

The convention holds when every such header line is followed by a quotation and the first is not preceded
by one (lines of that shape set under their quotations are attributions). A quotation is in a group when
the lines between it and the header above are only quotations, the interviewer's bracketed relances or
notes, and page furniture. A quotation whose own attribution
names someone else keeps it; one that a reader gave the NEXT group's header (read as a credit set
below the quotation) or nothing is the group's.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe
from .roles import withholds_role
from .transcriber_notes import is_aside

UNSAID = ("", "inconnu")
DASH = re.compile(r"^\s*[–—-]\s*")
MAX_LINES_UP = 12


def header(line: str) -> tuple[str, str] | None:
    """(interview number, description) of a header line "Entretien 3 — infirmière déléguée, maison de
    santé, Is-sur-Tille"; None when the line is no such header."""
    t = " ".join(line.split())
    m = cv.INTERVIEW_REF.match(t)
    if m is None or len(t) > 160:
        return None
    rest = t[m.end():]
    dash = DASH.match(rest)
    desc = rest[dash.end():].strip().rstrip(".") if dash else ""
    if not desc or "«" in desc or re.search(r"[.!?]\s", desc):
        return None
    return str(int(m.group("num"))), desc


def _header_above(text: str, start: int) -> tuple[str, str] | None:
    """The group header above the quotation starting at ``start``, past quotations, bracketed lines and
    page furniture only."""
    from .turns import folio_line

    end = text.rfind("\n", 0, start)
    for _ in range(MAX_LINES_UP):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        end = begin - 1
        if not line or _quote_line(line) or is_aside(line) or folio_line(line):
            continue
        return header(line)
    return None


def _line_below(text: str, end: int) -> str:
    """The first line after the one where the quotation ends."""
    nl = text.find("\n", max(0, end - 1))
    if nl < 0:
        return ""
    nxt = text.find("\n", nl + 1)
    return text[nl + 1:nxt if nxt >= 0 else len(text)].strip()


def _quote_line(line: str) -> bool:
    return line.startswith(("«", "“"))


def _groups_by_header(text: str) -> bool:
    """Whether the document sets header lines ABOVE their quotations: every header line is followed by
    a quotation (past bracketed lines and page furniture), and the first is not preceded by one. Lines
    of the same shape UNDER the quotations are their attributions ("« … »" then "Entretien n°28 –
    Pharmacienne – Région C"), and the last of them is followed by the author's prose."""
    from .turns import folio_line

    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln and not is_aside(ln) and not folio_line(ln)]
    at = [k for k, ln in enumerate(lines) if header(ln) is not None]
    if not at or (at[0] > 0 and _quote_line(lines[at[0] - 1])):
        return False
    return all(k + 1 < len(lines) and _quote_line(lines[k + 1]) for k in at)


def apply_interview_groups(segments: list, text: str, gazetteer) -> None:
    """Give the quotations under an interview's header line that interview and its description."""
    if not cv.INTERVIEW_REF.search(text) or not _groups_by_header(text):
        return
    for seg in segments:
        if seg.kind != "verbatim":
            continue
        found = _header_above(text, seg.char_start)
        if found is None:
            continue
        num, desc = found
        speaker = cv.interview_speaker(num)
        # (the next group's header read as a credit below the quotation is none: "» ⏎ Entretien 5 — …")
        below = _line_below(text, seg.char_end)
        credited_below = bool(seg.role_raw) and header(below) is not None and seg.role_raw.strip("»” ") in below
        if seg.speaker and seg.speaker != speaker and not credited_below:
            continue  # "(E9)" or a named person: the quotation's own attribution
        role, region, place = describe(desc, gazetteer)
        if withholds_role(desc):
            role = "inconnu"
        seg.speaker, seg.role_raw, seg.role = speaker, desc, role
        if region:
            seg.region, seg.place = region, place
        seg.attr_source = "interview_header"
