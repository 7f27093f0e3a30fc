"""Free comments of a consensus panel (Delphi, nominal group), quoted in italics without
guillemets and closed by the member's number in parentheses: "Quarante-huit heures, c'est
irréaliste pour nous. (expert 4, 2e tour)". The comment runs back over the italic paragraphs
above it that carry no such closing of their own (one comment over two paragraphs); the member
is the participant word and number ("expert 4": the conventions' numbered label shape, the
panel words in lang/fr/panel_comments.yaml), described by the row of that number in the panel's
table ("4 | Cadre de santé | CHU de Pointe-à-Pitre"). Handed to the segmenter as quote boxes.
At least ``panel_min_comments`` such comments make a panel (one may be a figure's legend)."""

from __future__ import annotations

import re

from ..io import TABLE_DELIMITER
from . import conventions as cv
from .attributions import describe
from .base import TextLine

ITALIC_SHARE = 0.6
CLOSING = re.compile(r"(?<=[.!?…»])\s+\((?P<code>[^\W\d_][\w.-]*\s?\d{1,3})(?:\s*,\s*[^()]{1,60})?\)\s*$")
DELIMITER = TABLE_DELIMITER.strip()
# a row's number cell: a bare number, then the cell delimiter
ROW_START = re.compile(rf"(?<!\S)(?P<num>\d{{1,3}})\s*{re.escape(DELIMITER)}\s*")


def _closing(text: str) -> str:
    """The member code closing a comment ("expert 4"), or ''."""
    m = CLOSING.search(text)
    return m.group("code") if m and cv.LABEL_SHAPES["numbered"].fullmatch(m.group("code")) else ""


def _members(lines: list[TextLine]) -> dict[str, str]:
    """member number -> description, from a table's rows opened by a bare number ("4 | Cadre de
    santé | CHU de Pointe-à-Pitre"), one row a line or rows the extraction ran together."""
    out: dict[str, str] = {}
    for ln in lines:
        starts = list(ROW_START.finditer(ln.text))
        for k, m in enumerate(starts):
            end = starts[k + 1].start() if k + 1 < len(starts) else len(ln.text)
            cells = [c.strip() for c in ln.text[m.end():end].split(DELIMITER) if c.strip()]
            if cells:
                out.setdefault(m.group("num"), ", ".join(cells))
    return out


def panel_comment_boxes(lines: list[TextLine], headings: dict[int, int], styles, gazetteer) -> dict[int, dict]:
    """line index of a comment's first paragraph -> its attributes, "_last" its last paragraph
    (as the segmenter's quote boxes); {} when the document quotes no panel."""
    boxes: dict[int, dict] = {}
    pending: list[int] = []
    for ln in lines:
        italic = ln.text.strip() and ln.index not in headings and styles is not None \
            and styles.share(ln.start, ln.end, "italic") >= ITALIC_SHARE
        if not italic:
            pending = []
            continue
        code = _closing(ln.text)
        if not code:
            pending.append(ln.index)
            continue
        boxes[(pending or [ln.index])[0]] = {"speaker": code, "_last": ln.index}
        pending = []
    if len(boxes) < cv.language_data().get("panel_min_comments", 2):
        return {}
    members = _members(lines)
    for box in boxes.values():
        desc = members.get(re.search(r"\d+", box["speaker"]).group(0), "")
        role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
        box.update(role_raw=desc, role=role, region=region, place=place,
                   attr_source="participant_table" if desc else "attribution")
    return boxes
