"""Draw the passages of set M that come from outside the bundled corpus (issue #15, session 9).

Set L's unseen draw (bench/draw_theme_coding_l_unseen.py, itself set H's: paragraphs of the
project's own segmentation test documents of issue #14, YAML files of ``pages`` → ``[style,
text]``) on the folders no earlier set (C–L) used: round 21 written for the project (theses,
memoirs, articles, surveys, press, reports and their "negatif" documents, on primary care), the
session-8 negatives (segment_negatives_s8: look-alike genres about health or social care, written
for the project), and the oldest rounds that every earlier set skipped (segment_heldout,
segment_unseen, segment_unseen2, segment_unseen3, segment_unseen4; written for the project, on
primary care). segment_real8 (a craftsman's interview) is not about health care and is left out,
as set H left out the real documents on other subjects. Every file of each folder is used: files
are never chosen by their words.

Inside a document, consecutive paragraphs are joined to about 300 characters and cut at a
sentence end before 700; a short bold paragraph (a heading) closes a passage and is not kept
(set H's ``passages``). Passages are drawn with a fixed seed and a quota per folder (at most 50;
the small old folders share about 36), numbered unseenM001…, a text drawn twice kept once (set
L's ``first_of_each_text``). Location: the file and the paragraph indices (0-based, counted over
all pages of the file). Prints CSV rows (doc_id, char_start, char_end, repository, commit,
licence, location, text); the coding is done afterwards by reading, against docs/CODEBOOK.md
only.

    PYTHONPATH=bench python bench/draw_theme_coding_m_unseen.py > /tmp/set_m_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu

SEED = 20261130_95
# main when set M was drawn (session 9's start: rounds 21 and the session-8 negatives merged).
MAIN = "179f444f73d24b07cef908f9280089b9739f8258"
# (folder, commit, quota, None: every file "written for the project", as the folders' headers say).
FOLDERS = (
    ("segment_unseen21", MAIN, 50, None),
    ("segment_negatives_s8", MAIN, 40, None),
    ("segment_heldout", MAIN, 20, None),
    ("segment_unseen", MAIN, 8, None),
    ("segment_unseen2", MAIN, 8, None),
    ("segment_unseen3", MAIN, 8, None),
    ("segment_unseen4", MAIN, 12, None),
)


def draw() -> list[dict]:
    return lu.numbered_draw("unseenM", SEED, FOLDERS)


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
