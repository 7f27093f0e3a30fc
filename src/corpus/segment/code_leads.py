"""A quotation credited by the participant code of the line above it (issue #14). Memoirs and
theses that introduce their informants once by code ("J'ai interrogé trois infirmières : IDE 1 à
Carentan, IDE 2 à Saint-Lô …", a participants' table) then set each extract under its code
alone on a line ("IDE 1", then the extract in italics, no quotation marks), or under a lead-in
sentence that names the code and ends with a colon ("Cette solitude est aussi décrite par IDE 2,
pour qui … :"). The quotation is that code's words.

Only codes the document itself defines as persons (its participants, read by discovery.Context)
are read, so a section number or a table reference is no speaker; the lead-in must name ONE such
code (a comparison "IDE 1 et IDE 3 …" names two). Only a speech item no reading gave a speaker is
changed: its speaker, the code's description when no role was read (s40), and the code's place
when none was read: a pass over the finished segments.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .roles import normalize_role, unidentified
from .speakers import CodeDict

# a code as participants' codes are printed: capitals, an optional separator, a number; or initials
# with their periods ("R.", "M.-L."), as notes that keep names out list people (s47)
CODE = re.compile(rf"(?<![\w-])(?P<code>[A-ZÉ]{{1,5}}[ ._-]?\d{{1,3}}(?![\w-])|{cv.DOTTED_INITIALS}(?![\w-]))")
SPEECH = ("verbatim", "turn")
MAX_LEAD = 400  # a lead-in sentence, not a page


def _line_before(text: str, start: int) -> tuple[str, str]:
    """(what precedes ``start`` on its paragraph, the previous non-empty paragraph)."""
    line_start = text.rfind("\n", 0, start) + 1
    own = text[line_start:start]
    end = line_start - 1
    while end > 0:
        prev_start = text.rfind("\n", 0, end) + 1
        prev = text[prev_start:end]
        if prev.strip():
            return own, prev
        end = prev_start - 1
    return own, ""


def lead_code(own: str, prev: str, codes: CodeDict) -> str | None:
    """The code a quotation's lead names: the paragraph above when it is a known code alone ("IDE
    1", "IDE 1 :"), else the one known code of the lead-in sentence ending with a colon (on the
    quotation's line, else the paragraph above); None otherwise."""
    lead = own if own.strip() else prev
    body = " ".join(lead.split())
    if not own.strip():
        alone = body.rstrip(" :")
        m = CODE.fullmatch(alone)
        if m and m.group("code") in codes:
            return codes._key(m.group("code"))
    if not body.endswith(":") or len(body) > MAX_LEAD:
        return None
    sentence = re.split(r"(?<=[.!?])(?<![A-ZÉ]\.)\s+", body)[-1]  # (not after an initial: "R. a dit :")
    if "«" in sentence or "»" in sentence:
        return None
    found = {codes._key(m.group("code")) for m in CODE.finditer(sentence) if m.group("code") in codes}
    return found.pop() if len(found) == 1 else None


def apply_code_leads(segments: list, text: str, participants, places) -> None:
    """Give each verbatim or turn without a speaker the known participant code its lead names
    (``participants``, ``places``: the document's codes with a description or a place)."""
    codes = CodeDict({c: "" for c in [*participants, *places] if CODE.fullmatch(c)})
    if not codes:
        return
    for seg in segments:
        if seg.kind not in SPEECH or seg.speaker:
            continue
        code = lead_code(*_line_before(text, seg.char_start), codes)
        if code is None:
            continue
        seg.speaker = code
        seg.attr_source = seg.attr_source or "attribution"
        desc = participants.get(code, "")
        # (or a reader's bare "autre", no description behind it: what the list says wins)
        if desc and (seg.role in ("", "inconnu") or seg.role == "autre" and not seg.role_raw) and not unidentified(seg.role_raw):
            # what the table says the code does ("Déclaration de T2 :" under "| T2 | Chef de poste de nuit |")
            seg.role_raw, seg.role, seg.attr_source = desc, normalize_role(desc), "participant_table"
        if not seg.region and code in places:
            seg.region, seg.place = places[code]
