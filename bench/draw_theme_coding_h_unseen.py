"""Draw the passages of set H that come from outside the bundled corpus (issue #15, session 6).

The texts are the project's own segmentation test documents of issue #14 (YAML files of
paragraphs: ``pages`` → ``[style, text]``), which are French research and professional writing
about health care and its organisation that quotes people: theses, memoirs, articles, reports,
focus-group accounts, press and transcripts written for the project (rounds 11, 13, 14) and real
documents (round 14: Sénat records, broadcast interviews of health ministers, the Code de la
santé publique). Documents are chosen BY SUBJECT (health care, from the file's header), never by
their words: every written document (all were written on primary care), and the five real
round-14 documents about health care plus its legal negative; the real documents of round 12
(a digital-administration programme, user research, a farming workshop) and round 14's 1881
record, Wikinews interviews and encyclopedia article are not about health care and are left out.

Inside a document, consecutive paragraphs are joined to about ``TARGET_CHARS`` characters and cut
at a sentence end before 700 (``draw_theme_coding_c.cut``); a short bold paragraph (a heading)
closes a passage and is not kept. Passages are drawn with a fixed seed, a quota per folder (at
most 50), then numbered unseenH001… Location: the file and the paragraph indices (0-based,
counted over all pages of the file) of the passage. Prints CSV rows (doc_id, char_start,
char_end, repository, commit, licence, location, text); the coding is done afterwards by
reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_h_unseen.py > /tmp/set_h_unseen.csv

Run from the repository (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys

import draw_theme_coding_c as setc
import yaml

SEED = 20261201_10
TARGET_CHARS = 300
MIN_CHARS = 60
HEADING_CHARS = 120
REPOSITORY = "corpus (this project)"
WRITTEN = "written for the project"
SENAT = "Licence Ouverte / Open Licence (Sénat open data)"
VIE_PUBLIQUE = "Licence Ouverte 2.0 (vie-publique.fr)"
LEGIFRANCE = "legislative text (official act); Légifrance data under the Licence Ouverte"
# (folder, commit holding it, quota, {file: licence} or None for every file with WRITTEN).
# Rounds 11 and 13 are on main at 4eb7b60; round 14 was on the writers' branches (segwrite6,
# segreal2) when this set was drawn.
FOLDERS = (
    ("segment_unseen11", "4eb7b60576d2279fbbb0c49951c725aabbe0db5b", 42, None),
    ("segment_unseen13", "4eb7b60576d2279fbbb0c49951c725aabbe0db5b", 35, None),
    ("segment_unseen14", "556552a7f1862b2e88359ac7dea292ca6b9db39f", 40, None),
    (
        "segment_real14",
        "f2e2596adbca1ff8a882863a02ff92634d0df7dd",
        18,
        {
            "commission_senat_deserts.yaml": SENAT,
            "seance_senat_cpts.yaml": SENAT,
            "seance_senat_tabac.yaml": SENAT,
            "interview_radio_darrieussecq.yaml": VIE_PUBLIQUE,
            "interview_radio_rist.yaml": VIE_PUBLIQUE,
            "negatif_code_sante_publique.yaml": LEGIFRANCE,
        },
    ),
)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def folder_files(folder: str, commit: str) -> list[str]:
    names = git("ls-tree", "--name-only", commit, f"tests/data/{folder}/").split()
    return sorted(n for n in names if n.endswith(".yaml"))


def paragraphs(document: dict) -> list[tuple[str, str]]:
    return [(p[0], " ".join(str(p[1]).split())) for page in document.get("pages") or [] for p in page]


def passages(paras: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(first, last paragraph index, text): consecutive paragraphs joined to TARGET_CHARS."""
    out: list[tuple[int, int, str]] = []
    current: list[str] = []
    first = 0

    def close(last: int) -> None:
        text = setc.cut(" ".join(current))
        if len(text) >= MIN_CHARS:
            out.append((first, last, text))
        current.clear()

    for i, (style, text) in enumerate(paras):
        if style == "bold" and len(text) < HEADING_CHARS:
            if current:
                close(i - 1)
            continue
        if not current:
            first = i
        current.append(text)
        if len(" ".join(current)) >= TARGET_CHARS:
            close(i)
    if current:
        close(len(paras) - 1)
    return out


def folder_rows(
    folder: str, commit: str, quota: int, licences: dict | None, rng: random.Random
) -> list[dict]:
    pool = []
    for path in folder_files(folder, commit):
        name = path.rsplit("/", 1)[-1]
        if licences is not None and name not in licences:
            continue
        document = yaml.safe_load(git("show", f"{commit}:{path}"))
        for first, last, text in passages(paragraphs(document)):
            where = f"paragraph {first}" if first == last else f"paragraphs {first}-{last}"
            pool.append(
                {
                    "repository": REPOSITORY,
                    "commit": commit,
                    "licence": WRITTEN if licences is None else licences[name],
                    "location": f"{path}#{where}",
                    "text": text,
                }
            )
    picked = rng.sample(range(len(pool)), min(quota, len(pool)))
    return [pool[i] for i in sorted(picked)]


def draw() -> list[dict]:
    rng = random.Random(SEED)
    rows = [r for folder, commit, quota, lic in FOLDERS for r in folder_rows(folder, commit, quota, lic, rng)]
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenH{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


def main() -> None:
    fields = ["doc_id", "char_start", "char_end", "repository", "commit", "licence", "location", "text"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(draw())


if __name__ == "__main__":
    main()
