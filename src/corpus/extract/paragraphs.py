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
# A line opening with a short label and a colon ("E : …", "Intervenant B : …", "Mme D. : …"):
# up to three words, no sentence punctuation inside, then the colon.
_LABEL = r"[^\W\d_][^\s:;,!?«»]{0,19}(?: [^\s:;,!?«»]{1,20}){0,2} ?: "
LABEL_START = re.compile(rf"^{_LABEL}")
# One or two capitals and a full stop before a capital ("Q. Et comment …", "R. J'envoie …"): an
# interview annex's question and answer letters written with a point; not the civility "M." ("M. R.")
DOTTED_LABEL_START = re.compile(r"^(?!M\. )[A-Z]{1,2}\. (?=[A-ZÀ-Ý«])")
# The same after a turn number, as conversation-analysis transcripts number their turns
# ("4 SEC : alors ça c'était"), often in lower case without final punctuation.
NUMBERED_LABEL_START = re.compile(rf"^\d{{1,4}} {_LABEL}")
DASHES = "-–—"
# marks that may open a paragraph before its first capital: a quotation set as its own paragraph
OPENING_MARKS = "«“\"‘' "
# a line that closed a sentence or a parenthesised credit ("… (Lilas)", "… (post-it, Europe).")
CLOSED = re.compile(r"[.!?…)]$")
# a table's row written with bars between its cells ("| Poste | Contrainte | « … » |"): a row of its
# own, as in the table, after the lead-in above the table or a row ended by its bar (a long row's
# last cell may run over the next line)
TABLE_ROW = re.compile(r"^\|[^|]+\|")
# A line that is one aside in brackets or parentheses, whole: "[Applaudissements]", "(Rires)".
BRACKETED_LINE = re.compile(r"^(?:\[[^\[\]]*[^\W\d_]{2}[^\[\]]*\]|\([^()]*[^\W\d_]{2}[^()]*\))$")
# A line that opens such an aside and does not close it ("[Le téléphone sonne, l'IDEC répond," carried
# over the next line): not "[…]", "(a)", nor a bracket followed by words ("[CM] Par la CPTS …")
BRACKET_OPENS = re.compile(r"^[\[(][^\])]*?[^\W\d_]{2}[^\])]*$")
# A whole line in italics (or roman): at least this share of its letters.
WHOLE_LINE = 0.8
# A line running to within this share of its width from the page's right edge was wrapped; this
# many wrapped lines give the document's line spacing.
WRAPPED_SHARE = 0.1
MIN_WRAPPED = 2
# A change of left indent: at least this many ems.
INDENT_EMS = 0.8


def line_gap_threshold(pages: dict[int, Page]) -> float:
    """Largest gap between two lines of one paragraph, as a share of line height.

    The document's usual gap between consecutive lines of the same size (its line spacing)
    plus a margin: paragraphs, headings and footnotes are set further apart.
    """
    ratios: Counter = Counter()
    # the gaps after a line that ran to the margin and before a line opening in lower case: a
    # paragraph going on for certain. A document of short paragraphs (a transcript of one-line
    # turns, a list of quotations) has more paragraph gaps than line gaps: read on all pairs, its
    # paragraph gap would pass for its line spacing and its paragraphs would run together.
    wrapped: Counter = Counter()
    for page in pages.values():
        edge = max((ln.x1 for ln in page.lines), default=0.0)
        for a, b in zip(page.lines, page.lines[1:]):
            if abs(a.size - b.size) > 0.5 or b.x0 >= a.x1 or a.x0 >= b.x1:
                continue
            ratio = (a.y0 - b.y1) / max(a.height, b.height)
            if 0 <= ratio <= 1.5:
                ratios[round(ratio * 20) / 20] += 1
                if a.x1 >= edge - WRAPPED_SHARE * (edge - a.x0) and b.text.lstrip()[:1].islower():
                    wrapped[round(ratio * 20) / 20] += 1
    if not ratios:
        return 0.6
    mode = (wrapped if sum(wrapped.values()) >= MIN_WRAPPED else ratios).most_common(1)[0][0]
    return max(0.6, min(mode * 1.5, mode + 0.3))


def _italic_share(line: Line) -> float:
    marks = [s for s, c in zip(line.styles, line.text) if not c.isspace()]
    return sum("italic" in s for s in marks) / len(marks) if marks else 0.0


def _style_changes(a: Line, b: Line) -> bool:
    """One line wholly italic and the other wholly roman (a block quote set in italics before
    or after a roman paragraph); an italic word or phrase inside a line is no change."""
    share_a, share_b = _italic_share(a), _italic_share(b)
    return (min(share_a, share_b) <= 1 - WHOLE_LINE) and (max(share_a, share_b) >= WHOLE_LINE)


def _indent_changes(a: Line, b: Line, before: Line | None) -> bool:
    """After two lines at one left edge (a and the line before it), b moves in (a first-line
    indent, a block quote) or out (the end of an indented block). A paragraph's first line
    alone says nothing: first-line indents and hanging indents (numbered paragraphs,
    references) both move at its second line."""
    em = max(a.size, b.size) * INDENT_EMS
    if before is None or abs(before.x0 - a.x0) >= em / 2:
        return False
    return abs(b.x0 - a.x0) > em


def _capital(text: str) -> bool:
    """The line's first letter is a capital, after any opening quotation mark ("« Le patient …")."""
    return text.lstrip(OPENING_MARKS)[:1].isupper()


def _opens(text: str) -> bool:
    """A line that can open a paragraph after a change of style or indent: a capital or an
    opening quote, a numbered item. Not a dash ("— Médecin 4 (MG)" closes the quote above it),
    nor "(" or "[" ("(directrice d'hôpital)"), nor lower case."""
    return _capital(text) or (bool(LIST_START.match(text)) and text[:1] not in DASHES)


