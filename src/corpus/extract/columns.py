"""Reading order of a page in two columns of text: the columns' edges, whether lines stand side
by side, the lines column by column."""

from __future__ import annotations

import statistics
from collections import Counter

from .pdf import Line


def _column_edges(body: list[Line]) -> dict[int, float]:
    """Right edge of each line's column: the furthest x1 of the lines of its size that share
    its horizontal extent (in two columns, a left-column line's edge is its column's, not the
    page's)."""
    edges = {}
    for line in body:
        edges[id(line)] = max(b.x1 for b in body if abs(b.size - line.size) <= 0.5
                              and b.x0 < line.x1 and line.x0 < b.x1)
    return edges


SIDE_BY_SIDE_BANDS = 5   # pairs of text lines side by side that make a page two columns


def _columns_side_by_side(body: list[Line]) -> float | None:
    """A page set in two columns of text: at least 5 pairs of lines (20+ characters each, same
    size) side by side, the right ones starting at one x, the two columns of similar widths,
    each over a third of the text's width (a table's columns are narrower). Returns the x
    where the right column starts (None: one column)."""
    long = sorted((ln for ln in body if len(ln.text.strip()) >= 20), key=lambda ln: -ln.y1)
    starts: Counter = Counter()
    pairs: list[tuple[Line, Line]] = []
    for k, a in enumerate(long):
        for b in long[k + 1:]:
            if b.y1 < a.y0:
                break
            if abs(a.size - b.size) > 0.5:
                continue
            left, right = (a, b) if a.x1 < b.x0 else (b, a)
            if right.x0 > left.x1 + left.size:
                starts[round(right.x0)] += 1
                pairs.append((left, right))
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    if n < SIDE_BY_SIDE_BANDS:
        return None
    lefts = [ln for ln in long if ln.x1 <= x - ln.size]
    rights = [ln for ln in long if abs(ln.x0 - x) <= 2]
    width_left = statistics.median(ln.x1 - ln.x0 for ln in lefts)
    width_right = statistics.median(ln.x1 - ln.x0 for ln in rights)
    if not 0.6 <= width_left / max(width_right, 1.0) <= 1.67:
        return None
    block = max(ln.x1 for ln in body) - min(ln.x0 for ln in body)
    if min(width_left, width_right) < 0.35 * block:   # narrow: table columns, not text columns
        return None
    return float(x)


def column_order(body: list[Line], gutter: float) -> list[Line]:
    """Lines of a two-column page in reading order: top to bottom, a band of columns read
    left column first, then right (from x = ``gutter``); a line across the gutter (title, wide
    figure caption) closes the band above it. pdfminer's box order can put a right column's
    head first."""
    out: list[Line] = []
    band: list[Line] = []

    def flush():
        out.extend(sorted(band, key=lambda ln: (ln.x0 >= gutter - 2, -ln.y1, ln.x0)))
        band.clear()

    for line in sorted(body, key=lambda ln: (-ln.y1, ln.x0)):
        if line.x0 < gutter - 2 and line.x1 > gutter + 2:
            flush()
            out.append(line)
        else:
            band.append(line)
    flush()
    return out
