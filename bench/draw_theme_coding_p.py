"""Draw the passages of the blind theme coding set P (issue #15, session 12): both halves in one script.

Bundled half: set O's draw (bench/draw_theme_coding_o.py, itself N's, M's … C's) with a new seed and
set O added to the exclusions. As for M, N and O, only gautier2019 has eligible segments left once A–O
are excluded (the other bundled documents are skipped by the eligibility check).

Unseen half: the shared unseen draw (``numbered_draw``: set H's ``folder_rows``, consecutive paragraphs
of the segmentation test documents of issue #14 joined to about 300 characters, cut at a sentence end
before 700) on every passage no earlier set holds: all of round 26 (written for the project) and of the
real round 26 (three real documents, not about health care), and the passages of rounds 21–25 that sets
M, N and O did not draw (a passage whose text an earlier set's CSV already holds is dropped; chosen by
folder, never by words). Unseen passages are numbered unseenP001… after that filter.

    PYTHONPATH=bench python bench/draw_theme_coding_p.py bundled /work/main/results/interim > /tmp/set_p_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_p.py unseen > /tmp/set_p_unseen.csv

Run from the repository root (the unseen half reads ``git show COMMIT:path``). Both print CSV rows
without any code: the coding is done afterwards by reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu
import draw_theme_coding_o as seto

SEED = 20261201_120
UNSEEN_SEED = 20261201_121
QUOTAS = {"gautier2019": 116, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
TAKEN = (*seto.TAKEN, "theme_coding_o.csv")
# main when set P was drawn (session 12's start).
MAIN = "5555457fe2456741844944f7efe34a962403a747"
REAL26 = {
    "extrait_interview_lyonjug_romain_guy.yaml": "CC BY-NC-SA 4.0 (lyonjug/lyonjug.org LICENSE)",
    "negatif_annonce_lyonjug_scene_ouverte.yaml": "CC BY-NC-SA 4.0 (lyonjug/lyonjug.org LICENSE)",
    "negatif_billet_livre_portraits_open_science.yaml": "CC BY-SA 4.0 (Celyagd/celyagd.github.io site footer)",
}
EVERY = 10_000  # a quota above any folder's pool: every passage of the folder
# (folder, commit, quota, None: every file "written for the project" / {file: licence}).
FOLDERS = (
    ("segment_unseen26", MAIN, EVERY, None),
    ("segment_real26", MAIN, EVERY, REAL26),
    ("segment_unseen21", MAIN, EVERY, None),
    ("segment_unseen22", MAIN, EVERY, None),
    ("segment_unseen23", MAIN, EVERY, None),
    ("segment_unseen24", MAIN, EVERY, None),
    ("segment_unseen25", MAIN, EVERY, None),
)
CODINGS = Path(__file__).resolve().parents[1] / "tests" / "data"


def earlier_texts(letters: str = "abcdefghijklmno") -> set[str]:
    """The texts of every earlier blind set's passages (A–O for P; set Q passes A–P): a passage
    drawn again is dropped."""
    texts: set[str] = set()
    for path in sorted(p for p in (CODINGS / f"theme_coding_{x}.csv" for x in letters) if p.exists()):
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        texts.update(row["text"] for row in csv.DictReader(lines))
    return texts


def draw_bundled(interim: Path) -> list[dict]:
    spans, keys = setg.taken_spans(TAKEN), setc.sample_keys()
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


def draw_unseen() -> list[dict]:
    taken = earlier_texts()
    rows = [row for row in lu.numbered_draw("unseenP", UNSEEN_SEED, FOLDERS) if row["text"] not in taken]
    for i, row in enumerate(rows, 1):
        row["doc_id"] = f"unseenP{i:03d}"
    return rows


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
