"""Reading a 2-hour interview transcript in every format (issue 16: under 2 s each).

    PYTHONPATH=src .venv/bin/python bench/readers.py [--turns 1500] [--repeat 3]

A 2-hour interview is generated from the real turns of gautier2019's annex (interview E30),
repeated to ``--turns`` turns of 4.8 s each (1,500 turns = 2 h), and written as .docx, .odt,
.txt, .srt, .vtt, .trs and .TextGrid (long and short). Each file goes through ``readers.run``
(reading + every interim artefact written), timed on the best of ``--repeat`` runs. Prints one
line per format; not a unit test (timings depend on the machine).

Measured 2026-11-29 on the shared 2-core machine (nice, other jobs running), 1,500 turns,
178,419 characters: docx 0.40 s (11.58 s before the styles were resolved once), odt 0.37 s,
srt 0.26 s, vtt 0.23 s, trs 0.28 s, TextGrid long 0.29 s, short 0.26 s, txt 0.24 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from extract.readers.realtext import (
    real_turns,
    write_docx,
    write_odt,
    write_srt,
    write_textgrid,
    write_trs,
    write_vtt,
)

from corpus.extract import readers

LIMIT_SECONDS = 2.0


def two_hours(n_turns: int) -> list[tuple[str, str, float, float]]:
    base = real_turns()
    step = 7200 / n_turns
    return [(base[i % len(base)][0], base[i % len(base)][1], round(i * step, 3),
             round(i * step + step - 0.2, 3)) for i in range(n_turns)]


def write_all(folder: Path, turns) -> dict[str, Path]:
    lines = [f"{label} : {words}" for label, words, _, _ in turns]
    files = {
        "docx": write_docx(folder / "t.docx", lines, heading="Entretien"),
        "odt": write_odt(folder / "t.odt", lines, heading="Entretien"),
        "srt": write_srt(folder / "t.srt", [(f"{l}: {w}", t0, t1) for l, w, t0, t1 in turns]),
        "vtt": write_vtt(folder / "t.vtt", turns),
        "trs": write_trs(folder / "t.trs", turns, {"Enquêteur": "Enquêteur", "E30": "E30"}),
        "TextGrid long": write_textgrid(folder / "long.TextGrid", turns, "long_textgrid"),
        "TextGrid short": write_textgrid(folder / "short.TextGrid", turns, "short_textgrid"),
    }
    txt = folder / "t.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    files["txt"] = txt
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    turns = two_hours(args.turns)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_all(folder, turns)
        print(f"{args.turns} turns, {sum(len(w) for _, w, _, _ in turns):,} characters, "
              f"best of {args.repeat}")
        for name, path in files.items():
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                status = readers.run(path, "bench", folder / "out")
                best = min(best, time.perf_counter() - start)
            assert status["status"] == "ok", status["error"]
            worst = max(worst, best)
            print(f"{name:15} {path.stat().st_size / 1e6:6.2f} MB  {best:6.2f} s  "
                  f"{status['n_turns']} turns, {status['n_pages']} {status['location_unit']}s")
    print(f"slowest {worst:.2f} s (limit {LIMIT_SECONDS:g} s): {'ok' if worst < LIMIT_SECONDS else 'TOO SLOW'}")
    return 0 if worst < LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
