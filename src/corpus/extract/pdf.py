"""PDF -> pages of lines (pdfminer.six): each line with its characters' fonts, sizes and x
positions, characters in reading order, pieces of one justified line and drop caps rejoined."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import PdfError


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
        from .filetype import not_a_pdf  # names an HTML page, a Word file, a ZIP, an image

        raise PdfError(path.name, not_a_pdf(path, head))


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


# Justified lines of a narrow column (three columns in a browser's print) space their words up to
# 3 em and more; past 2.5 em a gap is a word space only when a line above or below crosses it.
WIDEST_WORD_SPACE = 3.5
# A heading's number set apart from its title: "1", "2.3", "IV."
HEADING_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5})\.?")


def _one_line(a: Line, b: Line, lines: list[Line], body: float = 0.0) -> bool:
    """Whether b, right of a on its baseline, is the rest of a's line (see join_line_pieces)."""
    size = max(a.size, b.size, 1.0)
    gap = b.x0 - a.x1
    if abs(a.size - b.size) > 0.5 or not -0.5 <= gap <= WIDEST_WORD_SPACE * size:
        return False
    # beyond 2.5 em only a line above or below running across the gap says it is a word space
    wide = gap > 2.5 * size
    if (not wide and body and a.size >= body + 1 and HEADING_NUMBER.fullmatch(a.text.strip())
            and re.match(r"[^\W\d_]{2}", b.text.strip()) and b.text.strip()[0].isupper()):
        return True   # "1" and "Introduction" of a heading set larger than the body
    if re.fullmatch(r"[\d\W]+", a.text.strip()) or re.fullmatch(r"[\d\W]+", b.text.strip()):
        return False
    if not wide and gap <= 0.8 * size and (len(a.text.split()) == 1 or len(b.text.split()) == 1):
        return True
    height = max(a.height, b.height)
    near = [c for c in lines if c is not a and c is not b and abs(c.size - size) <= 0.5
            and 0.5 * height <= abs(c.y0 - a.y0) <= 1.8 * height]
    if any(c.x0 <= a.x1 + 1 and c.x1 >= b.x0 - 1 for c in near):
        return True   # the line above or below runs across the gap
    # a wide word space, unless b starts where the lines above or below start: a column edge
    return not wide and gap <= 1.0 * size and not any(abs(c.x0 - b.x0) <= 1 for c in near)


def join_line_pieces(page: Page) -> list[tuple[str, str]]:
    """Rebuild lines that pdfminer left in pieces: the words of one justified line drawn out of
    order or spaced wider than its grouping allows. Two pieces on one baseline, same size, are
    one line when the gap between them is a word space (up to 0.8 of the size with a one-word
    piece; up to 1 em unless the lines above or below start where the right piece starts: a
    column edge) or, up to 2.5 times the size, when the line just above or below runs across
    the gap (a gap in a text column, not the white river between table columns or text
    columns; up to 3.5 times the size in narrow justified columns). Number-only pieces (table
    cells) stay apart, unless the number heads a title set
    larger than the page's body text ("1   Introduction"). A drop cap set beside its line joins
    it. Returns (reason, text) for the audit."""
    done: list[tuple[str, str]] = []
    lines = page.lines
    sizes: Counter = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
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
        # the lines above as already rebuilt: in a narrow justified column every line is in
        # pieces, and only a rebuilt line above shows that a gap is a word space
        view = [merged.get(k, ln) for k, ln in enumerate(lines) if k not in gone] if merged else lines
        last = None
        for i in sorted(group, key=lambda k: lines[k].x0):
            line = lines[i]
            if last is not None:
                prev = merged.get(last, lines[last])
                if _one_line(prev, line, view, body):
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


def _text_boxes(layout):
    """The page's elements in order, with the text boxes inside figures brought up."""
    from pdfminer.layout import LTFigure, LTTextContainer

    for element in layout:
        if isinstance(element, LTFigure) and any(isinstance(e, LTTextContainer) for e in element):
            yield from _text_boxes(element)
        else:
            yield element


def body_size(pages: dict[int, Page]) -> float:
    """The document's body text size: the size most characters are set in."""
    sizes: Counter = Counter()
    for page in pages.values():
        for line in page.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
