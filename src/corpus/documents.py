"""The document sheet (config/documents.csv): load, validate, add."""

from __future__ import annotations

import csv
import io as _io
import re
from pathlib import Path

from .config import schema
from .errors import DocumentSheetError

SHEET_COLUMNS = [
    "doc_id", "file", "title", "authors", "year", "kind", "venue", "url", "license",
    "language", "region", "place",
]
KINDS = ["these", "memoire", "article", "presse", "communication", "rapport", "entretien"]
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def _row_error(path, line: int, column: str, message: str) -> DocumentSheetError:
    return DocumentSheetError(f"{path}: line {line}, column '{column}': {message}")


def parse_sheet(text: str, path: str | Path = "documents.csv") -> list[dict]:
    """Parse and validate the sheet's text; raise DocumentSheetError naming line and column."""
    import jsonschema

    reader = csv.DictReader(_io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in SHEET_COLUMNS if c not in header]
    if missing:
        raise DocumentSheetError(f"{path}: line 1: missing column(s): {', '.join(missing)}")
    validator = jsonschema.Draft7Validator(schema("documents"))
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise _row_error(path, line, header[-1], "more cells than columns")
        row = {c: (row.get(c) or "").strip() for c in SHEET_COLUMNS}
        for err in validator.iter_errors(row):
            column = err.absolute_path[0] if err.absolute_path else "?"
            value = row.get(column, "")
            raise _row_error(path, line, column, f"invalid value {value!r} ({_explain(column)})")
        if row["doc_id"] in seen:
            raise _row_error(
                path, line, "doc_id",
                f"duplicate doc_id {row['doc_id']!r} (first on line {seen[row['doc_id']]})",
            )
        seen[row["doc_id"]] = line
        rows.append(row)
    return rows


def _explain(column: str) -> str:
    return {
        "doc_id": "letters, digits, '-' and '_' only, no path separators",
        "file": "a path ending in .pdf, .docx, .odt, .txt, .md, .srt, .vtt, .trs or .TextGrid, "
                "relative to the corpus folder, without '..'",
        "year": "a year between 1900 and 2100",
        "kind": "one of " + ", ".join(KINDS),
        "region": "a 2016 region name, 'Région X', 'National' or empty",
        "language": "only 'fr' is supported",
        "title": "must not be empty",
    }.get(column, "see workflow/schemas/documents.schema.yaml")


def load_sheet(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentSheetError(f"{path}: file not found") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentSheetError(
            f"{path}: line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x}); save the sheet as UTF-8"
        ) from None
    return parse_sheet(text, path)


def write_sheet(path: str | Path, rows: list[dict]) -> None:
    from .io import write_csv

    write_csv(path, rows, SHEET_COLUMNS)


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["doc_id"]: r for r in rows}


# ---- adding a document (`corpus add`) ------------------------------------------------------
YEAR_MIN = 1900
TEXT_CHECK_PAGES = 5  # pages read before deciding a PDF may have no text layer at all


def max_year() -> int:
    """Next year: a thesis may be dated ahead; anything later is a typo."""
    import datetime

    return datetime.date.today().year + 1


def new_row(doc_id: str, title: str, authors: str = "", year: str | int = "", kind: str = "",
            venue: str = "", url: str = "", license: str = "", region: str = "",
            place: str = "", language: str = "fr", suffix: str = ".pdf") -> dict:
    """A sheet row for a new document; its PDF goes to ``pdf/<doc_id>.pdf`` in the corpus folder,
    a transcript (``suffix`` .docx, .TextGrid...) to ``transcripts/<doc_id><suffix>``."""
    folder = "pdf" if suffix.lower() == ".pdf" else "transcripts"
    row = {
        "doc_id": doc_id, "file": f"{folder}/{doc_id}{suffix}", "title": title, "authors": authors,
        "year": str(year), "kind": kind, "venue": venue, "url": url, "license": license,
        "language": language, "region": region, "place": place,
    }
    return {k: " ".join(str(v).split()) for k, v in row.items()}  # one line per cell


