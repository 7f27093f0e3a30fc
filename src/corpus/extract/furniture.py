"""Page furniture: running headers and footers (lines repeated in a page's outer bands), page
numbers."""

from __future__ import annotations

import re
from collections import Counter

from . import clean
from .clean import normalize_spaces
from .pdf import Line, Page, body_size


def _bands(lines: list[Line]) -> list[list[int]]:
    """Indices of lines grouped in horizontal bands (vertically overlapping), top to bottom."""
    order = sorted(range(len(lines)), key=lambda i: (-lines[i].y1, lines[i].x0))
    bands: list[list[int]] = []
    low = None
    for i in order:
        line = lines[i]
        if bands and line.y1 > low + 1.0:  # overlaps the current band
            bands[-1].append(i)
            low = min(low, line.y0)
        else:
            bands.append([i])
            low = line.y0
    return bands


def echo_keys(text: str) -> set[str]:
    """A title's words as a running head repeats them (case, accents, punctuation and a leading
    "CHAPITRE 1" aside): its words alone when there are two or more, and its words with their
    numbers ("1 1 section 1 1") when it is numbered."""
    from ..text import fold
    from .structure import numbering_words

    tokens = re.findall(r"[^\W\d_]+|\d+", fold(clean.clean_line(text)))
    if len(tokens) > 2 and tokens[0] in numbering_words() and re.fullmatch(r"\d+|[ivxlc]+", tokens[1]):
        tokens = tokens[2:]
    words = [w for w in tokens if not w.isdigit()]
    keys = {" ".join(words)} if len(words) >= 2 else set()
    if words and len(words) < len(tokens):
        keys.add(" ".join(tokens))
    return keys


def find_running_lines(pages: dict[int, Page], edge: int = 3,
                       columns: list[float] = ()) -> dict[tuple[int, int], str]:
    """Lines that the layout adds: running headers/footers and page numbers.

    Walking in from the top and from the bottom of each page, a band of lines (lines side by
    side) is removed while every line of it is either a page number or a text that recurs
    (digits folded) in the outer bands of at least a quarter of the pages (and at least 3).
    A number sharing its band with body text, or set in a table's cell column, is a table cell,
    never a page number. A line of the outermost band that repeats the words of a title set
    larger than the body ("1.1. LOREM IPSUM" over the heading "1.1 Lorem Ipsum") is a running
    head even when it is printed only once. Returns {(page, line_index): reason}.
    """
    text_pages = [p for p, page in pages.items() if page.lines]
    outer: dict[int, tuple[list[list[int]], list[list[int]]]] = {}
    counts: Counter = Counter()
    # the same keys in the body of the pages (outside the outer bands): a speaker's label or a time
    # code a transcript repeats in its body is no running head where a page happens to open on it
    body_counts: Counter = Counter()
    # running heads of left and right pages differ: the outermost bands counted per parity too
    parity_counts: Counter = Counter()
    for p in text_pages:
        bands = _bands(pages[p].lines)
        top, bottom = bands[:edge], bands[::-1][:edge]
        outer[p] = (top, bottom)
        keys = {repetition_key(pages[p].lines[i].text) for band in top + bottom for i in band}
        counts.update(keys)
        outer_lines = {i for band in top + bottom for i in band}
        body_counts.update(repetition_key(ln.text) for i, ln in enumerate(pages[p].lines) if i not in outer_lines)
        parity_counts.update((repetition_key(pages[p].lines[i].text), p % 2)
                             for band in (bands[0], bands[-1]) for i in set(band))
    # a short document repeats its furniture fewer times: twice is enough under 12 pages
    threshold = max(2 if len(text_pages) < 12 else 3, len(text_pages) // 4)
    per_parity = {k: max(2, sum(1 for p in text_pages if p % 2 == k) // 2) for k in (0, 1)}

    from .structure import classify_heading, numbered_level

    size = body_size(pages)

    def is_heading(line: Line) -> bool:
        text = clean.clean_line(line.text)
        return numbered_level(text) is not None or classify_heading(text) is not None

    # titles set larger than the body: a running head printed once echoes one of them
    titles = {k for p in text_pages for ln in pages[p].lines if size and ln.size >= size + 1
              for k in echo_keys(ln.text)}

    def reason(line: Line, outermost: bool = False, alone: bool = False) -> str:
        # "Chapitre 2" opening each chapter, or "Notes" closing it, repeats like a running head,
        # but a running head is never a numbered or named heading set larger than the body text
        if size and line.size >= size + 1 and is_heading(line):
            return ""
        # a lone number at the very top or bottom is a page number even where a table of
        # contents put its page numbers in a column at the same x
        if not (outermost and alone) and any(abs(line.x0 - x) <= 2 for x in columns):
            return ""
        if is_page_number(clean.clean_line(line.text)):
            return "page_number"
        key = repetition_key(line.text)
        if body_counts[key] >= max(2, counts[key]):  # repeated in the body at least as often: body text
            return ""
        if counts[key] >= threshold:
            return "running_header_footer"
        if outermost and parity_counts[(key, line.page % 2)] >= per_parity[line.page % 2]:
            return "running_header_footer"   # on every other page (short documents)
        if outermost and line.size < size + 1 and echo_keys(line.text) & titles:
            return "running_header_footer"   # "CHAPITRE 1. COVER PAGE EXAMPLE" above body text
        return ""

    found: dict[tuple[int, int], str] = {}
    for p in text_pages:
        lines = pages[p].lines
        for side in outer[p]:
            for depth, band in enumerate(side):
                reasons = {i: reason(lines[i], depth == 0, len(band) == 1) for i in band}
                if not all(reasons.values()):
                    break
                for i, r in reasons.items():
                    found[(p, i)] = r
    return found

PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*|p\.\s*)?(?:\d{1,4}|[ivxlcdm]{1,7}|\d{1,4}\s*(?:/|sur|of)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—])\s*$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text))


# a page number in capital roman numerals, as annexes are paginated ("– XXXI – Annexes de la thèse")
ROMAN_NUMBER = re.compile(r"(?<![\w'’])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w'’])")


def repetition_key(text: str) -> str:
    """Key under which running headers/footers repeat across pages (digits folded, and page numbers
    in capital roman numerals of two letters or more)."""
    text = ROMAN_NUMBER.sub(lambda m: "#" if len(m.group(0)) >= 2 else m.group(0), normalize_spaces(text.strip()))
    return re.sub(r"\d+", "#", text.lower())
