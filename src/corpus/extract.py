"""PDF -> pages of lines (pdfminer.six), then cleaned text with page map, styles and audit.

Outputs per document (results/interim/<doc_id>/): text.txt, pages.csv, styles.csv,
structure.csv, audit.csv, status.json. See docs/ARCHITECTURE.md for the formats.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import clean
from . import io as cio
from .errors import NoTextLayerError, PdfError


@dataclass
class Line:
    page: int                  # 1-based page number
    box: int                   # index of the pdfminer text box on the page (paragraph hint)
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    styles: list[str] = field(default_factory=list)  # one style per character of text


def _char_style(fontname: str) -> str:
    name = fontname.lower()
    bold = "bold" in name or "black" in name or "heavy" in name
    italic = "italic" in name or "oblique" in name
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
        raise PdfError(path.name, "not a PDF (no %PDF- header)")


def read_lines(path: str | Path, page_numbers: list[int] | None = None) -> dict[int, list[Line]]:
    """Lines per page (1-based page numbers), in pdfminer's reading order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    path = Path(path)
    pages: dict[int, list[Line]] = {}
    try:
        iterator = extract_pages(str(path), page_numbers=page_numbers, laparams=LAParams())
        for index, layout in enumerate(iterator):
            page_no = (page_numbers[index] if page_numbers else index) + 1
            lines: list[Line] = []
            for box_no, element in enumerate(el for el in layout if isinstance(el, LTTextContainer)):
                for line in element:
                    if not isinstance(line, LTTextLine):
                        continue
                    chars, styles, sizes = [], [], []
                    for obj in line:
                        text = obj.get_text()
                        if isinstance(obj, LTChar):
                            style = _char_style(obj.fontname)
                            sizes.append(obj.size)
                        else:
                            style = ""
                        for ch in text:
                            if ch == "\n":
                                continue
                            chars.append(ch)
                            styles.append(style)
                    if not chars:
                        continue
                    lines.append(Line(
                        page=page_no, box=box_no, text="".join(chars),
                        x0=line.x0, y0=line.y0, x1=line.x1, y1=line.y1,
                        size=max(sizes) if sizes else 0.0, styles=styles,
                    ))
            pages[page_no] = lines
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise PdfError(path.name, "encrypted PDF (password protected); provide a decrypted copy") from None
    except (PDFSyntaxError, PSException) as exc:
        raise PdfError(path.name, f"unreadable or truncated PDF ({exc.__class__.__name__}: {exc})") from None
    except Exception as exc:  # pdfminer raises many types on damaged files
        if isinstance(exc, PdfError):
            raise
        name = exc.__class__.__name__
        if "Encrypt" in name or "Password" in name:
            raise PdfError(path.name, "encrypted PDF (password protected); provide a decrypted copy") from None
        raise PdfError(path.name, f"unreadable or truncated PDF ({name}: {exc})") from None
    return pages


# ------------------------------------------------------------------------------------------
# cleaning a document's lines


def clean_line_styles(line: Line) -> tuple[str, list[str]]:
    """Clean one line char by char so that styles stay aligned with the cleaned text."""
    out_chars: list[str] = []
    out_styles: list[str] = []
    for ch, st in zip(line.text, line.styles):
        piece = clean.strip_controls(clean.normalize_unicode(ch))
        piece = clean.SPACE_LIKE.sub(" ", piece)
        for c in piece:
            if c == " " and (not out_chars or out_chars[-1] == " "):
                continue
            out_chars.append(c)
            out_styles.append(st)
    while out_chars and out_chars[-1] == " ":
        out_chars.pop()
        out_styles.pop()
    text = clean.normalize_unicode("".join(out_chars))
    if len(text) != len(out_styles):  # NFC recomposition changed lengths: style by majority
        major = Counter(out_styles).most_common(1)[0][0] if out_styles else ""
        out_styles = [major] * len(text)
    return text, out_styles


