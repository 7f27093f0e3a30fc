"""Draw the passages of set K that come from outside the bundled corpus (issue #15, session 8).

Set J's unseen draw (bench/draw_theme_coding_j_unseen.py, itself set H's: paragraphs of the
project's own segmentation test documents of issue #14, YAML files of ``pages`` → ``[style,
text]``) on folders no earlier set used (checked against every theme_coding_*_sources.csv): round
19 written for the project (theses, memoirs, articles, reports, press, focus groups, podcasts and
their "negatif" documents, on primary care), the real round 19 (ESLO and CFPP2000 research
interviews, a 1901 press conversation, a Programming Historian lesson and an 1893 tale: NOT about
health care, its README says) and the older written rounds 5, 6 and 7 that sets H–J skipped. Every
file of each folder is used: files are never chosen by their words.

Passages as set H's ``passages`` (consecutive paragraphs joined to about 300 characters, cut at a
sentence end before 700, a short bold heading closes a passage and is not kept); drawn with a
fixed seed and a quota per folder (at most 50), then numbered unseenK001… Prints CSV rows
(doc_id, char_start, char_end, repository, commit, licence, location, text); the coding is done
afterwards by reading, against docs/CODEBOOK.md only.

    PYTHONPATH=bench python bench/draw_theme_coding_k_unseen.py > /tmp/set_k_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import random

import draw_theme_coding_h_unseen as hu

SEED = 20261130_08
# The commits that hold each folder as it was when set K was drawn (git log -1 -- folder).
ROUND19 = "3ccd9205ab5fb575794aeab0327044c1ceaa7149"
REAL19 = "1076e8d2a694918ce7a93c8f35d4bc9bf084f3ed"
ROUND7 = "17d0b40c0b485bfc0036a6fe45279d150c15a1e9"
ROUND6 = "59fac5c7d6aa6a1b4a52c88bfe824c9f3f951cdf"
ROUND5 = "925e1de170647c560b5310e2136cb999c9b61f02"
ESLO = "CC BY-NC-SA 4.0 (ESLO, LLL UMR 7270, Université d'Orléans / CNRS)"
WIKISOURCE = "public domain; Wikisource transcription CC BY-SA"
# Licences as tests/data/segment_real19/README.md gives them.
LICENCES_REAL19 = {
    "eslo_entretien_orleanaise.yaml": ESLO,
    "eslo_interview_cite_scolaire.yaml": ESLO,
    "eslo_interview_groupe_impots.yaml": ESLO,
    "cfpp_entretien_peintre.yaml": "CC BY-NC-SA 3.0 France (CFPP2000, Université Sorbonne Nouvelle - Paris 3)",
    "presse_conversation_deschanel.yaml": WIKISOURCE,
    "negatif_lecon_donnees_recherche.yaml": "CC BY 4.0 (Programming Historian)",
    "negatif_conte_allais.yaml": WIKISOURCE,
}
# (folder, commit, quota, {file: licence} or None for every file "written for the project").
FOLDERS = (
    ("segment_unseen19", ROUND19, 50, None),
    ("segment_real19", REAL19, 30, LICENCES_REAL19),
    ("segment_unseen7", ROUND7, 36, None),
    ("segment_unseen6", ROUND6, 24, None),
    ("segment_unseen5", ROUND5, 24, None),
)


def draw() -> list[dict]:
    rng = random.Random(SEED)
    rows = [r for folder, commit, quota, lic in FOLDERS for r in hu.folder_rows(folder, commit, quota, lic, rng)]
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenK{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
