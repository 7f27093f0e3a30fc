"""Benchmark of the report at corpus scale: sizes of the pages and their load time in headless
Chromium, on the bench corpus replicated (3 short documents x 20 = 60 documents by default).

    PYTHONPATH=src .venv/bin/python bench/report.py [--copies 20] [--work DIR]

1. source: the three documents of the scaling corpus (aef2021, fournier2021, sfsp2023) through
   extract, segment, nlp, themes, tables and topics (a small grid), once, in WORK/source;
2. replica: their interim folders copied COPIES times under new doc_ids (`<id>-r02`, as
   bench/run.py names them, segment ids renamed too), the corpus tables rebuilt by the tables
   stage over all of them (so group and confounding tables are real), the topic tables
   copied (per-document prevalence replicated; fitting topics is not what is measured here);
3. the report built (index, verbatims page, one page per document), twice, compared byte for byte;
4. each page opened in headless Chromium; the page's own navigation timing (loadEventEnd, ms
   from the start of navigation) is read back; the browser's start-up is not counted.

Prints one JSON summary and writes it to bench/out/report.json. Not part of the test suite.

Measured 2026-11-29 (2 shared cores): 60 documents, 1,620 verbatims: index 0.68 MB (2 MB bar),
verbatims page 0.72 MB, largest document page 0.17 MB, rebuild byte-identical, load 50-570 ms
per page (under 1 s; the spread is the shared machine). 102 documents: index 0.75 MB, verbatims
page 1.2 MB. Alone, the 464-page thesis gautier2019 gives a 4.6 MB document page (1,834 verbatims
and its excerpted audit view) that loads in 0.4-0.45 s.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from corpus import io as cio
from corpus.config import load_config
from corpus.documents import by_id, load_sheet
from corpus.themes import load_themes

DOCS = ["aef2021", "fournier2021", "sfsp2023"]
CONFIG = REPO / "config" / "config.yaml"
THEMES = REPO / "config" / "themes.yaml"
OUT = REPO / "bench" / "out"
INDEX_MAX_BYTES = 2_000_000
LOAD_MAX_MS = 1000
TIMING_SCRIPT = """<script>window.addEventListener('load', function () { setTimeout(function () {
  var n = performance.getEntriesByType('navigation')[0];
  var pre = document.createElement('pre'); pre.id = 'bench-timing';
  pre.textContent = JSON.stringify({load: n.loadEventEnd, dom: n.domContentLoadedEventEnd,
    nodes: document.getElementsByTagName('*').length});
  document.body.appendChild(pre); }, 0); });</script>"""


def prepare_source(work: Path) -> Path:
    from corpus import extract, nlp, segment, tables, themes, topics

    root = work / "source"
    if (root / "tables" / "topic_models.csv").exists():
        return root
    sheet = by_id(load_sheet(REPO / "config" / "documents.csv"))
    for d in DOCS:
        out = root / "interim" / d
        extract.run(REPO / "data" / "corpus" / sheet[d]["file"], d, out)
        segment.run(out, sheet[d], REPO / "config" / "gazetteer.csv")
        nlp.run(out, n_process=1)
        themes.run(out, d, THEMES)
    tables.build_tables([sheet[d] for d in DOCS], root / "interim", root / "tables", list(load_themes(THEMES)))
    config = load_config(CONFIG)
    topics.run(root / "interim", root / "tables", {**config["topics"], "k_grid": [4, 6], "seeds": [1]},
               int(config["seed"]))
    return root


def renamed(value: str, old: str, new: str) -> str:
    return new + value[len(old):] if value.startswith(old) else value


def copy_interim(src: Path, dest: Path, old: str, new: str) -> None:
    """A document's interim folder under a new doc_id (ids inside the files renamed)."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        if f.suffix == ".jsonl":
            rows = [{**r, "doc_id": new, "segment_id": renamed(r["segment_id"], old, new)} for r in cio.read_jsonl(f)]
            cio.write_jsonl(dest / f.name, rows)
        elif f.name in ("tokens.csv", "theme_hits.csv"):
            rows = cio.read_csv(f)
            for r in rows:
                r["segment_id"] = renamed(r["segment_id"], old, new)
                if "doc_id" in r:
                    r["doc_id"] = new
            with open(f, encoding="utf-8", newline="") as fh:
                cols = next(csv.reader(fh))
            cio.write_csv(dest / f.name, rows, cols)
        elif f.is_file():
            shutil.copy2(f, dest / f.name)


