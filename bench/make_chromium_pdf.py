"""Typeset tests/fixtures/realpdf/chromium_article.pdf: a French article in two justified
columns with a drop cap, printed to PDF by headless Chromium (its own header and footer: date,
title, file URL, page "n/N"). Words of 9+ letters carry soft hyphens at syllable boundaries so
that the renderer cuts some at line ends, beside compounds that break at their own hyphen.
The text is the project's own, in chromium_article.txt beside the PDF (three times over). Needs chromium; run once:

    .venv/bin/python bench/make_chromium_pdf.py
    .venv/bin/python bench/make_chromium_pdf.py --columns 3 --out /tmp/three_columns.pdf

The second form sets the same text in three columns, without drop cap or browser header and
footer (issue #17 round 3: bench/EXTRACT_PDF.md measures its reading order; not a fixture).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "realpdf" / "chromium_article.pdf"

TEXT = (ROOT / "tests" / "fixtures" / "realpdf" / "chromium_article.txt").read_text(encoding="utf-8")

VOWELS = "aeiouyàâäéèêëîïôöùûüœ"


def soft_hyphens(word: str) -> str:
    """Soft hyphens before each consonant that follows a vowel and precedes a vowel
    (co-or-di-na-tion), at least 3 letters from each end."""
    if len(word) < 9 or not word.isalpha():
        return html.escape(word)
    out = word[0]
    for k in range(1, len(word)):
        if (3 <= k <= len(word) - 3 and word[k - 1].lower() in VOWELS
                and word[k].lower() not in VOWELS and k + 1 < len(word)
                and word[k + 1].lower() in VOWELS):
            out += "&shy;"
        out += word[k]
    return out


def to_html(text: str, columns: int = 2) -> str:
    paras = []
    for para in text.strip().splitlines():
        paras.append("<p>" + re.sub(r"[^\W\d_]+|[^\w]+|\d+",
                                     lambda m: soft_hyphens(m.group(0)), para) + "</p>")
    return ("<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            "<title>CPTS : la coordination en pratique</title><style>"
            "body{font-family:serif;font-size:11pt;margin:0 2em}"
            f".cols{{column-count:{columns};column-gap:1.4em;text-align:justify}}"
            "p{margin:0 0 .6em 0}"
            + (".cols p:first-child::first-letter{float:left;font-size:3.2em;line-height:.9;"
               "padding-right:.08em}" if columns == 2 else "") +
            "</style></head><body><h1>La coordination en pratique</h1><div class='cols'>"
            + "\n".join(paras * 3) + "</div></body></html>")


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--columns", type=int, default=2)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    out = Path(args.out)
    furniture = [] if args.columns == 2 else ["--no-pdf-header-footer"]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(to_html(TEXT, args.columns), encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", *furniture,
                        f"--print-to-pdf={out}", str(page)], check=True,
                       capture_output=True, timeout=120)
    print(f"{out}: {out.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
