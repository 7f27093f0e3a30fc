"""PDF -> pages of lines (pdfminer.six), then cleaned text with page map, styles, structure, audit.

Outputs per document (results/interim/<doc_id>/): text.txt, pages.csv, styles.csv,
structure.csv, audit.csv, status.json. See docs/ARCHITECTURE.md for the formats.

Reading runs in worker processes (page ranges in parallel for large PDFs) under a memory limit
(RLIMIT_AS) and a time limit, so that a pathological PDF becomes an error, not a hung workflow.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from . import clean
from . import io as cio
from .errors import InputError, NoTextLayerError, PdfError, ResourceLimitError

TABLE_DELIMITER = " | "  # between a table row's text and its right-hand cell (interview number)
SMALL_PDF_PAGES = 24      # below this, one worker reads the whole file (no split overhead)


@dataclass
class Line:
    page: int                  # 1-based page number
    box: int                   # index of the pdfminer text box on the page (reading order)
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float                # most common character size of the line
    styles: list[str] = field(default_factory=list)  # one style per character of text
    xs: list[float] = field(default_factory=list)     # x0 of each character (table columns)
    raised: list[bool] = field(default_factory=list)  # a smaller character above the baseline

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @cached_property  # asked for at every paragraph decision; styles never change
    def bold(self) -> bool:
        marks = [s for s, c in zip(self.styles, self.text) if not c.isspace()]
        return bool(marks) and sum("bold" in s for s in marks) >= 0.8 * len(marks)


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    n_chars: int               # characters in the text layer (0: no text layer)
    has_image: bool
    n_curves: int = 0          # vector paths drawn on the page (text drawn as curves: many)


# TeX fonts say their weight and shape in their names' short codes: Computer Modern and EC
# (cmbx12, sfbx1000: bold; cmti10, cmsl10, sfti1000: italic or slanted).
TEX_BOLD = re.compile(r"(?:^|\+)(?:cmbx|cmb\d|cmssbx|sfbx|sfb\d|sfsx)")
TEX_ITALIC = re.compile(r"(?:^|\+)(?:cmti|cmsl|cmbxti|cmbxsl|sfti|sfsl|sfbi|sfit)")


def _char_style(fontname: str) -> str:
    name = fontname.lower()
    bold = "bold" in name or "black" in name or "heavy" in name or bool(TEX_BOLD.search(name))
    italic = "italic" in name or "oblique" in name or bool(TEX_ITALIC.search(name))
    return "bold_italic" if bold and italic else "bold" if bold else "italic" if italic else ""


# ------------------------------------------------------------------------------------------
# reading (runs in worker processes)


def check_pdf_file(path: str | Path) -> None:
    """Cheap checks before pdfminer: exists, not empty, starts like a PDF."""
    path = Path(path)
    if not path.exists():
        raise PdfError(path.name, "file not found")
    size = path.stat().st_size
    if size == 0:
        raise PdfError(path.name, "empty file (0 bytes)")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise PdfError(path.name, "not a PDF (no %PDF- header)")


def _pdf_problem(exc: Exception) -> str:
    """One-line description of a pdfminer failure (pdfminer raises many types on bad files)."""
    name = exc.__class__.__name__
    if "Encrypt" in name or "Password" in name:
        return "encrypted PDF (password protected); provide a decrypted copy"
    if isinstance(exc, RecursionError):  # a page tree nested deeper than Python's stack allows
        return ("page tree nested too deeply to read (RecursionError), not a truncated file; "
                "re-save the PDF (e.g. qpdf or a PDF printer) to flatten it")
    return f"unreadable or truncated PDF ({name}: {str(exc)[:120]})"


def count_pages(path: str | Path) -> int:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            document = PDFDocument(PDFParser(fh))
            return sum(1 for _ in PDFPage.create_pages(document))
    except (MemoryError, ImportError):   # the worker reports these as the memory bound
        raise
    except Exception as exc:
        raise PdfError(path.name, _pdf_problem(exc)) from None


def read_lines(path: str | Path, page_numbers: list[int] | None = None) -> dict[int, Page]:
    """Text lines per page (1-based page numbers), in pdfminer's reading order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import (
        LAParams,
        LTChar,
        LTCurve,
        LTFigure,
        LTImage,
        LTTextContainer,
        LTTextLine,
    )

    path = Path(path)
    pages: dict[int, Page] = {}

    def has_image(element) -> bool:
        if isinstance(element, LTImage):
            return True
        return isinstance(element, LTFigure) and any(has_image(e) for e in element)

    try:
        # all_texts: OCR layers (ocrmypdf) put their text inside form XObjects (figures)
        iterator = extract_pages(str(path), page_numbers=page_numbers, laparams=LAParams(all_texts=True))
        for index, layout in enumerate(iterator):
            page_no = (page_numbers[index] if page_numbers else index) + 1
            lines: list[Line] = []
            n_chars = 0
            image = False
            curves = 0
            for box_no, element in enumerate(_text_boxes(layout)):
                if not isinstance(element, LTTextContainer):
                    image = image or has_image(element)
                    if isinstance(element, LTCurve):
                        curves += 1
                    elif isinstance(element, LTFigure):
                        curves += sum(1 for e in element if isinstance(e, LTCurve))
                    continue
                for line in element:
                    if not isinstance(line, LTTextLine):
                        continue
                    objs = _in_x_order(_drop_phantom_spaces(list(line), LTChar), LTChar)
                    sizes = [round(o.size, 1) for o in objs if isinstance(o, LTChar)]
                    n_chars += len(sizes)
                    size = Counter(sizes).most_common(1)[0][0] if sizes else 0.0
                    joined = _join_drop_cap(objs, size, LTChar)
                    y0, y1 = line.y0, line.y1
                    if joined is not objs:   # the line's height is its text's, not the cap's
                        body_chars = [o for o in joined[1:] if isinstance(o, LTChar)]
                        y0, y1 = min(o.y0 for o in body_chars), max(o.y1 for o in body_chars)
                        objs = joined
                    base = _baseline(objs, size, LTChar)
                    chars, styles, xs, raised = [], [], [], []
                    x = line.x0
                    for obj in objs:
                        text = obj.get_text()
                        up = False
                        if isinstance(obj, LTChar):
                            style = _char_style(obj.fontname)
                            x = obj.x0
                            # a note call: smaller, and its baseline above the line's
                            up = obj.size <= 0.8 * size and obj.y0 >= base + 0.2 * size
                        else:
                            style = ""
                        for ch in text:
                            if ch == "\n":
                                continue
                            chars.append(ch)
                            styles.append(style)
                            xs.append(round(x, 1))
                            raised.append(up)
                    if not "".join(chars).strip():
                        continue
                    lines.append(Line(page=page_no, box=box_no, text="".join(chars),
                                      x0=line.x0, y0=y0, x1=line.x1, y1=y1,
                                      size=size, styles=styles, xs=xs, raised=raised))
            pages[page_no] = Page(page_no, layout.width, layout.height, lines, n_chars, image, curves)
    except (MemoryError, ImportError):   # the worker reports these as the memory bound
        raise
    except Exception as exc:
        raise PdfError(path.name, _pdf_problem(exc)) from None
    return pages


