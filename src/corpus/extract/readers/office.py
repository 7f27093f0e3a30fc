"""Word processors and plain text: .docx (python-docx), .odt (odfpy), .txt and .md (UTF-8).

Each paragraph of the source is a Para numbered from 1 (the location unit ``paragraph``);
headings come from the paragraph style (Word "Heading n"/"Titre n", ODT text:h, Markdown #);
bold and italic runs are kept like PDF fonts. Speaker labels written in the text ("Enquêteur :",
"[P3]", "Marie (00:12:03) :") are found by :func:`base.apply_labels`.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .base import Para, Transcript, TranscriptError, apply_labels, end_times
from .encoding import decode

# Word's built-in heading styles, under their English (internal) and French names
HEADING_STYLE = re.compile(r"^(?:heading|titre)\s*(\d)$", re.IGNORECASE)
TITLE_STYLE = re.compile(r"^(?:title|titre|subtitle|sous-titre)$", re.IGNORECASE)


def _style(bold: bool, italic: bool) -> str:
    return "bold_italic" if bold and italic else "bold" if bold else "italic" if italic else ""


def _finish(fmt: str, paras: list[Para], audit: list[dict] | None = None) -> Transcript:
    audit = audit if audit is not None else []
    paras = apply_labels(paras, audit)
    end_times(paras)
    return Transcript(fmt, "paragraph", paras, audit)


# ---- .docx ----------------------------------------------------------------------------------

def _on(element, tag: str) -> bool | None:
    """A run property (w:b, w:i) as set on this element: True, False, or None (not set)."""
    from docx.oxml.ns import qn

    el = element.find(qn(tag)) if element is not None else None
    if el is None:
        return None
    return el.get(qn("w:val"), "true").lower() not in ("0", "false", "off", "none")


def _docx_styles(document) -> tuple[dict[str, str], dict[str, tuple[bool, bool]]]:
    """Style id -> name, and character style id -> (bold, italic), read once: python-docx's
    per-paragraph style lookup scans every style (10 s for a 2-hour transcript)."""
    names, flags = {}, {}
    for style in document.styles:
        names[style.style_id] = style.name or ""
        font = getattr(style, "font", None)
        if font is not None:
            flags[style.style_id] = (bool(font.bold), bool(font.italic))
    return names, flags


def _docx_heading(p, names: dict[str, str]) -> int:
    from docx.oxml.ns import qn

    ppr = p.find(qn("w:pPr"))
    pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
    name = names.get(pstyle.get(qn("w:val")), "") if pstyle is not None else ""
    m = HEADING_STYLE.match(name or "")
    if m:
        return max(1, int(m.group(1)))
    if TITLE_STYLE.match(name or ""):
        return 1
    return 0


def _docx_paragraph(p, flags: dict[str, tuple[bool, bool]]) -> tuple[str, list[str]]:
    """A w:p element's text (tabs and line breaks as spaces) with a style per character."""
    from docx.oxml.ns import qn

    t_tag, tab, breaks, rpr_tag = qn("w:t"), qn("w:tab"), (qn("w:br"), qn("w:cr")), qn("w:rPr")
    text, styles = [], []
    for run in p.iter(qn("w:r")):
        rpr = run.find(rpr_tag)
        rstyle = rpr.find(qn("w:rStyle")) if rpr is not None else None
        base = flags.get(rstyle.get(qn("w:val")), (False, False)) if rstyle is not None else (False, False)
        bold, italic = _on(rpr, "w:b"), _on(rpr, "w:i")
        st = _style(base[0] if bold is None else bold, base[1] if italic is None else italic)
        for child in run:
            if child.tag == t_tag:
                piece = child.text or ""
            elif child.tag == tab or child.tag in breaks:
                piece = " "
            else:
                continue
            text.append(piece)
            styles.extend([st] * len(piece))
    return "".join(text), styles


def read_docx(path: Path) -> Transcript:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError):
        raise TranscriptError(path.name, "corrupt .docx (not a valid Word zip archive; "
                                         "open and save it again in Word)") from None
    except (KeyError, ValueError) as exc:
        raise TranscriptError(path.name, f"corrupt .docx (missing part: {exc})") from None
    names, flags = _docx_styles(document)
    paras: list[Para] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:tbl"):
            paras.extend(_table_rows(Table(block, document), len(paras)))
            continue
        for p in ([block] if block.tag == qn("w:p") else block.iter(qn("w:p"))):
            text, styles = _docx_paragraph(p, flags)
            if text.strip():
                paras.append(Para(text, styles=styles, heading=_docx_heading(p, names),
                                  location=len(paras) + 1))
    return _finish("docx", paras)


def _table_rows(table, n_before: int) -> list[Para]:
    """A table row is one paragraph; a row of cells like (time,) speaker, words becomes
    "speaker : words" (the time is found by the label pass like a typed timestamp)."""
    out = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:      # a merged cell is listed once per grid column
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text for p in cell.paragraphs if p.text.strip())
            if text.strip():
                cells.append(" ".join(text.split()))
        if not cells:
            continue
        if len(cells) >= 2 and len(cells[-2]) <= 40 and len(cells[-2].split()) <= 5:
            head = " ".join(cells[:-1])
            text = head + " : " + cells[-1] if not head.endswith(":") else head + " " + cells[-1]
        else:
            text = " | ".join(cells)
        out.append(Para(text, location=n_before + len(out) + 1))
    return out