def find_running_lines(pages: dict[int, list[Line]], edge: int = 3) -> dict[tuple[int, int], str]:
    """Lines that the layout adds: running headers/footers and page numbers.

    A line is a running header/footer when it stands among the first or last ``edge`` lines of
    its page and its text (digits folded) recurs in that zone on at least a quarter of the pages
    with text (and at least 3). Returns {(page, line_index): reason}.
    """
    text_pages = [p for p, lines in pages.items() if lines]
    zones: dict[int, list[int]] = {}
    counts: Counter = Counter()
    for p in text_pages:
        lines = pages[p]
        order = sorted(range(len(lines)), key=lambda i: -lines[i].y1)  # top to bottom
        zone = order[:edge] + order[-edge:]
        zones[p] = sorted(set(zone))
        counts.update({clean.repetition_key(lines[i].text) for i in zones[p]})
    threshold = max(3, len(text_pages) // 4)
    found: dict[tuple[int, int], str] = {}
    for p in text_pages:
        lines = pages[p]
        for i in zones[p]:
            text = clean.clean_line(lines[i].text)
            if not text:
                continue
            if clean.is_page_number(text):
                found[(p, i)] = "page_number"
            elif counts[clean.repetition_key(lines[i].text)] >= threshold and len(text_pages) >= 3:
                found[(p, i)] = "running_header_footer"
    return found


TERMINAL = re.compile(r"[.!?:;»\"”)…]$")


@dataclass
class Extracted:
    text: str
    pages: list[dict]
    styles: list[dict]
    audit: list[dict]
    n_pages: int
    empty_pages: list[int]


def build_text(pages: dict[int, list[Line]]) -> Extracted:
    """Assemble cleaned text: paragraphs (pdfminer boxes) on lines of their own, joined by '\\n'."""
    audit: list[dict] = []
    running = find_running_lines(pages)
    known_words = _hyphenated_words(pages)
    paragraphs: list[dict] = []  # {'page':..,'parts':[(text, styles, page)]}
    empty_pages = []
    for p in sorted(pages):
        lines = pages[p]
        kept = []
        for i, line in enumerate(lines):
            reason = running.get((p, i))
            if reason:
                audit.append({"page": p, "reason": reason, "original": line.text, "replacement": ""})
                continue
            text, styles = clean_line_styles(line)
            if not text:
                continue
            if text != line.text.strip():
                audit.append({"page": p, "reason": "normalized", "original": line.text, "replacement": text})
            kept.append((line, text, styles))
        if not kept:
            empty_pages.append(p)
            if lines:
                audit.append({"page": p, "reason": "blank_page", "original": "", "replacement": ""})
            continue
        current_box = None
        for line, text, styles in kept:
            if line.box != current_box:
                paragraphs.append({"page": p, "parts": []})
                current_box = line.box
            paragraphs[-1]["parts"].append((text, styles, p))
    # Paragraphs split by a page break: previous one ends without terminal punctuation and the
    # next (first on the following page) starts with a lower-case letter.
    merged: list[dict] = []
    for para in paragraphs:
        if merged:
            prev = merged[-1]
            last_text = prev["parts"][-1][0]
            first_text = para["parts"][0][0]
            if (para["page"] != prev["parts"][-1][2] and not TERMINAL.search(last_text)
                    and first_text[:1].islower()):
                audit.append({"page": para["page"], "reason": "page_break_join",
                              "original": first_text[:80], "replacement": ""})
                prev["parts"].extend(para["parts"])
                continue
        merged.append(para)

    out: list[str] = []
    style_runs: list[dict] = []
    page_start: dict[int, int] = {}
    page_end: dict[int, int] = {}
    pos = 0
    for para in merged:
        if out:
            out.append("\n")
            pos += 1
        buf = ""
        buf_styles: list[str] = []
        buf_pages: list[int] = []
        for text, styles, page in para["parts"]:
            joined, dehyph = clean.join_hyphenated(buf, text, known_words)
            if dehyph:
                audit.append({"page": page, "reason": "dehyphenated",
                              "original": buf.rsplit(" ", 1)[-1] + "|" + text.split(" ", 1)[0],
                              "replacement": ""})
                buf_styles = buf_styles[:-1]
                buf_pages = buf_pages[:-1]
            elif buf:
                buf_styles.append(buf_styles[-1] if buf_styles else "")
                buf_pages.append(page)
            buf = joined
            buf_styles.extend(styles)
            buf_pages.extend([page] * len(text))
        for offset, page in enumerate(buf_pages):
            page_start.setdefault(page, pos + offset)
            page_end[page] = pos + offset + 1
        # style runs
        run_start, run_style = None, ""
        for offset, st in enumerate(buf_styles + [""]):
            if st != run_style:
                if run_style:
                    style_runs.append({"char_start": pos + run_start, "char_end": pos + offset, "style": run_style})
                run_start, run_style = offset, st
        out.append(buf)
        pos += len(buf)
    text = "".join(out) + ("\n" if out else "")
    page_rows = []
    for p in sorted(pages):
        start = page_start.get(p, page_end.get(p - 1, 0) if p > 1 else 0)
        end = page_end.get(p, start)
        page_rows.append({
            "page": p, "char_start": start, "char_end": end, "n_chars": end - start,
            "has_text": bool(pages[p]), "garbled_share": garbled_share(text[start:end]),
            "removed_lines": sum(1 for (pp, _i) in running if pp == p),
        })
    return Extracted(text, page_rows, style_runs, audit, len(pages), empty_pages)


def _hyphenated_words(pages: dict[int, list[Line]]) -> set[str]:
    """Hyphenated words written whole on one line somewhere in the document."""
    words: set[str] = set()
    for lines in pages.values():
        for line in lines:
            for m in re.finditer(r"\b\w+(?:-\w+)+\b", line.text):
                words.add(m.group(0).lower())
    return words


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
GARBLED = re.compile(r"[^\W\d_]*(?:[bcdfghjklmnpqrstvwxz]{5,}|(.)\1\1)[^\W\d_]*", re.IGNORECASE)


def garbled_share(text: str) -> float:
    """Share of word tokens that look like OCR noise (no vowel, triple letters, odd mixes)."""
    words = WORD.findall(text)
    if not words:
        return 0.0
    bad = 0
    for w in words:
        lower = w.lower()
        if len(lower) > 3 and not re.search(r"[aeiouyàâäéèêëîïôöùûüÿœæ]", lower):
            bad += 1
        elif GARBLED.fullmatch(lower):
            bad += 1
        elif re.search(r"[a-zà-ÿ][A-Z]", w) and not w.isupper():
            bad += 1
    return round(bad / len(words), 4)


def extract_document(pdf_path: str | Path) -> Extracted:
    check_pdf_file(pdf_path)
    pages = read_lines(pdf_path)
    if not pages:
        raise PdfError(Path(pdf_path).name, "PDF has no pages")
    result = build_text(pages)
    if not result.text.strip():
        raise NoTextLayerError(
            Path(pdf_path).name,
            f"no text layer on {len(result.empty_pages)}/{result.n_pages} pages — run OCR (e.g. ocrmypdf) first",
        )
    return result


def write_outputs(result: Extracted, doc_id: str, out_dir: str | Path) -> None:
    from .structure import detect_structure

    out_dir = Path(out_dir)
    cio.write_text(cio.interim_path(out_dir, "text"), result.text)
    cio.write_csv(cio.interim_path(out_dir, "pages"), result.pages, cio.PAGES_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "styles"), result.styles, cio.STYLES_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "audit"), result.audit, cio.AUDIT_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "structure"),
                  detect_structure(result.text, result.styles), cio.STRUCTURE_COLUMNS)
    n_chars = len(result.text)
    cio.write_json(cio.interim_path(out_dir, "status"), {
        "doc_id": doc_id, "status": "ok", "error": "", "n_pages": result.n_pages,
        "n_chars": n_chars, "empty_pages": result.empty_pages,
        "garbled_share": garbled_share(result.text),
    })


