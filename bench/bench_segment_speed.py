"""Wall time of `corpus segment` and `corpus inspect` on the largest bundled document (issue #14:
"segmentation stays a few seconds for the 464-page thesis; `corpus inspect` of it under 10 s").

Each command runs in a fresh process, as a user or the workflow runs it (imports, language data
and gazetteer included), on a copy of the document's interim folder (extraction already done: no
PDF reading). The floor it is compared with is the bare Python cost of reading the same inputs
(text.txt, pages/structure/styles.csv) and splitting the text into lines, in a fresh process too.
The best of ``--repeat`` runs is kept (the machine is shared: the minimum is the least noisy).
A CPU calibration (a fixed pure-Python and regex workload, in a fresh process) is timed beside
them: the same code measured on two machines, or on one machine on two days, differs by the
machine's speed, which the ratio to the calibration takes out.

    .venv/bin/python bench/bench_segment_speed.py [--doc gautier2019] [--repeat 3] [--src OTHER/src --src src]
                                                  [--json out.json]

Run on demand, not part of `make test`. Results: bench/SEGMENT_SPEED.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INTERIM = ROOT / "results" / "interim"

FLOOR = """
import csv, sys
from pathlib import Path
d = Path(sys.argv[1])
text = (d / "text.txt").read_text(encoding="utf-8")
lines = text.split("\\n")
for name in ("pages", "structure", "styles"):
    p = d / f"{name}.csv"
    if p.exists():
        with open(p, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
print(len(lines))
"""

# a fixed CPU workload of the kind segmentation is made of (regex scans over lines, small dicts)
CALIBRATION = """
import re, time
start = time.process_time()
line = re.compile(r"^(?P<label>[A-ZÉ][\\w.]{0,12}\\d{0,2})\\s*:\\s+(?P<rest>.+)$")
words = {}
text = "\\n".join(f"MG{i % 17} : une ligne de transcription numéro {i} avec des mots" for i in range(200_000))
for _ in range(3):
    for ln in text.split("\\n"):
        m = line.match(ln)
        if m:
            words[m.group("label")] = words.get(m.group("label"), 0) + len(m.group("rest"))
print(round(time.process_time() - start, 3))
"""


def largest_document(interim: Path) -> str:
    docs = [d for d in interim.iterdir() if (d / "text.txt").exists()]
    if not docs:
        raise SystemExit(f"{interim}: no extracted document (run `make run` first)")
    return max(docs, key=lambda d: (d / "text.txt").stat().st_size).name


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--doc", help="a doc_id of results/interim (default: the largest text)")
    ap.add_argument("--interim", default=str(INTERIM))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--src", action="append",
                    help="the package(s) to time, interleaved run by run (default: this checkout's src/; "
                         "give another checkout's src/ too for a before/after on the same load)")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--bytecode", action="store_true",
                    help="let Python cache the modules' bytecode (in a temporary folder, filled by one untimed "
                         "run per package), as an installation does: an environment with "
                         "PYTHONDONTWRITEBYTECODE set compiles every module in every process")
    args = ap.parse_args()
    interim = Path(args.interim)
    doc = args.doc or largest_document(interim)
    srcs = args.src or [str(ROOT / "src")]
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results"
        folder = results / "interim" / doc
        shutil.copytree(interim / doc, folder, ignore=shutil.ignore_patterns("segments.jsonl*"))
        n_chars = len((folder / "text.txt").read_text(encoding="utf-8"))
        pages = json.loads((folder / "status.json").read_text(encoding="utf-8")).get("n_pages", 0)
        segment = [py, "-m", "corpus.cli", "segment", str(folder), "--doc-id", doc, "--sheet", "config/documents.csv",
                   "--gazetteer", "config/gazetteer.csv", "--speakers", "config/speakers.csv",
                   "--conventions", "config/conventions.yaml"]
        inspect = [py, "-m", "corpus.cli", "inspect", doc, "--results", str(results), "--config", "config/config.yaml"]
        floor = [py, "-c", FLOOR, str(folder)]
        calibration = [py, "-c", CALIBRATION]
        runs: dict[str, dict[str, list[float]]] = {src: {"floor": [], "calibration": [], "segment": [], "inspect": []}
                                                   for src in srcs}

        def environment(k: int, src: str) -> dict:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
            if args.bytecode:
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / f"pycache{k}")
            return env

        if args.bytecode:
            for k, src in enumerate(srcs):  # the bytecode written once, untimed
                for cmd in (segment, inspect):
                    subprocess.run(cmd, cwd=ROOT, env=environment(k, src), check=True, stdout=subprocess.DEVNULL)
        for _ in range(max(1, args.repeat)):  # interleaved: the same load for every command and package
            for k, src in enumerate(srcs):
                env = environment(k, src)
                runs[src]["floor"].append(timed(floor, env))
                runs[src]["calibration"].append(timed(calibration, env))
                runs[src]["segment"].append(timed(segment, env))
                runs[src]["inspect"].append(timed(inspect, env))
    out = {"doc_id": doc, "pages": pages, "chars": n_chars, "repeat": args.repeat, "bytecode_cached": args.bytecode,
           "load_average": [round(x, 1) for x in os.getloadavg()], "packages": {}}
    print(f"{doc}: {pages} pages, {n_chars} characters (best of {args.repeat}, load {out['load_average']})")
    for src in srcs:
        best = {k: min(v) for k, v in runs[src].items()}
        out["packages"][src] = {"seconds": {k: round(v, 2) for k, v in best.items()},
                                "runs": {k: [round(x, 2) for x in v] for k, v in runs[src].items()},
                                "segment_over_floor": round(best["segment"] / best["floor"], 1),
                                "inspect_over_floor": round(best["inspect"] / best["floor"], 1),
                                "segment_over_calibration": round(best["segment"] / best["calibration"], 2),
                                "inspect_over_calibration": round(best["inspect"] / best["calibration"], 2)}
        print(f"{src}")
        print(f"  reading the inputs (floor) {best['floor']:6.2f} s")
        print(f"  CPU calibration            {best['calibration']:6.2f} s  (segment {out['packages'][src]['segment_over_calibration']}x, "
              f"inspect {out['packages'][src]['inspect_over_calibration']}x the calibration)")
        print(f"  corpus segment             {best['segment']:6.2f} s  ({out['packages'][src]['segment_over_floor']}x the floor)")
        print(f"  corpus inspect             {best['inspect']:6.2f} s  ({out['packages'][src]['inspect_over_floor']}x the floor)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
