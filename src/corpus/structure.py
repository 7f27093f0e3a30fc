"""Document structure: front matter, TOC, abstract, body sections, notes, bibliography, annexes."""

from __future__ import annotations

import re

HEADING_KINDS = [
    ("toc", re.compile(r"^(table des matières|sommaire|plan)\b", re.I)),
    ("abstract", re.compile(r"^(résumé|abstract|summary)\b", re.I)),
    ("bibliography", re.compile(r"^(bibliographie|références( bibliographiques)?|bibliography)\b", re.I)),
    ("notes", re.compile(r"^notes?\b\s*$", re.I)),
    ("annex", re.compile(r"^(annexes?|appendice)\b", re.I)),
    ("front", re.compile(r"^(remerciements|serment|jury|dédicace|serment d'hippocrate)\b", re.I)),
]


def classify_heading(heading: str) -> str | None:
    for kind, pattern in HEADING_KINDS:
        if pattern.search(heading.strip()):
            return kind
    return None


def detect_structure(text: str, styles: list[dict]) -> list[dict]:
    """Sections from bold one-line paragraphs; each section runs to the next heading."""
    bold = [(s["char_start"], s["char_end"]) for s in styles if "bold" in s["style"]]
    headings = []
    pos = 0
    bi = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if not para.strip() or len(para) > 160:
            continue
        while bi < len(bold) and bold[bi][1] <= start:
            bi += 1
        covered = 0
        j = bi
        while j < len(bold) and bold[j][0] < end:
            covered += min(end, bold[j][1]) - max(start, bold[j][0])
            j += 1
        if covered >= 0.8 * len(para.strip()):
            headings.append((start, para.strip()))
    sections = []
    kind = "front"
    if not headings or headings[0][0] > 0:
        first_end = headings[0][0] if headings else len(text)
        sections.append({"kind": "front", "level": 0, "heading": "", "char_start": 0, "char_end": first_end})
    for i, (start, heading) in enumerate(headings):
        end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        found = classify_heading(heading)
        if found:
            kind = found
        elif kind in ("front", "toc", "abstract"):
            kind = "body"
        level = _level(heading)
        sections.append({"kind": kind, "level": level, "heading": heading, "char_start": start, "char_end": end})
    for n, s in enumerate(sections, 1):
        s["section_id"] = n
    return sections


def _level(heading: str) -> int:
    if re.match(r"^(partie|chapitre|[IVX]+[.)]\s)", heading, re.I):
        return 1
    if re.match(r"^[A-Z][.)]\s", heading):
        return 2
    if re.match(r"^\d+[.)]\s", heading):
        return 3
    if re.match(r"^[a-z][.)]\s", heading):
        return 4
    return 1
