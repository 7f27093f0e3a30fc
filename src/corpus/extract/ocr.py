"""OCR (opt-in, external tools): a text layer added to a scanned PDF with ocrmypdf + Tesseract."""

from __future__ import annotations

from pathlib import Path

from ..errors import PdfError, ResourceLimitError
from .pdf import check_pdf_file

OCR_HINT = "install them with `make ocr-deps` (apt-get install ocrmypdf tesseract-ocr-fra)"


def ocr_pdf(pdf_path: str | Path, out_path: str | Path | None = None, language: str = "fra",
            timeout_seconds: float = 3600) -> Path:
    """Add a text layer to a scanned PDF with ocrmypdf + Tesseract (French by default).

    Writes ``out_path`` (default: ``<name>.ocr.pdf`` beside the input) and returns it.
    """
    import shutil
    import subprocess

    from ..errors import ToolMissingError

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