def replicate(source: Path, dest: Path, copies: int) -> tuple[Path, list[dict]]:
    from corpus import tables

    sheet = by_id(load_sheet(REPO / "config" / "documents.csv"))
    rows = []
    for i in range(1, copies + 1):
        for d in DOCS:
            new = d if i == 1 else f"{d}-r{i:02d}"
            copy_interim(source / "interim" / d, dest / "interim" / new, d, new)
            rows.append({**sheet[d], "doc_id": new})
    sheet_path = dest / "documents.csv"
    cio.write_csv(sheet_path, rows, list(rows[0]))
    tables.build_tables(rows, dest / "interim", dest / "tables", list(load_themes(THEMES)))
    # the topics stage picks n_representatives segments per topic over the whole corpus: the
    # source's stay as they are; prevalence per document grows with the documents
    for name in ("topics", "topic_models", "topic_representatives", "topic_prevalence_by_region",
                 "topic_prevalence_by_role"):
        shutil.copy2(source / "tables" / f"{name}.csv", dest / "tables" / f"{name}.csv")
    for name in ("topic_prevalence_by_document",):
        src_rows = cio.read_csv(source / "tables" / f"{name}.csv")
        with open(source / "tables" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            cols = next(csv.reader(fh))
        out = []
        for i in range(1, copies + 1):
            for r in src_rows:
                new = r["doc_id"] if i == 1 else f"{r['doc_id']}-r{i:02d}"
                out.append({**r, "doc_id": new, **({"segment_id": renamed(r["segment_id"], r["doc_id"], new)}
                                                   if "segment_id" in r else {})})
        cio.write_csv(dest / "tables" / f"{name}.csv", out, cols)
    return sheet_path, rows


def build(dest: Path, sheet_path: Path, out: Path) -> float:
    from corpus import report

    config = {**load_config(CONFIG), "documents": str(sheet_path), "corpus_dir": str(REPO / "data" / "corpus")}
    start = time.perf_counter()
    report.build_report(dest / "tables", out / "index.html", config, dest / "interim", load_themes(THEMES))
    return time.perf_counter() - start


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium is not installed (make browser)")


def load_ms(page: Path, profile: Path) -> dict:
    """Open a copy of the page (same folder) with a timing probe; its navigation timing."""
    probe = page.with_name(f"_bench_{page.name}")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", TIMING_SCRIPT + "</body>"), encoding="utf-8")
    try:
        result = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}", "--window-size=1280,900",
             "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    finally:
        probe.unlink()
    m = re.search(r'<pre id="bench-timing">(.*?)</pre>', result.stdout)
    if not m:
        raise SystemExit(f"no timing from {page}: {result.stderr[-500:]}")
    return json.loads(m.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--work", type=Path, default=None, help="keep the work here (default: a temp folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="corpus-report-bench-"))
    source = prepare_source(work)
    dest = work / f"x{args.copies}"
    shutil.rmtree(dest, ignore_errors=True)
    sheet_path, rows = replicate(source, dest, args.copies)
    seconds = build(dest, sheet_path, dest / "report")
    build(dest, sheet_path, dest / "again")
    pages = sorted(p.relative_to(dest / "report") for p in (dest / "report").rglob("*.html"))
    identical = all(filecmp.cmp(dest / "report" / p, dest / "again" / p, shallow=False) for p in pages)
    sizes = {str(p): (dest / "report" / p).stat().st_size for p in pages}
    # timed: the index, the verbatims page and the page of each source document (copies are alike)
    timed = ["index.html", "verbatims.html"] + [f"documents/{d}.html" for d in DOCS]
    timings = {p: load_ms(dest / "report" / p, work / "profile") for p in timed}
    summary = {
        "documents": len(rows), "verbatims": len(cio.read_csv(dest / "tables" / "verbatims.csv")),
        "build_seconds": round(seconds, 2), "identical_rebuild": identical,
        "index_bytes": sizes["index.html"], "verbatims_page_bytes": sizes["verbatims.html"],
        "largest_document_page_bytes": max(v for k, v in sizes.items() if k.startswith("documents/")),
        "total_bytes": sum(sizes.values()), "pages": len(pages),
        "load_ms": {p: round(t["load"]) for p, t in timings.items()},
        "dom_nodes": {p: t["nodes"] for p, t in timings.items()},
    }
    summary["ok"] = (identical and summary["index_bytes"] <= INDEX_MAX_BYTES
                     and max(summary["load_ms"].values()) < LOAD_MAX_MS)
    OUT.mkdir(parents=True, exist_ok=True)
    cio.write_json(OUT / "report.json", summary)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