def _drop_phantom_spaces(objs: list, char_type) -> list:
    """Drop space glyphs that do not advance: the next character is drawn where the space
    starts. Browsers print a soft hyphen that does not break the line as such a glyph, mapped
    to a space ("commu nauté" for "communauté")."""
    out = []
    for k, o in enumerate(objs):
        if (isinstance(o, char_type) and o.get_text() == " " and k + 1 < len(objs)
                and isinstance(objs[k + 1], char_type)
                and objs[k + 1].x0 < o.x0 + 0.25 * max(o.width, 0.1)):
            continue
        out.append(o)
    return out


def _in_x_order(objs: list, char_type) -> list:
    """A line's characters in x order. pdfminer keeps the content stream's order, which some
    PDFs scramble (words drawn out of order on justified lines); only then are the characters
    sorted by x and the spaces rebuilt from the gaps (pdfminer's rule: a gap over 0.1 of the
    character's size). An accent drawn a little left of its letter is not a scramble."""
    chars = [o for o in objs if isinstance(o, char_type)]
    if all(b.x0 >= a.x0 - 0.5 * max(a.size, 1.0) for a, b in zip(chars, chars[1:])):
        return objs
    chars.sort(key=lambda o: o.x0)
    out = []
    for o in chars:
        if out and o.get_text() != " " and out[-1].get_text() != " " \
                and o.x0 - out[-1].x1 > 0.1 * max(o.size, 1.0):
            out.append(_Space())
        out.append(o)
    return out


class _Space:
    """A space between two words of a rebuilt line (pdfminer's LTAnno)."""

    @staticmethod
    def get_text() -> str:
        return " "


DROP_CAP_RATIO = 1.8   # a letter this many times the line's size, opening it, is a drop cap


def _join_drop_cap(objs: list, size: float, char_type) -> list:
    """A drop cap grouped with its line ("L a communauté") joins its word ("La communauté")."""
    if (len(objs) > 2 and isinstance(objs[0], char_type) and objs[0].get_text().isalpha()
            and objs[0].size >= DROP_CAP_RATIO * size and objs[1].get_text().isspace()
            and objs[2].get_text()[:1].islower()):
        return objs[:1] + objs[2:]
    return objs


def _merge(a: Line, b: Line) -> Line:
    """Two pieces of one line, side by side (a left of b), as one line with a space between."""
    return Line(a.page, min(a.box, b.box), a.text + " " + b.text, a.x0, min(a.y0, b.y0), b.x1,
                max(a.y1, b.y1), a.size, a.styles + [a.styles[-1] if a.styles else ""] + b.styles,
                a.xs + [a.x1] + b.xs, a.raised + [False] + b.raised)


def _one_line(a: Line, b: Line, lines: list[Line]) -> bool:
    """Whether b, right of a on its baseline, is the rest of a's line (see join_line_pieces)."""
    size = max(a.size, b.size, 1.0)
    gap = b.x0 - a.x1
    if abs(a.size - b.size) > 0.5 or not -0.5 <= gap <= 2.5 * size:
        return False
    if re.fullmatch(r"[\d\W]+", a.text.strip()) or re.fullmatch(r"[\d\W]+", b.text.strip()):
        return False
    if gap <= 0.8 * size and (len(a.text.split()) == 1 or len(b.text.split()) == 1):
        return True
    height = max(a.height, b.height)
    near = [c for c in lines if c is not a and c is not b and abs(c.size - size) <= 0.5
            and 0.5 * height <= abs(c.y0 - a.y0) <= 1.8 * height]
    if any(c.x0 <= a.x1 + 1 and c.x1 >= b.x0 - 1 for c in near):
        return True   # the line above or below runs across the gap
    # a wide word space, unless b starts where the lines above or below start: a column edge
    return gap <= 1.0 * size and not any(abs(c.x0 - b.x0) <= 1 for c in near)


def join_line_pieces(page: Page) -> list[tuple[str, str]]:
    """Rebuild lines that pdfminer left in pieces: the words of one justified line drawn out of
    order or spaced wider than its grouping allows. Two pieces on one baseline, same size, are
    one line when the gap between them is a word space (up to 0.8 of the size with a one-word
    piece; up to 1 em unless the lines above or below start where the right piece starts: a
    column edge) or, up to 2.5 times the size, when the line just above or below runs across
    the gap (a gap in a text column, not the white river between table columns or text
    columns). Number-only pieces (table cells) stay apart. A drop cap set beside its line joins
    it. Returns (reason, text) for the audit."""
    done: list[tuple[str, str]] = []
    lines = page.lines
    order = sorted(range(len(lines)), key=lambda i: (-lines[i].y0, lines[i].x0))
    groups: list[list[int]] = []   # lines on one baseline
    for i in order:
        if groups and abs(lines[groups[-1][0]].y0 - lines[i].y0) <= 0.3 * max(lines[i].size, 1):
            groups[-1].append(i)
        else:
            groups.append([i])
    merged: dict[int, Line] = {}
    gone: set[int] = set()
    pieces: set[int] = set()
    for group in groups:
        last = None
        for i in sorted(group, key=lambda k: lines[k].x0):
            line = lines[i]
            if last is not None:
                prev = merged.get(last, lines[last])
                if _one_line(prev, line, lines):
                    merged[last] = _merge(prev, line)
                    pieces.add(last)
                    gone.add(i)
                    continue
            last = i
    for i, line in enumerate(lines):   # a drop cap alone on its line: to the line at its right
        text = line.text.strip()
        if i in gone or len(text) != 1 or not text.isalpha():
            continue
        for j, other in enumerate(lines):
            other = merged.get(j, other)
            if (j != i and j not in gone and other.size and line.size >= DROP_CAP_RATIO * other.size
                    and line.x1 - 1 <= other.x0 <= line.x1 + 3 * other.size
                    and line.y0 - 1 <= other.y0 and other.y1 <= line.y1 + other.size
                    and other.text[:1].islower()):
                merged[j] = Line(other.page, other.box, text + other.text, line.x0, other.y0,
                                 other.x1, other.y1, other.size, line.styles[:1] + other.styles,
                                 [line.x0] + other.xs, [False] + other.raised)
                gone.add(i)
                done.append(("drop_cap", text + other.text[:30]))
                break
    if not merged and not gone:
        return done
    done.extend(("line_pieces_joined", merged[i].text[:80]) for i in sorted(pieces))
    page.lines = [merged.get(i, ln) for i, ln in enumerate(lines) if i not in gone]
    return done


def _baseline(objs: list, size: float, char_type) -> float:
    """The line's baseline: the lowest y0 among characters of the line's usual size."""
    ys = [o.y0 for o in objs if isinstance(o, char_type) and abs(o.size - size) <= 0.5]
    return min(ys) if ys else 0.0


def _address_space() -> int:
    """Bytes of virtual memory this process uses now (Linux); 0 when unknown."""
    import os

    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _text_boxes(layout):
    """The page's elements in order, with the text boxes inside figures brought up."""
    from pdfminer.layout import LTFigure, LTTextContainer

    for element in layout:
        if isinstance(element, LTFigure) and any(isinstance(e, LTTextContainer) for e in element):
            yield from _text_boxes(element)
        else:
            yield element


