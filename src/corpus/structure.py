"""Document structure: front matter, TOC, abstract, body sections, notes, bibliography, annexes.

Headings are short paragraphs set in bold or in a larger size than the body text, or written
as a numbered heading. Each heading opens a section that runs to the next heading; sections
partition text.txt (the first one, from offset 0, is the cover: kind ``front``).
"""

from __future__ import annotations

import re
from collections import Counter

# The kind a heading switches to; order matters (first match wins).
HEADING_KINDS = [
    ("toc", re.compile(r"^(table des matières|sommaire|plan( de la thèse)?\s*$|table des (figures|tableaux|illustrations)|liste des (figures|tableaux))\b", re.I)),
    ("abstract", re.compile(r"^(résumés?|resumes?|abstracts?|summary|mots[- ]clés|keywords)\b", re.I)),
    ("bibliography", re.compile(r"^(bibliographie|références( bibliographiques)?|references|bibliography|sources)\s*:?\s*$", re.I)),
    ("notes", re.compile(r"^notes?( de (bas de page|fin))?\s*:?\s*$", re.I)),
    ("annex", re.compile(r"^(annexes?|appendices?|appendix)\b", re.I)),
    ("front", re.compile(r"^(remerciements|serment|jury|membres du jury|président du jury|composition du jury|dédicaces?|serment d'hippocrate|liste des (abr[ée]viations|sigles|acronymes)|abr[ée]viations|glossaire|avertissement)\b", re.I)),
]
# A table-of-contents entry: dot leaders or a trailing page number. Never a heading.
TOC_ENTRY = re.compile(r"(\.\s?){3,}\s*\d+\s*$|\s\d{1,3}\s*$|…\s*\d+\s*$")
NUMBERED = re.compile(
    r"^(?P<num>(?:partie|chapitre)\s+\w+|[IVX]{1,5}(?:\s*[.\-–)]\s*[A-Z](?:\s*[.\-–]\s*\d{1,2})*)?|\d{1,2}(?:\.\d{1,2})*|[A-Z]|[a-z])\s*[.)\-–:]\s+\S",
    re.I)


BODY_START = re.compile(r"^(introduction|préambule|avant-propos|contexte)\b", re.I)


def classify_heading(heading: str) -> str | None:
    for kind, pattern in HEADING_KINDS:
        if pattern.search(heading.strip()):
            return kind
    return None


def numbered_level(heading: str) -> int | None:
    """Level from the numbering: I. -> 1, A. / II.A -> 2, 1. / II.A.1 / 1.2 -> 3, a) -> 4."""
    h = heading.strip()
    if re.match(r"^(partie|chapitre)\b", h, re.I):
        return 1
    m = re.match(r"^([IVX]{1,5})((?:\s*[.\-–]\s*[A-Z0-9]{1,2}\b)*)\s*[.)\-–:]?\s+\S", h)
    if m and (m.group(2) or re.match(r"^[IVX]{1,5}\s*[.)\-–]", h)):
        parts = re.findall(r"[A-Z0-9]{1,2}\b", m.group(2) or "")
        return 1 + len(parts)
    if re.match(r"^[A-Z]\s*[.)\-–]\s+\S", h):
        return 2
    m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s*[.)\-–]?\s+\S", h)
    if m:
        return 3 + m.group(1).count(".")   # 1. under A., 1.2 below it
    if re.match(r"^[a-z]\s*[.)]\s+\S", h):
        return 4
    return None


def _body_size(paragraphs: list[dict]) -> float:
    sizes: Counter = Counter()
    for p in paragraphs:
        sizes[round(float(p["size"]), 1)] += int(p["char_end"]) - int(p["char_start"])
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _bold_cover(styles: list[dict], start: int, end: int) -> int:
    return sum(max(0, min(end, s["char_end"]) - max(start, s["char_start"]))
               for s in styles if "bold" in s["style"] and s["char_start"] < end and s["char_end"] > start)


def _paragraphs_from_text(text: str, styles: list[dict]) -> list[dict]:
    """Paragraph records when extraction did not supply them (size unknown: bold decides)."""
    out, pos = [], 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if para.strip():
            out.append({"char_start": start, "char_end": end, "size": 0.0,
                        "bold": _bold_cover(styles, start, end) >= 0.8 * len(para.strip())})
    return out