def _first_word_width(line: Line) -> float:
    """Width of the line's first word, measured on its characters."""
    text = line.text
    start = len(text) - len(text.lstrip())
    end = text.find(" ", start)
    if len(line.xs) == len(text) and end > start:
        return line.xs[end] - line.xs[start]
    word = text[start:end] if end > start else text[start:]
    return 0.5 * line.size * len(word)


def _first_word_fits(a: Line, b: Line, right_edge: float) -> bool:
    """b's first word would have fitted at the end of line a: a was ended on purpose."""
    return a.x1 + 0.3 * a.size + _first_word_width(b) < right_edge


def _continues(a: Line, b: Line, gap_ratio: float, right_edge: float,
               before: Line | None = None, quote_open: bool = False) -> bool:
    """Whether line b continues the paragraph whose last line is a (``before``: the line
    before a in that paragraph, if any; ``quote_open``: the paragraph has a « not closed yet)."""
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
    if TABLE_ROW.match(b_text) and (a_text.endswith("|") or "|" not in a_text):
        return False                         # a table's next row, or its first after the lead-in
    if a_text.startswith("|") and a_text.endswith("|") and "|" not in b_text and _opens(b_text):
        return False                         # the paragraph after a table's last row, whole on its line
    if dehyphen.HYPHEN_END.search(a_text) and b_text[:1].isalpha():
        return True                          # a word cut at the line end (Île-de-|France)
    sentence_end = TERMINAL.search(a_text) is not None
    if sentence_end and _opens(b_text) and _style_changes(a, b):
        return False                         # an italic block quote begins or ends
    if sentence_end and not LIST_START.match(a_text) and _indent_changes(a, b, before) \
            and (_opens(b_text) or b_text[:1].isdigit()) and _first_word_fits(a, b, right_edge):
        return False                         # a new indent after a line ended on purpose
    if (sentence_end or b_text[:1].isupper()) and LABEL_START.match(b_text) \
            and _first_word_fits(a, b, right_edge):
        return False                         # "E : …" after a line ended short of the margin
    if sentence_end and DOTTED_LABEL_START.match(b_text) and _first_word_fits(a, b, right_edge):
        return False                         # "R. Oui, …" after an answer's last sentence
    if NUMBERED_LABEL_START.match(b_text) and _first_word_fits(a, b, right_edge):
        return False                         # "4 SEC : …" after a line ended short of the margin
    aside = BRACKETED_LINE.match(a_text) is not None
    short = a.x1 < right_edge - 0.15 * (right_edge - a.x0) and _first_word_fits(a, b, right_edge)
    # (not after a closing quote: "» (Entretien n°2 – médecin syndicaliste)" names who said it)
    if (a_text.endswith((".", "!", "?", "…")) or aside) \
            and (BRACKETED_LINE.match(b_text) or BRACKET_OPENS.match(b_text) or aside) and short:
        return False                         # "[La secrétaire entre]" on its own, before or after a short line ended on purpose
    width = right_edge - a.x0
    # a capital, also after an opening guillemet when the line above closed a sentence or a
    # credit: a quotation set as its own paragraph after a short last line ("… pendant la
    # crise." then "« Le patient rentrait … » (Lilas)", then "« Personne ne …» (Cèdre)"), in a
    # document of short paragraphs whose paragraph gap is its usual one (segfix47). Not after a
    # colon or a closing guillemet: a lead-in and its quotation, or quotations in a row, are read
    # as one paragraph (segment/quotes.py reads a colon's quotation across the line); nor while
    # a quotation is open: "« … nouveau." then "« Ce que …" is one speaker's next paragraph
    starts = b_text[:1].isupper() or LIST_START.match(b_text) \
        or (_capital(b_text) and CLOSED.search(a_text) is not None and not quote_open)
    if quote_open and b_text[:1].isupper() and a_text.endswith((".", "!", "?", "…")) \
            and a.x1 >= right_edge - 0.3 * width:
        # a quotation still open, its line ended after a sentence a little short of the margin (a
        # long next word): its next sentence, not a new paragraph (s28-segr49a)
        return True
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


def page_paragraphs(page: Page, keep: list[int], columns: list[float], gap_ratio: float,
                    block_right: float = 0.0) -> list[Para]:
    """Group a page's kept lines into paragraphs; attach table cells to their row. A paragraph
    continues from the foot of a column to the head of the next one. ``block_right``: where the
    page's running head, now removed, ended (the text block's right margin, which a page of
    short list lines does not reach)."""
    lines = [page.lines[i] for i in keep]
    cells = [ln for ln in lines if columns and _is_cell(ln, columns)]
    body = [ln for ln in lines if not (columns and _is_cell(ln, columns))]
    gutters = _columns_side_by_side(body)
    edges: dict[int, float] | None = None
    if gutters:
        body = column_order(body, gutters)
        edges = _column_edges(body)
    paras: list[Para] = []
    for line in body:
        prev = paras[-1].lines[-1] if paras else None
        if prev is not None and prev.x1 <= line.x0 - 1 and line.y1 > prev.y1 and edges is None:
            edges = _column_edges(body)   # several columns: each line has its column's edge
        edge = edges[id(prev)] if edges and prev is not None else \
            max(max((ln.x1 for ln in body), default=page.width), block_right)
        before = paras[-1].lines[-2] if paras and len(paras[-1].lines) > 1 else None
        quote_open = bool(paras) and sum(ln.text.count("«") - ln.text.count("»") for ln in paras[-1].lines) > 0
        if prev is not None and (_continues(prev, line, gap_ratio, edge, before, quote_open)
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