def write_error(doc_id: str, out_dir: str | Path, message: str, n_pages: int = 0) -> None:
    """An unprocessable document still gets its (empty) outputs, and its error on record."""
    out_dir = Path(out_dir)
    cio.write_text(cio.interim_path(out_dir, "text"), "")
    cio.write_csv(cio.interim_path(out_dir, "pages"), [], cio.PAGES_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "styles"), [], cio.STYLES_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "audit"), [], cio.AUDIT_COLUMNS)
    cio.write_csv(cio.interim_path(out_dir, "structure"), [], cio.STRUCTURE_COLUMNS)
    cio.write_json(cio.interim_path(out_dir, "status"), {
        "doc_id": doc_id, "status": "error", "error": message, "n_pages": n_pages,
        "n_chars": 0, "empty_pages": [], "garbled_share": 0.0,
    })


def run(pdf_path: str | Path, doc_id: str, out_dir: str | Path) -> dict:
    """The extract stage: never raises on a bad PDF; records the error in status.json."""
    from .errors import InputError

    try:
        result = extract_document(pdf_path)
    except InputError as exc:
        write_error(doc_id, out_dir, str(exc))
        return cio.read_status(out_dir)
    write_outputs(result, doc_id, out_dir)
    return cio.read_status(out_dir)
