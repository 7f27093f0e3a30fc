"""Draw the passages of set I that come from outside the bundled corpus (issue #15, session 7).

Set H's unseen draw (bench/draw_theme_coding_h_unseen.py: paragraphs of the project's own
segmentation test documents of issue #14, YAML files of ``pages`` → ``[style, text]``) on the
folders that set H did not use: rounds 9, 10, 15 and 16 written for the project (theses,
memoirs, articles, reports, press, transcripts and their "negatif" documents, all on primary
care) and the real documents of round 12 (not about health care, its README says: a
digital-administration programme, user research, a podcast on digital work, a farming workshop;
taken because they are research and professional writing that quotes people, so that set I also
holds passages where the themes' words, if any, are passing words). Every file of each folder is
used: files are never chosen by their words.

Inside a document, consecutive paragraphs are joined to about 300 characters and cut at a
sentence end before 700; a short bold paragraph (a heading) closes a passage and is not kept
(set H's ``passages``). Passages are drawn with a fixed seed, a quota per folder (at most 50),
then numbered unseenI001… Location: the file and the paragraph indices (0-based, counted over
all pages of the file). Prints CSV rows (doc_id, char_start, char_end, repository, commit,
licence, location, text); the coding is done afterwards by reading, against docs/CODEBOOK.md
only.

    PYTHONPATH=bench python bench/draw_theme_coding_i_unseen.py > /tmp/set_i_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import random

import draw_theme_coding_h_unseen as hu

SEED = 20261202_12
# main at the start of session 7: every folder below is there.
COMMIT = "ebb75d0780cd6409ae414c1aafa8da7b25497992"
EIG = "Licence Ouverte 2.0 (site-eig, DINUM)"
ETALAB = "MIT (recherche.etalab.studio, Etalab)"
# Licences as tests/data/segment_real12/README.md gives them.
REAL12 = {
    "temoignages_mobilier.yaml": EIG,
    "table_ronde_mentors.yaml": EIG,
    "entretien_questions_gras.yaml": EIG,
    "negatif_billet_logiciel_libre.yaml": EIG,
    "notes_entretien_usager.yaml": ETALAB,
    "notes_entretien_ministere.yaml": ETALAB,
    "negatif_synthese_personas.yaml": ETALAB,
    "transcription_conference.yaml": "CC BY-NC-SA 3.0 FR (Techologie, episode 97)",
    "notes_terrain_atelier.yaml": "GNU GPL v2 (DSCATT)",
}
# (folder, commit, quota, {file: licence} or None for every file "written for the project").
FOLDERS = (
    ("segment_unseen15", COMMIT, 36, None),
    ("segment_unseen16", COMMIT, 36, None),
    ("segment_unseen10", COMMIT, 28, None),
    ("segment_unseen9", COMMIT, 20, None),
    ("segment_real12", COMMIT, 16, REAL12),
)


def draw() -> list[dict]:
    rng = random.Random(SEED)
    rows = [r for folder, commit, quota, lic in FOLDERS for r in hu.folder_rows(folder, commit, quota, lic, rng)]
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenI{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
