"""Draw the passages of the blind theme coding set Q (issue #15, session 13): both halves in one script.

Bundled half: set P's draw (set G's ``draw_excluding``: set C's seeded draw per document and segment
kind, outside the passages of the earlier sets) with a new seed and set P added to the exclusions.
As for M–P, only gautier2019 has eligible segments left once A–P are excluded (the other bundled
documents are skipped by the eligibility check).

Unseen half: the shared unseen draw (``numbered_draw``: set H's ``folder_rows``, consecutive
paragraphs of the segmentation test documents of issue #14 joined to about 300 characters, cut at a
sentence end before 700) on every passage of the named folders, then a filter dropping every passage
an earlier set holds (its text is in an earlier set's CSV, or its file and paragraph range overlap a
location of an earlier set's sources file), then, per folder, a seeded sample of ``quota`` of what
is left. Folders, in order: all of round 27 (written for the project, no earlier set drew it), the
leftovers of rounds 21–26 (none: set P drew every passage left there; kept so that the check is
run), then a few leftovers of each real round that has some (real French writing found with a
licence; some on health care, most off-topic). Chosen by folder, never by words. Unseen passages
are numbered unseenQ001… after the filter and the sample.

    PYTHONPATH=bench python bench/draw_theme_coding_q.py bundled /work/main/results/interim > /tmp/set_q_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_q.py unseen > /tmp/set_q_unseen.csv

Run from the repository root (the unseen half reads ``git show COMMIT:path``). Both print CSV rows
without any code: the coding is done afterwards by reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu
import draw_theme_coding_p as setp

SEED = 20261201_130
UNSEEN_SEED = 20261201_131
QUOTAS = {"gautier2019": 104, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
TAKEN = (*setp.TAKEN, "theme_coding_p.csv")
EARLIER = "abcdefghijklmnop"  # the sets drawn before Q
# main when set Q was drawn (session 13's start: round 27 merged).
MAIN = "80d4ceace93acf0e850b1b3cd2f64ec121dc0874"
EVERY = setp.EVERY
# (folder, quota of the passages left once the earlier sets' are dropped, licences: None for
# "written for the project", REAL for a real round (the licence an earlier set's sources file gives
# the same file, else the folder's README)).
REAL = "real"
FOLDERS = (
    ("segment_unseen27", EVERY, None),
    *((f"segment_unseen{n}", EVERY, None) for n in range(21, 27)),
    ("segment_real14", 16, REAL),
    ("segment_real22", 14, REAL),
    ("segment_real18", 8, REAL),
    ("segment_real17", 6, REAL),
    ("segment_real12", 4, REAL),
    ("segment_real19", 4, REAL),
    ("segment_real23", 3, REAL),
    ("segment_real24", 3, REAL),
)
CODINGS = setp.CODINGS
LOCATION = re.compile(r"(tests/data/[^#]+)#paragraphs? (\d+)(?:-(\d+))?$")


def earlier_sources(letters: str = EARLIER) -> list[dict]:
    rows: list[dict] = []
    for letter in letters:
        path = CODINGS / f"theme_coding_{letter}_sources.csv"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows.extend(csv.DictReader(handle))
    return rows


def earlier_ranges(sources: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """{file: [(first, last paragraph)]} of every earlier passage taken from a test document of #14."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for row in sources:
        m = LOCATION.match(row.get("location", ""))
        if m:
            ranges.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3) or m.group(2))))
    return ranges


def real_licences(folder: str, sources: list[dict], main: str = MAIN) -> dict[str, str]:
    known = {row["location"].split("#")[0].rsplit("/", 1)[-1]: row["licence"]
             for row in sources if row.get("location", "").startswith(f"tests/data/{folder}/")}
    readme = f"as tests/data/{folder}/README.md gives it (source and licence of each file)"
    return {path.rsplit("/", 1)[-1]: known.get(path.rsplit("/", 1)[-1], readme)
            for path in hu.folder_files(folder, main)}


def is_earlier(row: dict, texts: set[str], ranges: dict[str, list[tuple[int, int]]]) -> bool:
    if row["text"] in texts:
        return True
    path, where = row["location"].split("#")
    first, _, last = where.split(" ", 1)[1].partition("-")
    first, last = int(first), int(last or first)
    return any(first <= e and s <= last for s, e in ranges.get(path, []))


def draw_bundled(interim: Path) -> list[dict]:
    return setg.draw_excluding(interim, SEED, QUOTAS, TAKEN)


def draw_unseen() -> list[dict]:
    sources = earlier_sources()
    texts, ranges = setp.earlier_texts(EARLIER), earlier_ranges(sources)
    rng = random.Random(UNSEEN_SEED)
    rows: list[dict] = []
    for folder, quota, kind in FOLDERS:
        licences = real_licences(folder, sources) if kind == REAL else None
        left = [r for r in lu.numbered_draw("unseenQ", UNSEEN_SEED, ((folder, MAIN, EVERY, licences),))
                if not is_earlier(r, texts, ranges)]
        rows.extend(left[i] for i in sorted(rng.sample(range(len(left)), min(quota, len(left)))))
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenQ{i:03d}", char_start=0, char_end=len(row["text"]))
    return lu.first_of_each_text(rows)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
