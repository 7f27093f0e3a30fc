"""The document sheet (config/documents.csv): load, validate, add."""

from __future__ import annotations

import csv
import io as _io
import re
from pathlib import Path

from .config import schema
from .errors import DocumentSheetError
from .io import semicolon_refusal

SHEET_COLUMNS = [
    "doc_id", "file", "title", "authors", "year", "kind", "venue", "url", "license",
    "language", "region", "place",
]
KINDS = ["these", "memoire", "article", "presse", "communication", "rapport", "entretien"]
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def id_key(doc_id: str) -> str:
    """What makes two ids the same document: case and '-'/'_' do not count (a case-insensitive
    file system would give 'Dupont2024' and 'dupont2024' one folder; IRaMuTeQ reads '-' as '_')."""
    return doc_id.casefold().replace("-", "_")


def bad_character(value: str) -> str:
    """A description of the first character no cell may hold (control characters, surrogates,
    private-use and non-characters such as U+FFFF: they break XML exports), or ''."""
    import unicodedata

    for i, ch in enumerate(value):
        code = ord(ch)
        if ch in "\t\n\r":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co") or 0xFDD0 <= code <= 0xFDEF \
                or (code & 0xFFFE) == 0xFFFE:
            return f"character U+{code:04X} at position {i + 1} (a control or non-character)"
    return ""


def _row_error(path, line: int, column: str, message: str) -> DocumentSheetError:
    return DocumentSheetError(f"{path}: line {line}, column '{column}': {message}")


def parse_sheet(text: str, path: str | Path = "documents.csv") -> list[dict]:
    """Parse and validate the sheet's text; raise DocumentSheetError naming line and column."""
    import jsonschema

    reader = csv.DictReader(_io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in SHEET_COLUMNS if c not in header]
    if missing and semicolon_refusal(text, path):
        raise DocumentSheetError(semicolon_refusal(text, path))
    if missing:
        raise DocumentSheetError(f"{path}: line 1: missing column(s): {', '.join(missing)}")
    validator = jsonschema.Draft7Validator(schema("documents"))
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise _row_error(path, line, header[-1], "more cells than columns")
        row = {c: (row.get(c) or "").strip() for c in SHEET_COLUMNS}
        for column in SHEET_COLUMNS:
            bad = bad_character(row[column])
            if bad:
                raise _row_error(path, line, column, f"{bad}; remove it")
        for err in validator.iter_errors(row):
            column = err.absolute_path[0] if err.absolute_path else "?"
            value = row.get(column, "")
            raise _row_error(path, line, column, f"invalid value {value!r} ({_explain(column)})")
        key = id_key(row["doc_id"])
        if key in seen:
            first_line, first_id = seen[key]
            same = "" if first_id == row["doc_id"] else \
                f", the same id as {first_id!r} (case and '-'/'_' do not make ids different)"
            raise _row_error(path, line, "doc_id", f"duplicate doc_id {row['doc_id']!r}{same} "
                                                   f"(first on line {first_line})")
        seen[key] = (line, row["doc_id"])
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
    }.get(column, "see src/corpus/schemas/documents.schema.yaml")


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

    with sheet_lock(path):
        write_csv(path, rows, SHEET_COLUMNS, safe=False)  # the researcher's input, kept as typed


def lock_path(sheet_path: str | Path) -> Path:
    sheet_path = Path(sheet_path)
    return sheet_path.with_name(f".{sheet_path.name}.lock")


