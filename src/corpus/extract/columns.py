"""Reading order of a page in two or more columns of text: the columns' edges, whether lines
stand side by side, the lines column by column."""

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


MAX_COLUMNS = 4


def _columns_side_by_side(body: list[Line]) -> list[float]:
    """Where the columns of a page set in columns of text start, left column aside: [x] for two
    columns, [] for one. Two columns: at least 5 pairs of lines (20+ characters each, same size)
    side by side, the right ones starting at one x, the two columns of similar widths, each over
    a third of the text's width (a table's columns are narrower). Else three or four columns
    (a newsletter, a magazine page): 5+ pairs of lines side by side starting at each column's
    x, columns of similar widths that fill the text's width."""
    long = sorted((ln for ln in body if len(ln.text.strip()) >= 20), key=lambda ln: -ln.y1)
    starts: Counter = Counter()
    for k, a in enumerate(long):
        for b in long[k + 1:]:
            if b.y1 < a.y0:
                break
            if abs(a.size - b.size) > 0.5:
                continue
            left, right = (a, b) if a.x1 < b.x0 else (b, a)
            if right.x0 > left.x1 + left.size:
                starts[round(right.x0)] += 1
    if not starts:
        return []
    two = _two_columns(body, long, starts)
    return [two] if two is not None else _more_columns(body, long, starts)


def _more_columns(body: list[Line], long: list[Line], starts: Counter) -> list[float]:
    """Three or four columns: the x where each column after the first starts (see
    _columns_side_by_side), [] when the page is not so set."""
    xs = sorted(x for x, n in starts.items() if n >= SIDE_BY_SIDE_BANDS)
    size = statistics.median(ln.size for ln in long)
    cuts: list[float] = []
    for x in xs:   # a paragraph's indented first line starts its column a little right
        if not cuts or x - cuts[-1] > 3 * size:
            cuts.append(float(x))
    if not 2 <= len(cuts) <= MAX_COLUMNS - 1:
        return []
    bounds = [min(ln.x0 for ln in long)] + cuts + [max(ln.x1 for ln in long) + 1]
    widths = []
    for a, b in zip(bounds, bounds[1:]):
        inside = [ln.x1 - ln.x0 for ln in long if a - 2 <= ln.x0 and ln.x1 <= b]
        if len(inside) < SIDE_BY_SIDE_BANDS:
            return []
        widths.append(statistics.median(inside))
    block = bounds[-1] - bounds[0]
    if max(widths) > 1.67 * min(widths) or min(widths) < 0.7 * block / len(widths):
        return []
    return cuts


def _two_columns(body: list[Line], long: list[Line], starts: Counter) -> float | None:
    """The x where the right column of a two-column page starts (see _columns_side_by_side)."""
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


def column_order(body: list[Line], gutters: list[float]) -> list[Line]:
    """Lines of a page in columns in reading order: top to bottom, a band of columns read
    left column first, then the next (from each x of ``gutters``); a line across a gutter
    (title, wide figure caption) closes the band above it. pdfminer's box order can put a right
    column's head first."""
    out: list[Line] = []
    band: list[Line] = []

    def flush():
        out.extend(sorted(band, key=lambda ln: (sum(ln.x0 >= g - 2 for g in gutters), -ln.y1, ln.x0)))
        band.clear()

    for line in sorted(body, key=lambda ln: (-ln.y1, ln.x0)):
        if any(line.x0 < g - 2 and line.x1 > g + 2 for g in gutters):
            flush()
            out.append(line)
        else:
            band.append(line)
    flush()
    return out