def _limit_memory(memory_mb: int) -> None:
    """Worker initializer: an address-space bound, so a runaway PDF fails with MemoryError.

    Workers are forked (no re-import of the caller's __main__), so they start with the
    parent's address space: the bound is that start plus ``memory_mb``.
    """
    import resource

    if memory_mb:
        limit = _address_space() + int(memory_mb) * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        # soft limit only: after a MemoryError the worker lifts it to report the failure
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _lift_memory_limit() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def _worker(task: tuple) -> tuple[str, object]:
    """Run in a worker: ('ok', result) or ('error'|'memory', problem). Never raises, because
    exception objects with custom constructors do not survive pickling."""
    what, path, pages = task
    try:
        if what == "count":
            return "ok", count_pages(path)
        return "ok", read_lines(path, pages)
    except PdfError as exc:
        return "error", exc.problem
    except MemoryError:
        _lift_memory_limit()
        return "memory", ""
    except (ImportError, OSError) as exc:
        if "map" in str(exc) or "memory" in str(exc).lower():  # a library refused under the bound
            _lift_memory_limit()
            return "memory", ""
        return "error", _pdf_problem(exc)
    except Exception as exc:  # pragma: no cover - anything pdfminer did not anticipate
        return "error", _pdf_problem(exc)


def page_ranges(n_pages: int, workers: int) -> list[list[int]]:
    """0-based page ranges: several per worker so that uneven pages balance out."""
    if workers <= 1 or n_pages < SMALL_PDF_PAGES:
        return [list(range(n_pages))]
    size = max(8, math.ceil(n_pages / (workers * 4)))
    return [list(range(s, min(s + size, n_pages))) for s in range(0, n_pages, size)]


def read_pdf(path: str | Path, timeout_seconds: float = 900, memory_mb: int = 2000,
             page_workers: int = 1) -> dict[int, Page]:
    """All pages of a PDF, read in worker processes under a time and memory bound."""
    import multiprocessing
    import time

    import pdfminer.high_level  # noqa: F401  (loaded before forking: workers under a memory
    import pdfminer.pdfdocument  # noqa: F401   bound must not need to map new libraries)

    path = Path(path)
    name = path.name
    deadline = time.monotonic() + timeout_seconds
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(processes=max(1, page_workers), initializer=_limit_memory, initargs=(memory_mb,))

    def collect(async_result):
        try:
            return async_result.get(timeout=max(0.1, deadline - time.monotonic()))
        except multiprocessing.TimeoutError:
            raise ResourceLimitError(
                name, f"extraction exceeded the time limit of {timeout_seconds:g} s "
                      "(extract.timeout_seconds)") from None

    def unwrap(outcome):
        state, value = outcome
        if state == "memory":
            raise ResourceLimitError(
                name, f"extraction exceeded the memory limit of {memory_mb} MB (extract.memory_mb)")
        if state == "error":
            raise PdfError(name, value)
        return value

    try:
        n_pages = unwrap(collect(pool.apply_async(_worker, (("count", str(path), None),))))
        if n_pages == 0:
            raise PdfError(name, "PDF has no pages")
        ranges = page_ranges(n_pages, page_workers)
        tasks = [("read", str(path), None if len(ranges) == 1 else r) for r in ranges]
        pages: dict[int, Page] = {}
        for outcome in collect(pool.map_async(_worker, tasks, chunksize=1)):
            pages.update(unwrap(outcome))
        return dict(sorted(pages.items()))
    finally:
        pool.terminate()
        pool.join()


# ------------------------------------------------------------------------------------------
# page furniture: running headers/footers, page numbers


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