class sheet_lock:
    """Exclusive lock on the sheet (flock on ``.<sheet>.lock`` beside it) for a read-check-write:
    two `corpus add` at once must not both read the old sheet and each write it back with only
    their own row. The kernel releases the lock when the process dies: never a stale lock."""

    def __init__(self, sheet_path: str | Path, timeout: float = 120):
        self.path, self.timeout, self.fh = lock_path(sheet_path), timeout, None

    def __enter__(self):
        import fcntl
        import time

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+")
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() > deadline:
                    self.fh.close()
                    raise DocumentSheetError(
                        f"{self.path}: the sheet stayed locked by another `corpus add` for "
                        f"{self.timeout:g} s; try again") from None
                time.sleep(0.05)

    def __exit__(self, *exc):
        import fcntl

        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()
        return False


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
    for column in SHEET_COLUMNS:
        bad = bad_character(row.get(column, ""))
        if bad:
            raise DocumentSheetError(f"--{column}: {bad}; remove it")
    clash = next((r for r in existing if id_key(r["doc_id"]) == id_key(doc_id)), None)
    if clash:
        same = "" if clash["doc_id"] == doc_id else \
            f" as {clash['doc_id']!r} (ids differing only by case or '-'/'_' are the same)"
        raise DocumentSheetError(
            f"doc_id {doc_id!r} is already in the sheet{same} ({clash['title'][:60]!r})")
    if not row["title"]:
        raise DocumentSheetError("--title must not be empty")
    if row["kind"] not in KINDS:
        raise DocumentSheetError(f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    year = row["year"]
    if not (year.isascii() and year.isdigit()):
        raise DocumentSheetError(f"year {year!r} is not a year: write it in four digits, e.g. 2024")
    if not YEAR_MIN <= int(year) <= max_year():
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

    from .text import fold

    folded = {fold(n): n for n in names}
    match = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else ""


def read_lines_bounded(path: Path, pages: list[int] | None, timeout_seconds: float,
                       memory_mb: int):
    """extract.pdf.read_lines in a worker process under the workflow's time and memory bounds
    (config extract.timeout_seconds / memory_mb): a pathological PDF is refused with one line,
    never a 1.5 GB `corpus add` or a raw MemoryError."""
    import multiprocessing

    import pdfminer.high_level  # noqa: F401  (loaded before forking, as extract.workers.read_pdf does)

    from .errors import PdfError, ResourceLimitError
    from .extract import workers

    pool = multiprocessing.get_context("fork").Pool(
        1, initializer=workers._limit_memory, initargs=(memory_mb,))
    try:
        pending = pool.apply_async(workers._worker, (("read", str(path), pages),))
        try:
            state, value = pending.get(timeout=timeout_seconds)
        except multiprocessing.TimeoutError:
            raise ResourceLimitError(path.name, f"reading exceeded the time limit of "
                                     f"{timeout_seconds:g} s (extract.timeout_seconds)") from None
    finally:
        pool.terminate()
        pool.join()
    if state == "memory":
        raise ResourceLimitError(path.name, f"reading exceeded the memory limit of {memory_mb} MB "
                                            "(extract.memory_mb)")
    if state == "error":
        raise PdfError(path.name, value)
    return value


def check_pdf(path: str | Path, timeout_seconds: float | None = None, memory_mb: int = 2000) -> None:
    """Refuse a file that is not a readable PDF with a text layer (PdfError, one line).

    Cheap: the header, the end-of-file marker, then pdfminer on the first pages; the whole file
    is read only when those pages have no text (a scanned document). With ``timeout_seconds``,
    pdfminer runs in a worker under that time bound and ``memory_mb``.
    """
    from .errors import NoTextLayerError, PdfError
    from .extract.pdf import check_pdf_file, read_lines

    if timeout_seconds is not None:
        def read_lines(p, pages=None):  # the bounded reader, same contract
            return read_lines_bounded(Path(p), pages, timeout_seconds, memory_mb)

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


def check_file(path: str | Path, timeout_seconds: float | None = None, memory_mb: int = 2000) -> None:
    """A PDF or a transcript (Word, ODT, text, subtitles, Transcriber, Praat), each with its own
    reader's check (one-line InputError); a PDF is read under the given bounds."""
    from .extract import readers

    if Path(path).suffix.lower() == ".pdf":
        check_pdf(path, timeout_seconds, memory_mb)
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
                 ocr: bool = False, timeout_seconds: float = 900, memory_mb: int = 2000) -> dict:
    """Copy ``pdf`` into the corpus folder and append ``row`` to the sheet, or change nothing.

    Every check runs before the first write; the PDF copy and the sheet are each written
    atomically, and the copy is removed if the sheet cannot be written. The sheet is re-read,
    re-checked and written under :class:`sheet_lock`, so concurrent adds all land. The PDF is
    read under the workflow's time and memory bounds.
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
    with tempfile.TemporaryDirectory(prefix="corpus-add-") as tmp:
        source = pdf
        if ocr:
            source = _ocr(pdf, Path(tmp) / pdf.name)
        check_file(source, timeout_seconds, memory_mb)
        with sheet_lock(sheet_path):
            # again under the lock: another add may have taken the id or the file meanwhile
            existing = load_sheet(sheet_path)
            check_row(row, existing)
            if dest.exists():
                raise DocumentSheetError(f"{dest}: already exists; choose another --doc-id")
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
    from .errors import ToolMissingError
    from .extract import ocr

    ocr_pdf = getattr(ocr, "ocr_pdf", None)
    if ocr_pdf is None:
        raise ToolMissingError("--ocr is not available yet (corpus.extract.ocr has no ocr_pdf); "
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
