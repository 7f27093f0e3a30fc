"""Tables: a narrow right-hand column (e.g. interview numbers beside verbatims) whose cells
become lines of their own."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .furniture import _bands
from .pdf import Line, Page

CELL_MAX_CHARS = 8


def find_cell_columns(pages: dict[int, Page], running: dict) -> list[float]:
    """x positions (rounded) of right-hand table columns of short cells.

    A cell candidate is a short line (<= 8 chars, with a digit) in the right part of the page
    that has text to its left in the same band, away from the page's top and bottom bands. A position repeated on >= 3 such lines in the
    document is a column.
    """
    xs: Counter = Counter()
    for p, page in pages.items():
        lines = page.lines
        for band in _bands(lines)[1:-1]:   # not the outer bands: headers, footers ("1/5")
            for i in band:
                line = lines[i]
                text = line.text.strip()
                if (p, i) in running or len(text) > CELL_MAX_CHARS or not re.search(r"\d", text):
                    continue
                if line.x0 < 0.55 * page.width:
                    continue
                if any(lines[j].x1 <= line.x0 + 1 and j != i for j in band):
                    xs[round(line.x0)] += 1
    return sorted(x for x, n in xs.items() if n >= 3)


def split_at_columns(pages: dict[int, Page], columns: list[float]) -> int:
    """Split lines that pdfminer ran across a cell column (text touching its cell): the part
    from the column on becomes a line of its own, appended to the page. Returns the count."""
    n = 0
    for page in pages.values():
        for i, line in enumerate(list(page.lines)):
            if not line.xs or len(line.xs) != len(line.text):
                continue
            for col in columns:
                if not (line.x0 < col - 2 < line.x1):
                    continue
                xs = line.xs  # x positions usually increase: bisect then, else scan
                cut = (bisect.bisect_left(xs, col - 1) if xs == sorted(xs)
                       else next((k for k, x in enumerate(xs) if x >= col - 1), None))
                cell = line.text[cut:].strip() if cut else ""
                if (not cell or len(cell) > CELL_MAX_CHARS or not re.match(r"\d", cell)
                        or line.text[cut - 1] != " "):   # a cell is set apart by a space
                    continue
                left = Line(line.page, line.box, line.text[:cut], line.x0, line.y0, line.xs[cut],
                            line.y1, line.size, line.styles[:cut], line.xs[:cut], line.raised[:cut])
                right = Line(line.page, line.box, line.text[cut:], line.xs[cut], line.y0, line.x1,
                             line.y1, line.size, line.styles[cut:], line.xs[cut:], line.raised[cut:])
                page.lines[i] = left
                page.lines.append(right)
                n += 1
                break
    return n


def _is_cell(line: Line, columns: list[float]) -> bool:
    text = line.text.strip()
    return (len(text) <= CELL_MAX_CHARS and bool(re.search(r"\d", text))
            and any(abs(line.x0 - x) <= 2 for x in columns))