def find_running_lines(pages: dict[int, Page], edge: int = 3,
                       columns: list[float] = ()) -> dict[tuple[int, int], str]:
    """Lines that the layout adds: running headers/footers and page numbers.

    Walking in from the top and from the bottom of each page, a band of lines (lines side by
    side) is removed while every line of it is either a page number or a text that recurs
    (digits folded) in the outer bands of at least a quarter of the pages (and at least 3).
    A number sharing its band with body text, or set in a table's cell column, is a table cell,
    never a page number. Returns {(page, line_index): reason}.
    """
    text_pages = [p for p, page in pages.items() if page.lines]
    outer: dict[int, tuple[list[list[int]], list[list[int]]]] = {}
    counts: Counter = Counter()
    # running heads of left and right pages differ: the outermost bands counted per parity too
    parity_counts: Counter = Counter()
    for p in text_pages:
        bands = _bands(pages[p].lines)
        top, bottom = bands[:edge], bands[::-1][:edge]
        outer[p] = (top, bottom)
        keys = {clean.repetition_key(pages[p].lines[i].text) for band in top + bottom for i in band}
        counts.update(keys)
        parity_counts.update((clean.repetition_key(pages[p].lines[i].text), p % 2)
                             for band in (bands[0], bands[-1]) for i in set(band))
    # a short document repeats its furniture fewer times: twice is enough under 12 pages
    threshold = max(2 if len(text_pages) < 12 else 3, len(text_pages) // 4)
    per_parity = {k: max(2, sum(1 for p in text_pages if p % 2 == k) // 2) for k in (0, 1)}

    from .structure import classify_heading, numbered_level

    size = body_size(pages)

    def is_heading(line: Line) -> bool:
        text = clean.clean_line(line.text)
        return numbered_level(text) is not None or classify_heading(text) is not None

    def reason(line: Line, outermost: bool = False, alone: bool = False) -> str:
        # "Chapitre 2" opening each chapter, or "Notes" closing it, repeats like a running head,
        # but a running head is never a numbered or named heading set larger than the body text
        if size and line.size >= size + 1 and is_heading(line):
            return ""
        # a lone number at the very top or bottom is a page number even where a table of
        # contents put its page numbers in a column at the same x
        if not (outermost and alone) and any(abs(line.x0 - x) <= 2 for x in columns):
            return ""
        if clean.is_page_number(clean.clean_line(line.text)):
            return "page_number"
        key = clean.repetition_key(line.text)
        if counts[key] >= threshold:
            return "running_header_footer"
        if outermost and parity_counts[(key, line.page % 2)] >= per_parity[line.page % 2]:
            return "running_header_footer"   # on every other page (short documents)
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


# ------------------------------------------------------------------------------------------
# tables: a narrow right-hand column (e.g. interview numbers beside verbatims)

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


# ------------------------------------------------------------------------------------------
# paragraphs


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
    if clean.HYPHEN_END.search(a_text) and b_text[:1].isalpha():
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


# ------------------------------------------------------------------------------------------
# footnotes: a block of smaller lines under the body, each note opening with its number; the
# body's raised digits with the same numbers are the calls

NOTE_START = re.compile(r"^\s*(\d{1,3})(?:[.)]\s*|\s+|(?=[^\W\d_«\"]))(?=\S)")
CALL_DIGITS = "\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009"  # digit d -> U+E00d
CALL_RUN = re.compile(f"[{CALL_DIGITS}]+")


def _raised_prefix(line: Line) -> str:
    """The raised digits a line starts with ('' when none)."""
    out = ""
    for ch, up in zip(line.text, line.raised):
        if ch == " " and not out:
            continue
        if not (up and ch.isdigit()):
            break
        out += ch
    return out


def _note_number(line: Line) -> tuple[str, bool]:
    """(number, raised) when the line opens a note: raised digits, or digits followed by the
    note's text ("12 Les", "12. Les", "12Les"); ('', False) otherwise."""
    raised = _raised_prefix(line)
    if raised:
        return raised, True
    m = NOTE_START.match(line.text)
    return (m.group(1), False) if m else ("", False)


def _after_text(text: str, k: int) -> bool:
    """Position k follows a character, or one space after a character: French typesetting
    (babel-french) sets a thin space before a raised note call ("l'introduction ¹,")."""
    if k == 0:
        return False
    if not text[k - 1].isspace():
        return True
    return k >= 2 and text[k - 1] == " " and not text[k - 2].isspace()


def _page_calls(lines: list[Line]) -> set[str]:
    """Numbers written as raised digits after a character, in the given lines."""
    calls = set()
    for line in lines:
        run = ""
        for k, (ch, up) in enumerate(zip(line.text, line.raised)):
            if up and ch.isdigit() and (run or _after_text(line.text, k)):
                run += ch
            else:
                if run:
                    calls.add(run)
                run = ""
        if run:
            calls.add(run)
    return calls


def _strip_number(line: Line, number: str) -> Line:
    """The note's first line with its number written "12 " (raised or not, spaced or not)."""
    text = line.text.lstrip()
    skip = len(line.text) - len(text) + len(number)
    rest = line.text[skip:].lstrip(" .)")
    cut = len(line.text) - len(rest)
    head = f"{number} "
    return Line(line.page, line.box, head + rest, line.x0, line.y0, line.x1, line.y1, line.size,
                [""] * len(head) + line.styles[cut:], [line.x0] * len(head) + line.xs[cut:],
                [False] * len(head) + line.raised[cut:])


def _under_body(page: Page, block: list[int], body: list[int], body_size: float) -> bool:
    """Body text above the block and none beside or under it: the block is a foot of page."""
    body_lines = [page.lines[i] for i in body if abs(page.lines[i].size - body_size) <= 0.5]
    if not block or not body_lines:
        return False
    top = max(page.lines[i].y1 for i in block)
    return not any(ln.y0 < top for ln in body_lines)


def find_notes(page: Page, keep: list[int], body_size: float,
               carry: bool = False) -> tuple[list[int], list[Para], list[Line]]:
    """Split a page's kept lines into body lines, footnotes and the end of the previous page's
    last note.

    The notes are the run of lines at the bottom of the page set smaller than the body text,
    from the first of them that opens with a number; there must be body text above them and
    the page's body must call at least one of their numbers with a raised digit (so a small
    table or a numbered list at the foot of a page is never taken for notes). With ``carry``
    (the previous page ended with a note), the unnumbered small lines that open the foot of
    the page are the rest of that note.
    """
    if not keep or not body_size:
        return keep, [], []
    order = sorted(keep, key=lambda i: (-page.lines[i].y1, page.lines[i].x0))
    small = lambda i: 0 < page.lines[i].size <= body_size - 0.75
    k = len(order)
    while k > 0 and small(order[k - 1]):
        k -= 1
    block = order[k:]
    rest: list[int] = []
    while block and not _note_number(page.lines[block[0]])[0]:
        rest.append(block[0])
        block = block[1:]
    if not (carry and rest and _under_body(page, rest, [i for i in keep if i not in set(order[k:])], body_size)):
        rest = []
    continued = [page.lines[i] for i in rest]
    body = [i for i in keep if i not in set(block) and i not in set(rest)]
    if not block or not _under_body(page, block, body, body_size):
        return [i for i in keep if i not in set(rest)], [], continued
    calls = _page_calls([page.lines[i] for i in body])
    first_number, first_raised = _note_number(page.lines[block[0]])
    if first_number not in calls:
        return [i for i in keep if i not in set(rest)], [], continued
    notes: list[Para] = []
    for i in block:
        line = page.lines[i]
        number, raised = _note_number(line)
        # a new note: raised digits, or digits where the block's notes use plain digits, and
        # the next number in sequence or one called on the page
        if number and (raised or not first_raised) and (number in calls or not notes
                                                         or number == str(int(notes[-1].note) + 1)):
            notes.append(Para(page.number, [_strip_number(line, number)], note=number))
        else:
            notes[-1].lines.append(line)
    return body, notes, continued


# ------------------------------------------------------------------------------------------
# endnotes: a final "Notes" section (heading words of lang/fr/section_headings.yaml) whose items
# are numbered 1, 2, 3... and whose numbers are called in the body before it, in order


def _para_plain(para: Para) -> str:
    return " ".join(clean.clean_line(ln.text) for ln in para.lines).strip()


def _notes_headings(paragraphs: list[Para]) -> list[int]:
    """Indexes of the short paragraphs that name a notes section (at the end of the document
    or of each chapter), in text order."""
    from .structure import classify_heading

    out = []
    for k, para in enumerate(paragraphs):
        text = _para_plain(para)
        if not para.note and 0 < len(text) <= 40 and classify_heading(text) == "notes":
            out.append(k)
    return out


def _endnote_items(paragraphs: list[Para], start: int) -> list[tuple[int, str]]:
    """(paragraph index, number) of the notes 1, 2, 3... from ``start``; the unnumbered
    paragraphs set like the notes that follow a note are its continuation (index -1)."""
    from .structure import classify_heading

    items: list[tuple[int, str]] = []
    size = None
    for k in range(start, len(paragraphs)):
        para = paragraphs[k]
        if not para.lines or para.note:
            break
        number, _raised = _note_number(para.lines[0])
        if number == str(len(items) + 1):
            items.append((k, number))
            size = statistics.median(ln.size for ln in para.lines)
            continue
        text = _para_plain(para)
        if (items and not all(ln.bold for ln in para.lines) and classify_heading(text) is None
                and abs(statistics.median(ln.size for ln in para.lines) - size) <= 0.5):
            items.append((k, ""))
            continue
        break
    return items


@lru_cache(maxsize=1)
def _call_conventions() -> tuple[frozenset, frozenset]:
    data = clean.lang_data("notes")
    return frozenset(data["exponent_units"]), frozenset(data["glued_call_after"])


def _call_candidates(line: Line) -> list[tuple[int, int, str]]:
    """(start, end, number) of the digit runs of a line that can be note calls: raised digits
    not glued to a number, a unit ("km²") or other raised signs ("Ba²⁺"), and plain digits glued
    after a closing bracket or quote ("2020)1")."""
    units, after = _call_conventions()
    text, raised = line.text, line.raised
    out = []
    k = 0
    while k < len(text):
        if not text[k].isdigit():
            k += 1
            continue
        end = k
        while end < len(text) and text[end].isdigit() and raised[end] == raised[k]:
            end += 1
        before = text[k - 1] if k else ""
        nxt = text[end] if end < len(text) else ""
        word = re.search(r"\S*$", text[:k]).group(0)
        if raised[k]:
            ok = (not before.isdigit() and word not in units
                  and not (nxt and not nxt.isspace() and raised[end]))
        else:
            ok = before in after and not nxt.isalnum()
        if ok:
            out.append((k, end, text[k:end]))
        k = end
    return out


def _mark_at(line: Line, spans: list[tuple[int, int]]) -> Line:
    text = list(line.text)
    for a, b in spans:
        for j in range(a, b):
            text[j] = CALL_DIGITS[int(text[j])]
    return Line(line.page, line.box, "".join(text), line.x0, line.y0, line.x1, line.y1, line.size,
                line.styles, line.xs, line.raised)


def find_endnotes(paragraphs: list[Para], audit: list[dict]) -> list[Para]:
    """Endnotes: the items of a final notes section become notes (``Para.note``) and their calls
    in the body are marked for removal (``take_calls``). A call for note n is the first
    candidate with its number after note n-1's call, else the first unused one; at least half of
    the notes must have a call, or nothing changes (a numbered list under a "Notes" heading).
    With notes at the end of each chapter, each section's calls are looked for between the
    previous notes heading and its own."""
    heads = _notes_headings(paragraphs)
    # from the last one back: the paragraphs before a heading keep their indexes
    for head, previous in reversed(list(zip(heads, [-1] + heads[:-1]))):
        paragraphs = _take_endnotes(paragraphs, head, previous + 1, audit)
    return paragraphs


def _take_endnotes(paragraphs: list[Para], head: int, body_start: int, audit: list[dict]) -> list[Para]:
    items = _endnote_items(paragraphs, head + 1)
    numbers = [n for _k, n in items if n]
    if not numbers:
        return paragraphs
    candidates = []   # (paragraph, line, start, end, number) in reading order
    for p in range(body_start, head):
        if paragraphs[p].note:
            continue
        for li, line in enumerate(paragraphs[p].lines):
            candidates.extend((p, li, a, b, n) for a, b, n in _call_candidates(line))
    used: list[int] = []
    last = -1
    for number in numbers:
        pick = next((c for c in range(last + 1, len(candidates))
                     if candidates[c][4] == number and c not in used), None)
        if pick is None:
            pick = next((c for c in range(len(candidates))
                         if candidates[c][4] == number and c not in used), None)
        if pick is not None:
            used.append(pick)
            last = pick
    if 2 * len(used) < len(numbers):
        audit.append({"page": paragraphs[head].page, "reason": "endnotes_not_taken",
                      "original": f"{len(used)} of {len(numbers)} numbered notes called",
                      "replacement": ""})
        return paragraphs
    spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for c in used:
        p, li, a, b, _n = candidates[c]
        spans[(p, li)].append((a, b))
    for (p, li), where in spans.items():
        paragraphs[p].lines[li] = _mark_at(paragraphs[p].lines[li], where)
    out = list(paragraphs)
    note = None
    for k, number in items:
        if number:
            para = paragraphs[k]
            note = Para(para.page, [_strip_number(para.lines[0], number)] + para.lines[1:],
                        para.cells, note=number, endnote=True)
            out[k] = note
        else:   # the note goes on after a page or column break
            note.lines.extend(paragraphs[k].lines)
            out[k] = None
    return [p for p in out if p is not None]


def body_size(pages: dict[int, Page]) -> float:
    """The document's body text size: the size most characters are set in."""
    sizes: Counter = Counter()
    for page in pages.values():
        for line in page.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def mark_calls(line: Line, numbers: set[str]) -> Line:
    """The line with each raised-digit note call (a number of ``numbers``) after a character
    replaced by private-use digits (U+E000 + d), found and removed once the text is built."""
    if not any(line.raised):
        return line
    text = list(line.text)
    k = 0
    changed = False
    while k < len(text):
        if line.raised[k] and text[k].isdigit() and _after_text(line.text, k):
            end = k
            while end < len(text) and line.raised[end] and text[end].isdigit():
                end += 1
            if "".join(text[k:end]) in numbers:
                for j in range(k, end):
                    text[j] = CALL_DIGITS[int(text[j])]
                changed = True
            k = end
        else:
            k += 1
    if not changed:
        return line
    return Line(line.page, line.box, "".join(text), line.x0, line.y0, line.x1, line.y1, line.size,
                line.styles, line.xs, line.raised)


def take_calls(text: str, styles: list[str], char_pages: list[int]):
    """Remove the marked calls from a paragraph's text: (text, styles, pages, calls) with each
    call as (offset in the new text, number, page, the word it was glued to)."""
    if not CALL_RUN.search(text):
        return text, styles, char_pages, []
    out, out_styles, out_pages, calls, pos = [], [], [], [], 0
    removed = 0
    for m in CALL_RUN.finditer(text):
        a, b = m.span()
        after = text[b:b + 1]
        if not after or after.isspace() or after in ",.;:)":
            # a call set apart by a space ("et . . . ³ ⁴ :") leaves no doubled space
            while a > pos and text[a - 1] == " ":
                a -= 1
        out.append(text[pos:a])
        out_styles.extend(styles[pos:a])
        out_pages.extend(char_pages[pos:a])
        number = "".join(str(CALL_DIGITS.index(c)) for c in m.group(0))
        word = re.search(r"\S*$", text[:a]).group(0)
        calls.append((a - removed, number, char_pages[a], word))
        removed += b - a
        pos = b
    out.append(text[pos:])
    out_styles.extend(styles[pos:])
    out_pages.extend(char_pages[pos:])
    return "".join(out), out_styles, out_pages, calls


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


# ------------------------------------------------------------------------------------------
# assembling the cleaned text


@dataclass
class Extracted:
    text: str
    pages: list[dict]
    styles: list[dict]
    audit: list[dict]
    n_pages: int
    empty_pages: list[int]
    no_text_pages: list[int] = field(default_factory=list)
    paragraphs: list[dict] = field(default_factory=list)  # char_start, char_end, page, size, bold
    notes: list[dict] = field(default_factory=list)       # notes.csv rows


def _document_words(pages: dict[int, Page]) -> tuple[set[str], set[str]]:
    """Hyphenated words written whole on a line, and all plain words of the document."""
    hyphenated: set[str] = set()
    words: set[str] = set()
    for page in pages.values():
        for line in page.lines:
            for m in clean.WORD_RE.finditer(line.text):
                w = m.group(0).lower()
                if "-" in w or "\u2010" in w:
                    hyphenated.add(w.replace("\u2010", "-"))
                else:
                    words.update(re.split(r"['’]", w))
    return hyphenated, words


class _Repairs:
    """Per-page tallies of character repairs -> one audit row per page and kind."""

    SHOW = {"ligature": "ff fi fl ffi ffl st", "nbsp": "U+0020", "tab": "U+0020",
            "control_char": "(removed)", "nfc": "(composed)",
            "spacing_accent": "(accent composed with its letter)",
            "unmapped_glyph": "(removed: glyph without a character)"}
    LABEL = {"nfc": "combining accents", "spacing_accent": "spacing accents beside a letter",
             "unmapped_glyph": "(cid:N) placeholders"}

    def __init__(self):
        self.counts: dict[tuple[int, str], Counter] = defaultdict(Counter)

    def add(self, page: int, raw: str, counts: Counter) -> None:
        for kind in counts:
            chars = Counter(c for c in raw if clean.repair_kind(c) == kind) if kind not in self.LABEL \
                else Counter({self.LABEL[kind]: counts[kind]})
            self.counts[(page, kind)].update(chars)

    def per_page(self, kind: str) -> Counter:
        """Characters repaired by ``kind`` on each page."""
        return Counter({page: sum(c.values()) for (page, k), c in self.counts.items() if k == kind})

    def rows(self) -> list[dict]:
        out = []
        for (page, kind), chars in sorted(self.counts.items()):
            original = ", ".join(
                f"{c if len(c) > 1 else f'U+{ord(c):04X}'} ×{n}" for c, n in sorted(chars.items()))
            out.append({"page": page, "reason": kind, "original": original,
                        "replacement": self.SHOW[kind]})
        return out


def _para_text(para: Para, repairs: _Repairs, audit: list[dict], known: set[str],
               vocabulary: set[str]) -> tuple[str, list[str], list[int]]:
    """One paragraph's cleaned text with a style and a page per character."""
    buf, buf_styles, buf_pages = "", [], []
    for line in para.lines:
        text, styles, counts = clean.repair_chars(line.text, line.styles)
        repairs.add(line.page, line.text, counts)
        if not text:
            continue
        buf, buf_styles, buf_pages = _join(buf, buf_styles, buf_pages, text, styles, line.page,
                                           audit, known, vocabulary)
    if para.cells:
        cell_text = " ".join(clean.repair_chars(c.text)[0] for c in sorted(para.cells, key=lambda c: -c.y1))
        suffix = TABLE_DELIMITER + cell_text
        buf += suffix
        buf_styles += [""] * len(suffix)
        buf_pages += [para.cells[0].page] * len(suffix)
    return buf, buf_styles, buf_pages


def _join(buf, buf_styles, buf_pages, text, styles, page, audit, known, vocabulary):
    why: list[str] = []
    joined, dehyph = clean.join_hyphenated(buf, text, known, vocabulary, clean.word_lexicon(), why)
    if why:   # a line-end hyphen: each decision on record, with the rule that made it
        head = buf.rsplit(" ", 1)[-1]
        tail = text.split(" ", 1)[0]
        audit.append({"page": page, "reason": "dehyphenated" if dehyph else "hyphen_kept",
                      "original": f"{head}|{tail}",
                      "replacement": f"{head[:-1] + tail if dehyph else head + tail} ({why[0]})"})
    if dehyph:
        buf_styles = buf_styles[:-1]
        buf_pages = buf_pages[:-1]
    elif buf:
        buf_styles = buf_styles + [buf_styles[-1] if buf_styles else ""]
        buf_pages = buf_pages + [page]
    return joined, buf_styles + list(styles), buf_pages + [page] * len(text)


def _page_break_join(prev: Para, para: Para) -> bool:
    """A paragraph split by a page break: the last one of a page ends mid-sentence and the
    first one of the next page starts in lower case, same size and weight."""
    if para.page != prev.lines[-1].page + 1:
        return False
    last, first = prev.lines[-1], para.lines[0]
    last_text, first_text = clean.clean_line(last.text), clean.clean_line(first.text)
    if TOC_LINE.search(last_text) or LIST_START.match(first_text):
        return False
    if last.bold or first.bold or abs(last.size - first.size) > 0.75:
        return False
    if prev.cells and not para.cells:   # a table row continued on the next page
        return not TERMINAL.search(last_text) or first_text[:1].islower()
    if para.cells:   # a row with its own cell starts a new row
        return False
    return not TERMINAL.search(last_text) and (first_text[:1].islower() or last_text.endswith(("-", ",")))



def _row_join_entry(page: int, last_line, first_line) -> dict:
    """Audit row for two parts of a table row rejoined (the join point shown with ¶)."""
    return {"page": page, "reason": "table_row_join",
            "original": clean.clean_line(last_line.text)[-50:] + " ¶ "
            + clean.clean_line(first_line.text)[:50], "replacement": ""}

def merge_row_fragments(paragraphs: list[Para], audit: list[dict]) -> list[Para]:
    """Rejoin a table row that the layout split in two frames (on one page or across pages):
    a cell-less, non-bold paragraph set at the rows' left edge, right after a row, continuing
    its sentence, is the rest of that row (its cell stays at the end)."""
    row_x = Counter(round(p.lines[0].x0) for p in paragraphs if p.cells)
    if not row_x:
        return paragraphs
    left = row_x.most_common(1)[0][0]
    out: list[Para] = []
    for para in paragraphs:
        prev = out[-1] if out else None
        first = para.lines[0]
        if (prev is not None and para.cells and not prev.cells and not prev.lines[0].bold
                and abs(prev.lines[0].x0 - left) <= 1.5
                and (clean.clean_line(first.text)[:1].islower()
                     or not TERMINAL.search(clean.clean_line(prev.lines[-1].text)))):
            # the first part of a row whose cell is set beside its second part
            audit.append(_row_join_entry(para.page, prev.lines[-1], first))
            prev.lines.extend(para.lines)
            prev.cells.extend(para.cells)
            continue
        if (prev is not None and prev.cells and not para.cells and not first.bold
                and abs(first.x0 - left) <= 1.5 and abs(first.size - prev.lines[-1].size) <= 0.75
                and (clean.clean_line(first.text)[:1].islower()
                     or not TERMINAL.search(clean.clean_line(prev.lines[-1].text)))):
            audit.append(_row_join_entry(para.page, prev.lines[-1], first))
            prev.lines.extend(para.lines)
            continue
        out.append(para)
    return out


def build_text(pages: dict[int, Page]) -> Extracted:
    """Assemble cleaned text: one paragraph per line, with page map, styles and audit."""
    audit: list[dict] = []
    repairs = _Repairs()
    for p, page in pages.items():
        for reason, text in join_line_pieces(page):
            audit.append({"page": p, "reason": reason, "original": text, "replacement": ""})
    columns = find_cell_columns(pages, {})
    running = find_running_lines(pages, columns=columns)
    split_at_columns(pages, columns)
    gap_ratio = line_gap_threshold(pages)
    known, vocabulary = _document_words(pages)
    size = body_size(pages)

    paragraphs: list[Para] = []
    empty_pages, no_text_pages = [], []
    removed = Counter()
    table_rows = Counter()
    pending: list[Para] = []   # the notes of the last page, placed once its text is closed
    for p, page in pages.items():
        keep = []
        for i, line in enumerate(page.lines):
            reason = running.get((p, i))
            if reason:
                audit.append({"page": p, "reason": reason, "original": clean.clean_line(line.text),
                              "replacement": ""})
                removed[p] += 1
            else:
                keep.append(i)
        if page.n_chars == 0:
            no_text_pages.append(p)
            empty_pages.append(p)
            audit.append({"page": p, "reason": "no_text_layer",
                          "original": "image only" if page.has_image else "", "replacement": ""})
            continue
        if not keep:
            empty_pages.append(p)
            audit.append({"page": p, "reason": "blank_page", "original": "", "replacement": ""})
            continue
        keep, notes, continued = find_notes(page, keep, size, carry=bool(pending))
        if continued:   # the previous page's last note goes on at the foot of this page
            pending[-1].lines.extend(continued)
        if notes:
            numbers = {n.note for n in notes}
            page.lines = [mark_calls(ln, numbers) if i in set(keep) else ln
                          for i, ln in enumerate(page.lines)]
        for para in page_paragraphs(page, keep, columns, gap_ratio):
            if para.cells:
                table_rows[p] += 1
            if paragraphs and para.lines and _page_break_join(paragraphs[-1], para):
                prev = paragraphs[-1]
                audit.append({"page": p, "reason": "page_break_join",
                              "original": clean.clean_line(prev.lines[-1].text)[-50:] + " ¶ "
                              + clean.clean_line(para.lines[0].text)[:50],
                              "replacement": ""})
                prev.lines.extend(para.lines)
                prev.cells.extend(para.cells)
                # the previous page's notes follow the paragraph that straddles the page break
                paragraphs.extend(pending)
                pending = []
                continue
            paragraphs.extend(pending)   # no paragraph straddles: the notes close their page
            pending = []
            paragraphs.append(para)
        pending.extend(notes)
    paragraphs.extend(pending)
    paragraphs = merge_row_fragments(paragraphs, audit)
    paragraphs = find_endnotes(paragraphs, audit)
    for p, n in sorted(table_rows.items()):
        audit.append({"page": p, "reason": "table_row",
                      "original": f"{n} rows with a right-hand cell",
                      "replacement": f"one line each: text{TABLE_DELIMITER}cell"})

    out: list[str] = []
    style_runs: list[dict] = []
    para_info: list[dict] = []
    page_start: dict[int, int] = {}
    page_end: dict[int, int] = {}
    pos = 0
    calls: list[tuple[int, str, int]] = []
    for para in paragraphs:
        text, styles, char_pages = _para_text(para, repairs, audit, known, vocabulary)
        text, styles, char_pages, found = take_calls(text, styles, char_pages)
        for offset, number, page, word in found:
            calls.append((pos + (1 if out else 0) + offset, number, page))
            audit.append({"page": page, "reason": "note_call", "original": word + number,
                          "replacement": word})
        if not text:
            continue
        if out:
            out.append("\n")
            pos += 1
        for offset, page in enumerate(char_pages):
            page_start.setdefault(page, pos + offset)
            page_end[page] = pos + offset + 1
        run_start, run_style = 0, ""
        for offset, st in enumerate(styles + [""]):
            if st != run_style:
                if run_style:
                    style_runs.append({"char_start": pos + run_start, "char_end": pos + offset, "style": run_style})
                run_start, run_style = offset, st
        para_info.append({"char_start": pos, "char_end": pos + len(text), "page": para.page,
                          "size": statistics.median(ln.size for ln in para.lines),
                          "bold": all(ln.bold for ln in para.lines), "note": para.note,
                          "endnote": para.endnote})
        out.append(text)
        pos += len(text)
    text = "".join(out) + ("\n" if out else "")
    audit.extend(repairs.rows())
    audit.sort(key=lambda r: r["page"])  # stable: within a page, the order of discovery

    page_rows = []
    last_end = 0
    unmapped = repairs.per_page("unmapped_glyph")
    for p in pages:
        start = page_start.get(p, last_end)
        end = page_end.get(p, start)
        last_end = end
        page_rows.append({
            "page": p, "char_start": start, "char_end": end, "n_chars": end - start,
            "has_text": pages[p].n_chars > 0,
            "garbled_share": clean.garbled_with_unmapped(text[start:end], unmapped[p]),
            "removed_lines": removed[p], "unmapped_glyphs": unmapped[p],
            "n_curves": pages[p].n_curves,
        })
    notes = note_rows(para_info, calls)
    return Extracted(text, page_rows, style_runs, audit, len(pages), empty_pages, no_text_pages,
                     para_info, notes)


def note_rows(para_info: list[dict], calls: list[tuple[int, str, int]]) -> list[dict]:
    """notes.csv: each footnote with its page and text range, and the position of its call
    (the first call with its number on its page; empty when the body has none)."""
    free = list(calls)
    rows = []
    for para in para_info:
        if not para.get("note"):
            continue
        match = next((c for c in free if c[1] == para["note"] and c[2] == para["page"]), None)
        if match is None and para.get("endnote"):   # an endnote's call is on an earlier page
            match = next((c for c in free if c[1] == para["note"]), None)
        if match:
            free.remove(match)
        rows.append({"note_id": para["note"], "page": para["page"],
                     "call_char": match[0] if match else "",
                     "note_char_start": para["char_start"], "note_char_end": para["char_end"]})
    return rows


# ------------------------------------------------------------------------------------------
# the stage


GARBLED_PAGE = 0.15   # a page with more than this share of garbled/unknown words is flagged
LOW_TEXT_PAGE = 200   # characters: a text page with fewer is flagged (cover, figure, scan)
GARBLED_DOC = 0.10    # a document with more garbled/unknown words than this warns
LOW_TEXT_WARN = 0.25  # share of pages with little or no text from which a document warns
LOW_TEXT_ERROR = 0.5  # ... and above which it is an error (extract.allow_low_text overrides)
DRAWN_PAGE_CURVES = 200  # vector paths on a page with little text: text drawn as curves


def _low_text_pages(result: Extracted) -> list[int]:
    """Pages with almost no text: no text layer, or fewer than LOW_TEXT_PAGE characters."""
    return [r["page"] for r in result.pages if r["n_chars"] < LOW_TEXT_PAGE]


def quality(result: Extracted) -> dict:
    """Per-document quality flags, from the per-page rows."""
    text_pages = [r for r in result.pages if r["has_text"]]
    chars = [r["n_chars"] for r in text_pages]
    garbled = [r["page"] for r in text_pages if r["garbled_share"] > GARBLED_PAGE and r["n_chars"] >= 100]
    low = [r["page"] for r in text_pages if r["n_chars"] < LOW_TEXT_PAGE]
    flags = []
    if result.no_text_pages:
        flags.append("partly_scanned")
    if garbled:
        flags.append("garbled_pages")
    return {
        "no_text_layer_pages": result.no_text_pages,
        "garbled_pages": garbled,
        "low_text_pages": low,
        "chars_per_page_median": statistics.median(chars) if chars else 0,
        "quality": ",".join(flags) or "ok",
    }


def document_garbled_share(result: Extracted) -> float:
    return clean.garbled_with_unmapped(result.text, sum(int(r["unmapped_glyphs"]) for r in result.pages))


def warnings(result: Extracted, garbled: float | None = None) -> str:
    """What a reader of the tables must know about this document's text, as
    ``key=value; key=value`` ('' when nothing): pages with little or no text, pages drawn as
    curves, garbled words, glyphs without characters, a language other than French."""
    n = result.n_pages
    garbled = document_garbled_share(result) if garbled is None else garbled
    found = []
    low = _low_text_pages(result)
    if result.no_text_pages:
        found.append(f"no_text_layer_pages={len(result.no_text_pages)}/{n}")
    if len(low) >= min(2, n) and len(low) >= LOW_TEXT_WARN * n:
        found.append(f"low_text_pages={len(low)}/{n}")
    drawn = [r["page"] for r in result.pages
             if r["n_curves"] >= DRAWN_PAGE_CURVES and r["n_chars"] < LOW_TEXT_PAGE]
    if drawn:
        found.append(f"drawn_pages={len(drawn)}/{n}")
    if garbled > GARBLED_DOC:
        found.append(f"garbled_share={garbled:.2f}")
    garbled_pages = quality(result)["garbled_pages"]
    if garbled_pages:
        found.append(f"garbled_pages={len(garbled_pages)}/{n}")
    unmapped = sum(int(r["unmapped_glyphs"]) for r in result.pages)
    if unmapped:
        found.append(f"unmapped_glyphs={unmapped}")
    language = clean.guess_language(result.text)
    if language and language != "fr":
        found.append(f"language={language}")
    return "; ".join(found)


def extract_document(pdf_path: str | Path, timeout_seconds: float = 900, memory_mb: int = 2000,
                     page_workers: int = 1, allow_low_text: bool = False) -> Extracted:
    check_pdf_file(pdf_path)
    name = Path(pdf_path).name
    pages = read_pdf(pdf_path, timeout_seconds, memory_mb, page_workers)
    result = build_text(pages)
    n = result.n_pages
    if not result.text.strip():
        if len(result.no_text_pages) == n:
            raise NoTextLayerError(
                name, f"no text layer on {n}/{n} pages — run OCR "
                      "(e.g. ocrmypdf, see `corpus ocr`) first")
        unmapped = sum(int(r["unmapped_glyphs"]) for r in result.pages)
        if unmapped:
            raise PdfError(name, f"no readable text: {unmapped} glyphs without a character "
                                 "((cid:N): fonts without a ToUnicode map) — run OCR first")
        removed = sum(int(r.get("removed_lines") or 0) for r in result.pages)
        drawn = any(r["n_curves"] >= DRAWN_PAGE_CURVES for r in result.pages)
        # text was there, but every line repeated across pages (with pages drawn as curves,
        # the repeated lines are a browser's header and footer: the low-text error below says so)
        if removed and not drawn:
            raise PdfError(name, f"all {removed} text lines of its {n} pages were "
                                 "taken as running headers or footers (the same lines repeat "
                                 "on every page); nothing is left as body text")
        if allow_low_text:
            raise PdfError(name, f"no text on any of its {n} pages")
    low = _low_text_pages(result)
    if len(low) > LOW_TEXT_ERROR * n and not allow_low_text:
        drawn = sum(1 for r in result.pages if r["n_curves"] >= DRAWN_PAGE_CURVES)
        # one drawn page (a figure) among many blank ones does not make a print-to-PDF
        cause = (f"{drawn} pages drawn as vector curves (a print-to-PDF?)" if 2 * drawn >= len(low)
                 else "a scan, blank pages or a figure-only file?")
        raise PdfError(name, f"almost no text on {len(low)}/{n} pages (< {LOW_TEXT_PAGE} "
                             f"characters; {cause}); set extract.allow_low_text to accept it")
    return result


def write_outputs(result: Extracted, doc_id: str, out_dir: str | Path) -> None:
    from .structure import detect_structure

    garbled = document_garbled_share(result)
    status = {
        "doc_id": doc_id, "status": "ok", "error": "", "n_pages": result.n_pages,
        "n_chars": len(result.text), "empty_pages": result.empty_pages,
        "garbled_share": garbled, "location_unit": "page",
    }
    status.update(quality(result))
    status["warnings"] = warnings(result, garbled)
    cio.write_extraction(
        out_dir, status, result.text, pages=result.pages, styles=result.styles, audit=result.audit,
        notes=result.notes,
        structure=detect_structure(result.text, result.styles, result.paragraphs))


def write_error(doc_id: str, out_dir: str | Path, message: str, n_pages: int = 0,
                location_unit: str = "page") -> None:
    """An unprocessable document still gets its (empty) outputs, and its error on record."""
    cio.write_extraction(out_dir, {
        "doc_id": doc_id, "status": "error", "error": message, "n_pages": n_pages,
        "n_chars": 0, "empty_pages": [], "garbled_share": 0.0, "location_unit": location_unit,
        "warnings": "",
    })


def run(pdf_path: str | Path, doc_id: str, out_dir: str | Path, *, timeout_seconds: float = 900,
        memory_mb: int = 2000, page_workers: int | None = None, allow_low_text: bool = False) -> dict:
    """The extract stage: never raises on a bad PDF; records the error in status.json.

    ``page_workers`` None: as many as there are cores, at most 2.
    """
    from . import readers

    if readers.handles(pdf_path):  # Word, ODT, text, subtitles, Transcriber, Praat
        return readers.run(pdf_path, doc_id, out_dir)
    if page_workers is None:
        import os

        page_workers = max(1, min(2, os.cpu_count() or 1))
    try:
        result = extract_document(pdf_path, timeout_seconds, memory_mb, page_workers, allow_low_text)
    except InputError as exc:
        write_error(doc_id, out_dir, str(exc))
        return cio.read_status(out_dir)
    write_outputs(result, doc_id, out_dir)
    return cio.read_status(out_dir)


# ------------------------------------------------------------------------------------------
# OCR (opt-in, external tools)

OCR_HINT = "install them with `make ocr-deps` (apt-get install ocrmypdf tesseract-ocr-fra)"


def ocr_pdf(pdf_path: str | Path, out_path: str | Path | None = None, language: str = "fra",
            timeout_seconds: float = 3600) -> Path:
    """Add a text layer to a scanned PDF with ocrmypdf + Tesseract (French by default).

    Writes ``out_path`` (default: ``<name>.ocr.pdf`` beside the input) and returns it.
    """
    import shutil
    import subprocess

    from .errors import ToolMissingError

    pdf_path = Path(pdf_path)
    check_pdf_file(pdf_path)
    out_path = Path(out_path) if out_path else pdf_path.with_suffix(".ocr.pdf")
    if shutil.which("ocrmypdf") is None or shutil.which("tesseract") is None:
        raise ToolMissingError(f"{pdf_path.name}: OCR needs ocrmypdf and tesseract; {OCR_HINT}")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if language not in langs:
        raise ToolMissingError(f"{pdf_path.name}: Tesseract has no '{language}' language data; {OCR_HINT}")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["ocrmypdf", "-l", language, "--output-type", "pdf", "--skip-text", "--quiet",
           str(pdf_path), str(out_path)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_seconds)
    except subprocess.TimeoutExpired:
        raise ResourceLimitError(pdf_path.name, f"OCR exceeded {timeout_seconds:g} s") from None
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise PdfError(pdf_path.name, f"OCR failed (ocrmypdf exit {proc.returncode}: {last[:160]})")
    return out_path
