"""Document structure: front matter, TOC, abstract, body sections, notes, bibliography, annexes.

Headings are short paragraphs set in bold or in a larger size than the body text, or written
as a numbered heading. Each heading opens a section that runs to the next heading; sections
partition text.txt (the first one, from offset 0, is the cover: kind ``front``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lang import load as lang_data
from ..text import strip_accents
from .quality import guess_language

KINDS_ORDER = ["toc", "abstract", "bibliography", "notes", "annex", "front"]


def _headings() -> dict:
    """lang/fr/section_headings.yaml: the heading words of each kind of section."""
    return lang_data()["section_headings"]


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def _alternation(words) -> str:
    """A regex alternation of heading words (accents folded, spaces or hyphens alike)."""
    parts = sorted({_fold(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for p in parts)


@lru_cache(maxsize=1)
def _heading_patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, pattern on the folded heading) from lang/fr/section_headings.yaml, in the file's order."""
    data = _headings()
    out = []
    for kind in KINDS_ORDER:
        entry = data.get(kind) or {}
        alts = []
        if entry.get("starts"):
            alts.append(rf"(?:{_alternation(entry['starts'])})\b")
        if entry.get("whole"):
            alts.append(rf"(?:{_alternation(entry['whole'])})\s*:?\s*$")
        out.append((kind, re.compile(rf"^(?:{'|'.join(alts)})")))
    return out


@lru_cache(maxsize=1)
def _abstract_languages() -> list[tuple[re.Pattern, str]]:
    langs = (_headings().get("abstract") or {}).get("languages") or {}
    return [(re.compile(rf"^(?:{_alternation(words)})\b"), lang) for lang, words in langs.items()]


@lru_cache(maxsize=1)
def _numbering() -> tuple[re.Pattern, re.Pattern]:
    """"Chapitre 2", "PARTIE II", "Deuxième partie": (number word + number, ordinal + word)."""
    data = _headings()
    words = _alternation(data["numbering_words"])
    ordinals = _alternation(data["ordinal_words"])
    return (re.compile(rf"^(?:{words})\s+(?:\d{{1,3}}|[ivxlc]{{1,6}}|[^\W\d_]+)\b"),
            re.compile(rf"^(?:{ordinals})\s+(?:{words})\b"))


def is_numbering_heading(heading: str) -> bool:
    """A chapter or part heading by its numbering word ("Chapitre 2", "Deuxième partie")."""
    folded = _fold(heading.strip())
    number, ordinal = _numbering()
    return bool(number.match(folded) or ordinal.match(folded))


@lru_cache(maxsize=1)
def _body_start() -> re.Pattern:
    return re.compile(rf"^(?:{_alternation(_headings()['body_start'])})\b")


# A table-of-contents entry: dot leaders or a trailing page number. Never a heading.
TOC_ENTRY = re.compile(r"(\.\s?){3,}\s*\d+\s*$|\s\d{1,3}\s*$|…\s*\d+\s*$")
def classify_heading(heading: str) -> str | None:
    folded = _fold(heading.strip())
    for kind, pattern in _heading_patterns():
        if pattern.search(folded):
            return kind
    return None


def heading_language(heading: str) -> str:
    """The language an abstract's heading announces ('' when none)."""
    folded = _fold(heading.strip())
    for pattern, lang in _abstract_languages():
        if pattern.match(folded):
            return lang
    return ""


def numbered_level(heading: str) -> int | None:
    """Level from the numbering: I. -> 1, A. / II.A -> 2, 1. / II.A.1 / 1.2 -> 3, a) -> 4."""
    h = heading.strip()
    if is_numbering_heading(h):
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
        if not para or len(para) > 180 or " | " in para:
            continue
        if TOC_ENTRY.search(para) and not is_numbering_heading(para):
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
            entry = text[a:b].strip()
            # "Chapitre 1" ends with a number too, but opens a chapter: not a TOC entry
            if TOC_ENTRY.search(entry) and not is_numbering_heading(entry):
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
            if not thesis or level is not None or _body_start().match(_fold(heading)):
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
        s["language"] = section_language(s, text) if s["kind"] == "abstract" else ""
    return sections


def section_language(section: dict, text: str) -> str:
    """An abstract's language: guessed from its words when there are enough of them, else the
    one its heading announces (Resumen: es)."""
    body = text[section["char_start"]:section["char_end"]]
    return guess_language(body, min_hits=8) or heading_language(section.get("heading", ""))


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
