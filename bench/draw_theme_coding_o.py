"""Draw the passages of the blind theme coding set O (issue #15, session 11): both halves in one script.

Bundled half: set N's draw (bench/draw_theme_coding_n.py, itself M's, L's … C's) with a new seed and
set N added to the exclusions. Only gautier2019 has eligible segments left once A–N are excluded
(the other bundled documents are skipped by the eligibility check, as for M and N).

Unseen half: set N's unseen draw (set H's ``folder_rows``: consecutive paragraphs of the project's
segmentation test documents of issue #14 joined to about 300 characters, cut at a sentence end
before 700, a seeded sample per folder, a text drawn twice kept once) on the folders no earlier set
used: rounds 24 and 25 (written for the project, primary care and health or social care) and every
file of the real rounds 23 and 24 (none is about health care: kept as a small off-topic slice of
real French writing, chosen by folder, never by words). Unseen passages are numbered unseenO001….

    PYTHONPATH=bench python bench/draw_theme_coding_o.py bundled /work/main/results/interim > /tmp/set_o_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_o.py unseen > /tmp/set_o_unseen.csv

Run from the repository root (the unseen half reads ``git show COMMIT:path``). Both print CSV rows
without any code: the coding is done afterwards by reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu
import draw_theme_coding_n as setn

SEED = 20261130_110
UNSEEN_SEED = 20261130_111
QUOTAS = {"gautier2019": 106, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
TAKEN = (*setn.TAKEN, "theme_coding_n.csv")
# main when set O was drawn (session 11's start: rounds 24, 25 and real 23, 24 merged).
MAIN = "9e70b7fd2ffa0f0b185a31e19c7ca8f37db3e317"
REAL23 = {
    "anticor_verbatim_conference.yaml": "CC BY-NC-ND 4.0 (francoise-nicolas/Wiki LICENSE.md; attribution: Françoise Nicolas)",
    "memoire_alternance_devweb.yaml": "MIT (leo29plns/memoire_alternance_2024_2025 LICENSE, © 2024 equanoria)",
    "negatif_cours_ia_responsable.yaml": "MIT (microsoft/ML-For-Beginners LICENSE, © 2021 Jen Looper)",
}
REAL24 = {
    "article_ihm_interviews_latex.yaml": "MIT (exsitu-projects/ilatex LICENSE.md, © 2022 Camille Gobert)",
    "notes_test_utilisateur_budget_montreuil.yaml": "MIT (LICENSE of the source repository, © 2017 Département de la Gironde)",
    "negatif_memoire_meef_indicateurs.yaml": "MIT (LICENSE of the source repository, © 2019 vvvictoire)",
}
# (folder, commit, quota, None: every file "written for the project" / {file: licence}).
FOLDERS = (
    ("segment_unseen24", MAIN, 55, None),
    ("segment_unseen25", MAIN, 55, None),
    ("segment_real23", MAIN, 8, REAL23),
    ("segment_real24", MAIN, 8, REAL24),
)


def draw_bundled(interim: Path) -> list[dict]:
    spans, keys = setg.taken_spans(TAKEN), setc.sample_keys()
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


def draw_unseen() -> list[dict]:
    return lu.numbered_draw("unseenO", UNSEEN_SEED, FOLDERS)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