# ---- .odt -----------------------------------------------------------------------------------

def _odt_text_styles(document) -> dict[str, str]:
    """Style name -> bold/italic, from automatic and common text styles."""
    from odf.namespaces import FONS, STYLENS

    found = {}
    for container in (document.automaticstyles, document.styles):
        for st in container.getElementsByType(_odf_style()):
            name = st.getAttrNS(STYLENS, "name")
            bold = italic = False
            for props in st.childNodes:
                if props.qname[1] == "text-properties":
                    bold = props.getAttrNS(FONS, "font-weight") in ("bold", "700", "800", "900")
                    italic = props.getAttrNS(FONS, "font-style") in ("italic", "oblique")
            found[name] = _style(bold, italic)
    return found


def _odf_style():
    from odf.style import Style

    return Style


def _odt_walk(node, style: str, styles_by_name: dict, text: list, styles: list) -> None:
    from odf.namespaces import TEXTNS

    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            data = str(child.data)
            text.append(data)
            styles.extend([style] * len(data))
            continue
        if child.nodeType != child.ELEMENT_NODE:
            continue
        ns, local = child.qname
        if ns == TEXTNS and local == "s":
            n = int(child.getAttrNS(TEXTNS, "c") or 1)
            text.append(" " * n)
            styles.extend([style] * n)
        elif ns == TEXTNS and local in ("tab", "line-break"):
            text.append(" ")
            styles.append(style)
        elif ns == TEXTNS and local in ("note", "annotation", "bookmark", "bookmark-start",
                                        "bookmark-end", "soft-page-break"):
            continue   # notes and comments are not what was said
        else:
            own = styles_by_name.get(child.getAttrNS(TEXTNS, "style-name") or "", "") \
                if ns == TEXTNS and local == "span" else ""
            _odt_walk(child, own or style, styles_by_name, text, styles)


def read_odt(path: Path) -> Transcript:
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    try:
        document = load(str(path))
    except zipfile.BadZipFile as exc:
        raise TranscriptError(path.name, f"corrupt .odt (not a valid OpenDocument zip archive: {exc})") from None
    except Exception as exc:  # noqa: BLE001 (odfpy raises KeyError, ExpatError... on damaged parts)
        raise TranscriptError(path.name, f"corrupt .odt ({exc.__class__.__name__}: {str(exc)[:100]})") from None
    styles_by_name = _odt_text_styles(document)
    paras: list[Para] = []

    def visit(node) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            ns, local = child.qname
            if ns == TEXTNS and local in ("p", "h"):
                text, styles = [], []
                own = styles_by_name.get(child.getAttrNS(TEXTNS, "style-name") or "", "")
                _odt_walk(child, own, styles_by_name, text, styles)
                joined = "".join(text)
                level = int(child.getAttrNS(TEXTNS, "outline-level") or 1) if local == "h" else 0
                if joined.strip():
                    paras.append(Para(joined, styles=styles, heading=level, location=len(paras) + 1))
            elif ns == TEXTNS and local in ("note", "annotation"):
                continue
            else:
                visit(child)

    visit(document.text)
    return _finish("odt", paras)


# ---- .txt and .md ---------------------------------------------------------------------------

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(\*|_)(?=\S)(.+?)(?<=\S)\3")


def _markdown_inline(text: str, location: int, audit: list[dict]) -> tuple[str, list[str]]:
    """Markdown emphasis marks out, their spans styled; the marks removed are audited."""
    out, styles, pos, n = [], [], 0, 0
    for m in MD_EMPHASIS.finditer(text):
        out.append(text[pos:m.start()])
        styles.extend([""] * (m.start() - pos))
        inner = m.group(2) if m.group(2) is not None else m.group(4)
        st = "bold" if m.group(1) else "italic"
        out.append(inner)
        styles.extend([st] * len(inner))
        pos = m.end()
        n += 1
    out.append(text[pos:])
    styles.extend([""] * (len(text) - pos))
    if n:
        audit.append({"page": location, "reason": "markdown_mark",
                      "original": f"{n} emphasis mark pair(s)", "replacement": ""})
    return "".join(out), styles


def read_text_file(path: Path) -> Transcript:
    fmt = path.suffix.lower().lstrip(".")
    text = decode(path.read_bytes(), path.name)
    audit: list[dict] = []
    paras: list[Para] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        location = len(paras) + 1
        heading = 0
        styles = None
        if fmt == "md":
            m = MD_HEADING.match(line)
            if m:
                heading = len(m.group(1))
                audit.append({"page": location, "reason": "markdown_mark", "original": m.group(1),
                              "replacement": ""})
                line = m.group(2)
            line, styles = _markdown_inline(line, location, audit)
        paras.append(Para(line, styles=styles, heading=heading, location=location))
    return _finish(fmt, paras, audit)