def find_headings(text: str, styles: list[dict], paragraphs: list[dict]) -> list[tuple[int, str, float]]:
    """(char_start, heading text, size) of heading paragraphs, in text order."""
    body = _body_size(paragraphs)
    by_page: dict = {}
    for p in paragraphs:  # the body size of each page: tables and annexes may use another size
        by_page.setdefault(p.get("page", 0), []).append(p)
    page_body = {page: _body_size(ps) for page, ps in by_page.items()}
    headings = []
    for p in paragraphs:
        if p.get("note"):
            continue   # a footnote is never a heading
        start, end = int(p["char_start"]), int(p["char_end"])
        para = text[start:end].strip()
        if not para or len(para) > 180 or TOC_ENTRY.search(para) or " | " in para:
            continue
        size = float(p["size"])
        local = max(body, page_body.get(p.get("page", 0), body)) if body else 0.0
        bigger = local and size >= local + 1.0 and len(para) <= 120 and not para.endswith(".")
        kind = classify_heading(para)
        if p["bold"] or bigger or (kind and len(para) < 60 and size >= body):
            if not re.search(r"[^\W\d_]", para):   # numbers and punctuation only
                continue
            headings.append((start, para, size))
    return headings


def toc_spans(text: str, paragraphs: list[dict], headings: list[tuple[int, str, float]]) -> list[tuple[int, int]]:
    """Char ranges of tables of contents: from a TOC heading through its run of entries
    (lines ending in a page number, with at most 3 other paragraphs between two entries)."""
    spans = []
    for start, heading, _size in headings:
        if classify_heading(heading) != "toc":
            continue
        end, gap = start, 0
        for p in paragraphs:
            a, b = int(p["char_start"]), int(p["char_end"])
            if a <= start:
                continue
            if TOC_ENTRY.search(text[a:b].strip()):
                end, gap = b, 0
            else:
                gap += 1
                if gap > 3:
                    break
        spans.append((start, end))
    return spans


def detect_structure(text: str, styles: list[dict], paragraphs: list[dict] | None = None) -> list[dict]:
    """Sections (kind, level, heading, char range) partitioning the text."""
    if paragraphs is None:
        paragraphs = _paragraphs_from_text(text, styles)
    headings = find_headings(text, styles, paragraphs)
    spans = toc_spans(text, paragraphs, headings)
    # entries of a table of contents that wrap over two lines look like headings: not sections
    headings = [h for h in headings if not any(a < h[0] < b for a, b in spans)]
    size_rank = {s: i for i, s in enumerate(sorted({h[2] for h in headings}, reverse=True))}
    sections = []
    if not headings or headings[0][0] > 0:
        sections.append({"kind": "front", "level": 0, "heading": "", "char_start": 0,
                         "char_end": headings[0][0] if headings else len(text)})
    # A thesis (TOC or front-matter headings) opens its body with a numbered heading or an
    # introduction; before that, unnumbered bold lines belong to the cover, jury, TOC...
    thesis = any(classify_heading(h[1]) in ("toc", "front") for h in headings)
    kind = "front"
    for i, (start, heading, size) in enumerate(headings):
        end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        found = classify_heading(heading)
        level = numbered_level(heading)
        if found:
            kind = found
            level = 1 if found != "annex" or re.match(r"^annexes?\s*$", heading, re.I) else 2
        elif kind in ("front", "toc", "abstract", "notes"):
            if not thesis or level is not None or BODY_START.match(heading):
                kind = "body"
        elif kind == "bibliography" and level is not None:
            kind = "body"
        if level is None:
            level = min(size_rank.get(size, 0) + 1, 4)
        sections.append({"kind": kind, "level": level, "heading": heading,
                         "char_start": start, "char_end": end})
    sections = carve_notes(sections, note_spans(text, paragraphs))
    for n, s in enumerate(sections, 1):
        s["section_id"] = n
    return sections


def note_spans(text: str, paragraphs: list[dict]) -> list[tuple[int, int]]:
    """Char ranges of runs of footnote paragraphs (one run per page foot), with the line break
    after the last one so that the sections still partition the text."""
    spans: list[tuple[int, int]] = []
    for p in paragraphs:
        if not p.get("note"):
            continue
        a, b = int(p["char_start"]), int(p["char_end"])
        b = min(b + 1, len(text)) if text[b:b + 1] == "\n" else b
        if spans and spans[-1][1] == a:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def carve_notes(sections: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """Sections of kind ``notes`` for the footnote runs, cut out of the sections they sit in;
    the text after them continues the cut section (same kind, heading and level)."""
    out = []
    for s in sections:
        start = s["char_start"]
        for a, b in spans:
            if not (s["char_start"] <= a < s["char_end"]):
                continue
            b = min(b, s["char_end"])
            if a > start:
                out.append({**s, "char_start": start, "char_end": a})
            out.append({"kind": "notes", "level": 0, "heading": "", "char_start": a, "char_end": b})
            start = b
        if start < s["char_end"] or start == s["char_start"]:
            out.append({**s, "char_start": start})
    return out
