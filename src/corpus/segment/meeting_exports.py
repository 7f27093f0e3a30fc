"""A video meeting's transcript export: each turn under a line holding only the speaker as the
directory writes them, SURNAME, a comma, the first name, then the time ("LEROUX, Nathalie
12:04", "Breton, Hugues  0:12:19"), as Teams-like tools export meetings. The line is the label
(alone on its line, the words in the paragraphs below up to the next one); the speaker is the name
without the time. A "Participants :" line listing the same names with what they do in
parentheses ("LEROUX, Nathalie (coordinatrice de la CPTS) ; DUVAL, Marc (médecin généraliste,
Vernon)") gives role and place. Handed to the segmenter as declared speakers (like
segment/records.py's name lines); at least ``meeting_export_min_lines`` such lines and two
speakers (lang/fr/meeting_exports.yaml) make such an export."""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe
from .base import TextLine
from .guarded import Guarded

UPPER = "A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ"
LOWER = "a-zéèêëïîôûçàâ"
NAME = (rf"[{UPPER}][{UPPER}{LOWER}'’-]+(?:\s[{UPPER}][{UPPER}{LOWER}'’-]+)?,\s+"
        rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")
NAME_LINE = re.compile(rf"^\s*(?P<name>{NAME})\s+(?P<ts>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s*$")
LISTED = re.compile(rf"(?P<name>{NAME})\s*\((?P<desc>[^()]{{2,120}})\)")


def _listed(lines: list[TextLine]) -> dict[str, str]:
    """name -> description, from lines listing names with a parenthesis each (two at least)."""
    out: dict[str, str] = {}
    for ln in lines:
        found = {m.group("name"): m.group("desc").strip() for m in LISTED.finditer(ln.text)}
        if len(found) >= 2:
            out.update(found)
    return out


def meeting_export_speakers(lines: list[TextLine], gazetteer) -> dict[str, dict]:
    """name line -> declared attributes (speaker = the name), or {} when the document is no export."""
    at = [(ln.index, m) for ln in lines for m in [NAME_LINE.match(ln.text)] if m]
    hits = [(" ".join(lines[i].text.split()), " ".join(m.group("name").split())) for i, m in at]
    if len(hits) < cv.language_data().get("meeting_export_min_lines", 3) or len({n for _, n in hits}) < 2:
        return {}
    # a programme's speakers and times ("DURAND, Anne 14:30" over a talk's title) say nothing:
    # most turns speak (first or second person, a question)
    below = [lines[i + 1].text if i + 1 < len(lines) else "" for i, _ in at]
    if 2 * sum(bool(cv.SPOKEN.search(t)) for t in below) < len(below):
        return {}
    listed = _listed(lines)
    out: dict[str, dict] = {}
    for line, name in hits:
        desc = listed.get(name, "")
        role, region, place = describe(desc, gazetteer) if desc else ("", "", "")
        out[line] = {"role_raw": desc, "role": "" if role == "inconnu" else role, "region": region, "place": place,
                     "moderator": False, "source": "participant_table" if desc else "attribution",
                     "record": True, "alone": True, "speaker": name}
    return out


TAIL = Guarded(re.compile(rf"(?<=[.!?…»])\s+(?={NAME}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*$)"), (":",))  # the time's colon


def split_at_name_lines(lines: list[TextLine], gazetteer) -> list[TextLine]:
    """Lines cut before a name line the extraction ran onto the end of the turn above ("… en
    décembre. BRETON, Hugues 12:19"); re-indexed. Only when the cut lines make an export."""
    from .base import append_cut

    cuts = [[m.end() for m in TAIL.finditer(ln.text)] for ln in lines]
    if not any(cuts):
        return lines
    out: list[TextLine] = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out if meeting_export_speakers(out, gazetteer) else lines