def check_row(row: dict, existing: list[dict]) -> None:
    """Refuse a new row with one line naming the problem (DocumentSheetError)."""
    from .segment.regions import REGIONS_2016, is_valid_region

    doc_id = row["doc_id"]
    if not SLUG.fullmatch(doc_id):
        raise DocumentSheetError(
            f"doc_id {doc_id!r} is not a safe id: use letters, digits, '-' and '_' only "
            "(no spaces, accents or path separators; at most 64 characters)")
    clash = next((r for r in existing if r["doc_id"].lower() == doc_id.lower()), None)
    if clash:
        raise DocumentSheetError(f"doc_id {doc_id!r} is already in the sheet ({clash['title'][:60]!r})")
    if not row["title"]:
        raise DocumentSheetError("--title must not be empty")
    if row["kind"] not in KINDS:
        raise DocumentSheetError(f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    year = row["year"]
    if not (year.isdigit() and YEAR_MIN <= int(year) <= max_year()):
        raise DocumentSheetError(f"year {year!r} is out of range ({YEAR_MIN}-{max_year()})")
    if not is_valid_region(row["region"]):
        hint = _closest(row["region"], REGIONS_2016)
        raise DocumentSheetError(
            f"region {row['region']!r} is not a 2016 region name"
            + (f" (did you mean {hint!r}?)" if hint else "")
            + "; use e.g. 'Bretagne', 'Région A' for an anonymised region, 'National', or leave it empty")
    if any(r["file"] == row["file"] for r in existing):
        raise DocumentSheetError(f"file {row['file']!r} is already used by another row of the sheet")


def _closest(value: str, names: list[str]) -> str:
    import difflib

    from .clean import fold

    folded = {fold(n): n for n in names}
    match = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else ""


def check_pdf(path: str | Path) -> None:
    """Refuse a file that is not a readable PDF with a text layer (PdfError, one line).

    Cheap: the header, the end-of-file marker, then pdfminer on the first pages; the whole file
    is read only when those pages have no text (a scanned document).
    """
    from .errors import NoTextLayerError, PdfError
    from .extract import check_pdf_file, read_lines

    path = Path(path)
    check_pdf_file(path)
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise PdfError(path.name, "truncated PDF (no %%EOF marker at the end); copy the file again")
    pages = read_lines(path, list(range(TEXT_CHECK_PAGES)))
    if not pages:
        raise PdfError(path.name, "PDF has no pages")
    if any(page.n_chars for page in pages.values()):
        return
    if len(pages) == TEXT_CHECK_PAGES:
        pages = read_lines(path)
        if any(page.n_chars for page in pages.values()):
            return
    raise NoTextLayerError(
        path.name, f"no text layer on any of its {len(pages)} page(s) (a scan?); add it with --ocr")


def check_file(path: str | Path) -> None:
    """A PDF or a transcript (Word, ODT, text, subtitles, Transcriber, Praat), each with its own
    reader's check (one-line InputError)."""
    from . import readers

    if Path(path).suffix.lower() == ".pdf":
        check_pdf(path)
    else:   # a transcript, or a refusal naming the accepted types
        readers.check_file(path)


def _same_file_in_corpus(pdf: Path, rows: list[dict], corpus_dir: Path) -> str:
    """doc_id of a sheet row whose PDF has the same bytes as ``pdf``, or ''."""
    import hashlib

    size = pdf.stat().st_size
    digest = None
    for r in rows:
        other = corpus_dir / r["file"]
        if not other.is_file() or other.stat().st_size != size:
            continue
        if digest is None:
            digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
        if hashlib.sha256(other.read_bytes()).hexdigest() == digest:
            return r["doc_id"]
    return ""


def append_row(sheet_path: str | Path, row: dict) -> None:
    """Append one row, keeping the sheet's existing bytes (encoding, quoting, line ends) as they are."""
    from .io import atomic_open

    sheet_path = Path(sheet_path)
    raw = sheet_path.read_bytes()
    newline = b"\r\n" if b"\r\n" in raw else b"\n"
    buf = _io.StringIO()
    csv.writer(buf, lineterminator="").writerow([row[c] for c in SHEET_COLUMNS])
    if raw and not raw.endswith(b"\n"):
        raw += newline
    with atomic_open(sheet_path, "wb") as fh:
        fh.write(raw + buf.getvalue().encode("utf-8") + newline)


def add_document(pdf: str | Path, sheet_path: str | Path, corpus_dir: str | Path, row: dict,
                 ocr: bool = False) -> dict:
    """Copy ``pdf`` into the corpus folder and append ``row`` to the sheet, or change nothing.

    Every check runs before the first write; the PDF copy and the sheet are each written
    atomically, and the copy is removed if the sheet cannot be written.
    """
    import shutil
    import tempfile

    from .errors import InputError
    from .io import atomic_open

    pdf, sheet_path, corpus_dir = Path(pdf), Path(sheet_path), Path(corpus_dir)
    existing = load_sheet(sheet_path)
    check_row(row, existing)
    dest = corpus_dir / row["file"]
    if dest.exists():
        raise DocumentSheetError(f"{dest}: already exists; choose another --doc-id")
    if not pdf.is_file():
        raise InputError(pdf, "file not found")
    with tempfile.TemporaryDirectory() as tmp:
        source = pdf
        if ocr:
            source = _ocr(pdf, Path(tmp) / pdf.name)
        check_file(source)
        twin = _same_file_in_corpus(source, existing, corpus_dir)
        if twin:
            raise InputError(pdf, f"the same file is already in the corpus as {twin!r}")
        # the complete new sheet must load, so the workflow accepts it
        text = sheet_path.read_bytes().decode("utf-8-sig")
        buf = _io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([row[c] for c in SHEET_COLUMNS])
        parse_sheet(text.rstrip("\r\n") + "\n" + buf.getvalue(), sheet_path)
        with open(source, "rb") as src, atomic_open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
    try:
        append_row(sheet_path, row)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return row


def _ocr(pdf: Path, out: Path) -> Path:
    """An OCRed copy of ``pdf`` (text layer added) via the extraction stage's OCR."""
    from . import extract
    from .errors import ToolMissingError

    ocr_pdf = getattr(extract, "ocr_pdf", None)
    if ocr_pdf is None:
        raise ToolMissingError("--ocr is not available yet (corpus.extract has no ocr_pdf); "
                               "run OCR yourself (e.g. ocrmypdf) and add the resulting PDF")
    result = ocr_pdf(pdf, out)
    return Path(result) if result else out


def document_status(doc_id: str, results_dir: str | Path, table: dict[str, dict]) -> str:
    """One phrase: the document's state after the last run."""
    from .io import read_json

    row = table.get(doc_id)
    if row is not None:
        return row["status"] + (f": {row['error']}" if row.get("error") else "")
    status = Path(results_dir) / "interim" / doc_id / "status.json"
    if status.exists():
        st = read_json(status)
        detail = f": {st['error']}" if st.get("error") else ""
        return f"{st.get('status', '?')}{detail} (tables not rebuilt yet; run make run)"
    return "new: not processed yet (run make run)"
