"""A page's lines -> paragraphs: line gaps, continuation across lines and columns, list items,
table cells."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import clean, dehyphen
from .cells import _is_cell
from .columns import _column_edges, _columns_side_by_side, column_order
from .pdf import Line, Page


TERMINAL = re.compile(r"[.!?:;»\"”)…]$")
TOC_LINE = re.compile(r"(?:\.\s?){3,}\s*\d+\s*$")
LIST_START = re.compile(r"^(?:[-–—•▪◦*]\s|\d{1,2}[.)]\s|[a-z][.)]\s|[IVX]{1,5}[.)-]\s)")


def line_gap_threshold(pages: dict[int, Page]) -> float:
    """Largest gap between two lines of one paragraph, as a share of line height.

    The document's usual gap between consecutive lines of the same size (its line spacing)
    plus a margin: paragraphs, headings and footnotes are set further apart.
    """
    ratios: Counter = Counter()
    for page in pages.values():
        for a, b in zip(page.lines, page.lines[1:]):
            if abs(a.size - b.size) > 0.5 or b.x0 >= a.x1 or a.x0 >= b.x1:
                continue
            ratio = (a.y0 - b.y1) / max(a.height, b.height)
            if 0 <= ratio <= 1.5:
                ratios[round(ratio * 20) / 20] += 1
    if not ratios:
        return 0.6
    mode = ratios.most_common(1)[0][0]
    return max(0.6, min(mode * 1.5, mode + 0.3))


def _continues(a: Line, b: Line, gap_ratio: float, right_edge: float) -> bool:
    """Whether line b continues the paragraph whose last line is a."""
    if b.x0 >= a.x1 or a.x0 >= b.x1:          # not the same column
        return False
    gap = a.y0 - b.y1
    height = max(a.height, b.height)
    if gap > gap_ratio * height or gap < -0.5 * height:
        return False
    if abs(a.size - b.size) > 0.75 or a.bold != b.bold:   # heading/body, footnote/body
        return False
    a_text, b_text = clean.clean_line(a.text), clean.clean_line(b.text)
    if TOC_LINE.search(a_text):              # one table-of-contents entry per line
        return False
    if dehyphen.HYPHEN_END.search(a_text) and b_text[:1].isalpha():
        return True                          # a word cut at the line end (Île-de-|France)
    width = right_edge - a.x0
    starts = b_text[:1].isupper() or LIST_START.match(b_text)
    if starts and a.x1 < right_edge - 0.15 * width and TERMINAL.search(a_text):
        return False                         # a short last line ends its paragraph
    if starts and a.x1 < right_edge - 0.3 * width:
        return False                         # lists, glossaries: short lines, one item each
    if LIST_START.match(b_text) and a_text.endswith((":", ";", ".")):
        return False
    return True


@dataclass
class Para:
    page: int
    lines: list[Line]
    cells: list[Line] = field(default_factory=list)   # right-hand table cells of this row
    note: str = ""                                     # a footnote: its number
    endnote: bool = False                              # ... gathered at the end, called earlier


def _column_break(a: Line, b: Line, body: list[Line], edge: float) -> bool:
    """Line b, at the top of the next column, continues line a, the last line of its column:
    b is right of a and higher, no text of their size under a in its column, same size and
    weight, and a
    ends mid-sentence, running to its column's edge or followed by a lower-case start."""
    if b.x0 < a.x1 - 1 or b.y1 <= a.y1 or abs(a.size - b.size) > 0.75 or a.bold != b.bold:
        return False
    if any(c.y1 < a.y0 and c.x0 < a.x1 and a.x0 < c.x1 and abs(c.size - a.size) <= 0.5 for c in body):
        return False   # more text of a's size under a: a does not end its column
    a_text, b_text = clean.clean_line(a.text), clean.clean_line(b.text)
    if TERMINAL.search(a_text) or TOC_LINE.search(a_text) or LIST_START.match(b_text):
        return False
    return b_text[:1].islower() or a.x1 >= edge - 0.15 * (edge - a.x0) or a_text.endswith(("-", ","))


def page_paragraphs(page: Page, keep: list[int], columns: list[float], gap_ratio: float) -> list[Para]:
    """Group a page's kept lines into paragraphs; attach table cells to their row. A paragraph
    continues from the foot of a column to the head of the next one."""
    lines = [page.lines[i] for i in keep]
    cells = [ln for ln in lines if columns and _is_cell(ln, columns)]
    body = [ln for ln in lines if not (columns and _is_cell(ln, columns))]
    gutter = _columns_side_by_side(body)
    edges: dict[int, float] | None = None
    if gutter is not None:
        body = column_order(body, gutter)
        edges = _column_edges(body)
    paras: list[Para] = []
    for line in body:
        prev = paras[-1].lines[-1] if paras else None
        if prev is not None and prev.x1 <= line.x0 - 1 and line.y1 > prev.y1 and edges is None:
            edges = _column_edges(body)   # several columns: each line has its column's edge
        edge = edges[id(prev)] if edges and prev is not None else \
            max((ln.x1 for ln in body), default=page.width)
        if prev is not None and (_continues(prev, line, gap_ratio, edge)
                                 or (edges and _column_break(prev, line, body, edge))):
            paras[-1].lines.append(line)
        else:
            paras.append(Para(page.number, [line]))
    for cell in cells:
        middle = (cell.y0 + cell.y1) / 2
        host = [p for p in paras if p.lines[-1].x1 <= cell.x0 + 1
                and min(ln.y0 for ln in p.lines) - 2 <= middle <= max(ln.y1 for ln in p.lines) + 2]
        if not host:  # a row split by the layout: its cell sits just above or below its text
            def distance(p: Para) -> float:
                top, bottom = max(ln.y1 for ln in p.lines), min(ln.y0 for ln in p.lines)
                return max(0.0, bottom - cell.y1, cell.y0 - top)
            near = [p for p in paras if p.lines[-1].x1 <= cell.x0 + 1 and not p.cells
                    and not p.lines[0].bold and distance(p) <= 2 * cell.height]
            host = sorted(near, key=distance)[:1]
        if host:
            host[0].cells.append(cell)
        else:  # a cell without a row: keep its text as its own paragraph (never lose words)
            paras.append(Para(page.number, [cell]))
    return paras
