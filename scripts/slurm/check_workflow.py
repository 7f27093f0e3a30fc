"""Run the workflow on a fixture corpus locally and through SLURM; the tables must be equal.

Used by `make test-slurm` (scripts/slurm/test.sh starts the cluster first). Both runs happen in
temporary copies of the project, so results/ and .snakemake/ of the repository are untouched.
Exit status 0 when every table is byte-identical, 1 otherwise.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / ".venv" / "bin"
FIXTURE_DOCS = ("aef2021", "sfsp2023")  # the two smallest documents: a press piece, a talk
PROFILE = REPO / "workflow" / "profiles" / "slurm"
# A one-node test cluster: its partition is `debug` and root's account is `root`.
CLUSTER_RESOURCES = ["slurm_account=root", "slurm_partition=debug", "mem_mb=1000", "runtime=15"]
TIMEOUT_S = 1800


def make_project(dest: Path) -> list[str]:
    dest.mkdir(parents=True)
    shutil.copy2(REPO / "Snakefile", dest / "Snakefile")
    shutil.copytree(REPO / "workflow", dest / "workflow", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "config", dest / "config")
    # Two short documents are too small for the corpus-sized topic grid (as in test_workflow.py).
    cfg = (dest / "config" / "config.yaml").read_text(encoding="utf-8")
    cfg = re.sub(r"k_grid: \[[^\]]*\]", "k_grid: [2, 3]", cfg)
    cfg = re.sub(r"min_df: \d+", "min_df: 1", cfg)
    (dest / "config" / "config.yaml").write_text(cfg, encoding="utf-8")
    with open(REPO / "config" / "documents.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = [r for r in reader if r["doc_id"] in FIXTURE_DOCS]
        fields = reader.fieldnames
    with open(dest / "fixture_documents.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return [f"documents={dest / 'fixture_documents.csv'}", f"corpus_dir={REPO / 'data' / 'corpus'}",
            f"results={dest / 'results'}"]


def run(cmd: list[str], cwd: Path, label: str) -> float:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    print(f">> {label}: {' '.join(cmd)}", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    elapsed = time.perf_counter() - t0
    (cwd / f"{label}.log").write_text(proc.stdout)
    if proc.returncode != 0:
        print(proc.stdout[-4000:])
        raise SystemExit(f"Error: {label} run failed (exit {proc.returncode}); log: {cwd / (label + '.log')}")
    print(f">> {label}: done in {elapsed:.0f} s", flush=True)
    return elapsed


def compare_tables(a: Path, b: Path) -> list[str]:
    names_a = sorted(p.name for p in a.glob("*.csv"))
    names_b = sorted(p.name for p in b.glob("*.csv"))
    problems = [f"only in one run: {n}" for n in sorted(set(names_a) ^ set(names_b))]
    if not names_a:
        problems.append(f"{a}: no tables")
    for name in sorted(set(names_a) & set(names_b)):
        if (a / name).read_bytes() != (b / name).read_bytes():
            problems.append(f"{name}: differs between the local and the SLURM run")
    return problems


def main() -> int:
    if subprocess.run(["sinfo", "-h"], capture_output=True).returncode != 0:
        print("Error: no SLURM cluster answers (sinfo); start one with scripts/slurm/start.sh", file=sys.stderr)
        return 1
    keep = os.environ.get("KEEP_TMP") == "1"
    tmp = Path(tempfile.mkdtemp(prefix="corpus-slurm-test-"))
    try:
        local = make_project(tmp / "local")
        t_local = run([str(BIN / "snakemake"), "--cores", "2", "--config", *local], tmp / "local", "local")
        slurm = make_project(tmp / "slurm")
        # Snakemake ignores SIGTERM while it waits for SLURM jobs: `timeout -k` ends it for sure.
        t_slurm = run(["timeout", "-k", "60", str(TIMEOUT_S), str(BIN / "snakemake"),
                       "--profile", str(PROFILE), "--default-resources", *CLUSTER_RESOURCES,
                       "--slurm-init-seconds-before-status-checks", "1", "--config", *slurm],
                      tmp / "slurm", "slurm")
        problems = compare_tables(tmp / "local" / "results" / "tables", tmp / "slurm" / "results" / "tables")
        n_tables = len(list((tmp / "local" / "results" / "tables").glob("*.csv")))
        if problems:
            print("FAILED:\n  " + "\n  ".join(problems))
            return 1
        print(f"OK: {n_tables} tables identical; local {t_local:.0f} s, SLURM {t_slurm:.0f} s "
              f"({', '.join(FIXTURE_DOCS)})")
        return 0
    finally:
        if keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
