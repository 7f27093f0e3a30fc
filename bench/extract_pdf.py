"""Extraction bench: time per page and ordered 6-gram recall on the bundled corpus, plus the
defect counts of issue #17 on the real PDFs of bench/realpdf/ (when present).

    PYTHONPATH=src .venv/bin/python bench/extract_pdf.py [--out bench/extract_pdf.json]

Single worker per document (page_workers=1) so that timings compare across runs. Besides wall
time, CPU time (this process and its workers, from getrusage) is reported: on a shared machine
it moves much less with the load than wall time does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "extract")]

from test_stage import ngrams, ordered_recall, words

from corpus import extract

DOCS = ["aef2021", "fournier2021", "gautier2019", "perelli2022", "sfsp2023"]
# spacing accents written beside their letter (LaTeX OT1 fonts): "m`ere", "R´esum´e"
DECOMPOSED = re.compile(r"[`´^ˆ¨˜¸˚]\s?[A-Za-z]|[A-Za-z][`´ˆ¨˜¸˚]")


def cpu_seconds() -> float:
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def defects(text: str) -> dict:
    return {"decomposed_accents": len(DECOMPOSED.findall(text)),
            "cid_placeholders": len(re.findall(r"\(cid:\d+\)", text))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    report = {"bundled": {}, "real": {}}
    with tempfile.TemporaryDirectory() as tmp:
        total_s, total_cpu, total_pages = 0.0, 0.0, 0
        for doc in DOCS:
            pdf = ROOT / "data" / "corpus" / "pdf" / f"{doc}.pdf"
            best = cpu = None
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), cpu_seconds()
                status = extract.run(pdf, doc, Path(tmp) / doc, page_workers=1)
                dt, dc = time.perf_counter() - t0, cpu_seconds() - c0
                best = dt if best is None else min(best, dt)
                cpu = dc if cpu is None else min(cpu, dc)
            text = (Path(tmp) / doc / "text.txt").read_text(encoding="utf-8")
            ref = (ROOT / "data" / "corpus" / "text" / f"{doc}.txt").read_text(encoding="utf-8")
            recall = ordered_recall(ngrams(words(ref)), ngrams(words(text)))
            report["bundled"][doc] = {"pages": status["n_pages"], "seconds": round(best, 3),
                                      "s_per_page": round(best / status["n_pages"], 4),
                                      "cpu_s_per_page": round(cpu / status["n_pages"], 4),
                                      "recall_6grams": round(recall, 4),
                                      "warnings": status.get("warnings", "")}
            total_s += best
            total_cpu += cpu
            total_pages += status["n_pages"]
        report["bundled_s_per_page"] = round(total_s / total_pages, 4)
        report["bundled_cpu_s_per_page"] = round(total_cpu / total_pages, 4)
        for pdf in sorted((ROOT / "bench" / "realpdf").glob("*.pdf")):
            out = Path(tmp) / pdf.stem
            status = extract.run(pdf, pdf.stem, out, page_workers=1)
            text = (out / "text.txt").read_text(encoding="utf-8")
            row = {"status": status["status"], "error": status.get("error", ""),
                   "warnings": status.get("warnings", "")}
            row.update(defects(text))
            report["real"][pdf.stem] = row
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
