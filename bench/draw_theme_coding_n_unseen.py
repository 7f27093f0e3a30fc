"""Draw the passages of set N that come from outside the bundled corpus (issue #15, session 10).

Set M's unseen draw (bench/draw_theme_coding_m_unseen.py, itself set H's: paragraphs of the
project's own segmentation test documents of issue #14, YAML files of ``pages`` → ``[style,
text]``) on the folders no earlier set (C–M) used: rounds 22 and 23 written for the project
(theses, memoirs, articles, surveys, press, reports, transcripts and their "negatif" documents, on
primary care and health or social care) and the session-9 negatives (segment_negatives_s9:
look-alike professional genres of health care — forms, protocols, care plans, job descriptions,
written for the project). The real rounds 22 and 23 are chosen BY SUBJECT, as set H did: only
round 22's public-health page on long covid (mesconseilscovid, MIT licence as the folder
README says) is about health care; the design and accessibility unit's webinars and interviews
(round 22) and round 23's anti-corruption conference, web-developer memoir and AI course are not,
and are left out. Every file of each folder kept is used: files are never chosen by their words.

Inside a document, consecutive paragraphs are joined to about 300 characters and cut at a sentence
end before 700; a short bold paragraph (a heading) closes a passage and is not kept (set H's
``passages``). Passages are drawn with a fixed seed and a quota per folder (at most 60), numbered
unseenN001…, a text drawn twice kept once (set L's ``first_of_each_text``). Location: the file and
the paragraph indices (0-based, counted over all pages of the file). Prints CSV rows (doc_id,
char_start, char_end, repository, commit, licence, location, text); the coding is done afterwards by
reading, against docs/CODEBOOK.md only.

    PYTHONPATH=bench python bench/draw_theme_coding_n_unseen.py > /tmp/set_n_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu

SEED = 20261130_101
# main when set N was drawn (session 10's start: rounds 22, 23 and the session-9 negatives merged).
MAIN = "4f71d5a779519a59b81dd89ebfaa3dbb7cf7278f"
REAL22 = {"negatif_mesconseilscovid_covid_long.yaml": "MIT (mesconseilscovid repository LICENSE, © 2020 Délégation ministérielle du numérique en santé)"}
# (folder, commit, quota, None: every file "written for the project", as the folders' headers say).
FOLDERS = (
    ("segment_unseen22", MAIN, 55, None),
    ("segment_unseen23", MAIN, 55, None),
    ("segment_negatives_s9", MAIN, 30, None),
    ("segment_real22", MAIN, 6, REAL22),
)


def draw() -> list[dict]:
    return lu.numbered_draw("unseenN", SEED, FOLDERS)


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
