"""Pages of lines -> the cleaned text: furniture removed, paragraphs, notes placed, words
rejoined across line ends, characters repaired; with the page map, styles and audit rows."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..io import TABLE_DELIMITER  # between a table row's text and its right-hand cell (interview number)
from . import clean, dehyphen, wordforms
from .cells import find_cell_columns, split_at_columns
from .furniture import find_running_lines
from .notes import find_endnotes, find_notes, mark_calls, note_rows, take_calls, unnumbered_note
from .paragraphs import LIST_START, TERMINAL, TOC_LINE, Para, line_gap_threshold, page_paragraphs
from .pdf import Page, body_size, join_line_pieces
from .quality import garbled_with_unmapped


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
            for m in dehyphen.WORD_RE.finditer(line.text):
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
            "unmapped_glyph": "(removed: glyph without a character)",
            "private_use_glyph": "(read as the figure or letter the glyph draws)",
            "unmapped_private_use": "(removed: glyph without a character)"}
    LABEL = {"nfc": "combining accents", "spacing_accent": "spacing accents beside a letter",
             "unmapped_glyph": "(cid:N) placeholders",
             "private_use_glyph": "private-use glyphs (old-style figures, small capitals)",
             "unmapped_private_use": "private-use glyphs of no known character"}

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
    joined, dehyph = dehyphen.join_hyphenated(buf, text, known, vocabulary, wordforms.word_lexicon(), why)
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
        block_right = 0.0
        for i, line in enumerate(page.lines):
            reason = running.get((p, i))
            if reason:
                audit.append({"page": p, "reason": reason, "original": clean.clean_line(line.text),
                              "replacement": ""})
                removed[p] += 1
                if reason == "running_header_footer":
                    block_right = max(block_right, line.x1)
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
        if not notes and not continued:
            keep, note = unnumbered_note(page, keep, size)
            notes = [note] if note else []
        if continued:   # the previous page's last note goes on at the foot of this page
            pending[-1].lines.extend(continued)
        if notes:
            numbers = {n.note for n in notes}
            page.lines = [mark_calls(ln, numbers) if i in set(keep) else ln
                          for i, ln in enumerate(page.lines)]
        for para in page_paragraphs(page, keep, columns, gap_ratio, block_right):
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
    unmapped = repairs.per_page("unmapped_glyph") + repairs.per_page("unmapped_private_use")
    for p in pages:
        start = page_start.get(p, last_end)
        end = page_end.get(p, start)
        last_end = end
        page_rows.append({
            "page": p, "char_start": start, "char_end": end, "n_chars": end - start,
            "has_text": pages[p].n_chars > 0,
            "garbled_share": garbled_with_unmapped(text[start:end], unmapped[p]),
            "removed_lines": removed[p], "unmapped_glyphs": unmapped[p],
            "n_curves": pages[p].n_curves,
        })
    notes = note_rows(para_info, calls)
    return Extracted(text, page_rows, style_runs, audit, len(pages), empty_pages, no_text_pages,
                     para_info, notes)
