"""Draw the passages of set F that come from outside the bundled corpus (issue #15, session 5).

Set C's unseen passages were 80 % off-topic; set F's are chosen BY SOURCE AND SUBJECT to lie on
or near the corpus's subject (health and social organisation, professions, local government,
work organisation), never by their words. Two public sources, read from local snapshots:

- French legal codes (etalab/codes-juridiques-francais, consolidated LEGI texts, Licence Ouverte;
  official texts are not covered by copyright): one article is one passage, drawn at random
  inside parts chosen by their titles: occupational health services (Code du travail, 4e partie,
  livre VI, titre II), social action and social professions (Code de l'action sociale et des
  familles, partie législative, livres I, II and IV), local cooperation between communes (CGCT,
  5e partie), and the codes of conduct of two liberal professions (architects, chartered
  accountants). Articles already in sets C or E are left out. (The snapshot holds only a few
  files of the Code de la santé publique and of the Code de la sécurité sociale.)
- Interviews with craft workers about their work (Aymeric-e/Analyse-d-entretiens-d-artisans,
  ``data/interviews/processed/cleaned_paragraph.csv``, MIT licence): French transcripts of
  semi-directive interviews; consecutive paragraphs of one interview are joined into passages
  of about ``TARGET_CHARS`` characters.
- Regional press (UD_French-Sequoia, ``annodis.er``: L'Est Républicain, local news, municipal
  councils, associations; LGPL-LR), added after the craft interviews turned out to be about
  craft gestures rather than work organisation: set C's passage cutting (consecutive sentences
  to ~300 characters, headings left out), passages of set C and passages holding a sentence of
  set E left out.

Passages are drawn with a fixed seed and a quota per source, then numbered unseenF001…
Prints CSV rows (doc_id, char_start, char_end, repository, commit, licence, location, text);
the coding is done afterwards by reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_f_unseen.py CODES_GIT_DIR ARTISANS_GIT_DIR SEQUOIA_GIT_DIR \
        > /tmp/set_f_unseen.csv
"""

from __future__ import annotations

import csv
import io
import random
import re
import subprocess
import sys

import draw_theme_coding_c as setc
import draw_theme_coding_c_unseen as setc_unseen

SEED = 20261130_6
TARGET_CHARS = 350
MIN_CHARS = 80
CODES = ("etalab/codes-juridiques-francais", "Licence Ouverte (official texts)")
ARTISANS = ("Aymeric-e/Analyse-d-entretiens-d-artisans", "MIT")
ARTISANS_FILE = "data/interviews/processed/cleaned_paragraph.csv"
ROOT = "codes-en-vigueur/"
# (folder under codes-en-vigueur, quota): parts chosen by their titles, articles at random.
CODE_PARTS = (
    ("code-du-travail/partie-legislative/quatrieme-partie/livre-vi/titre-ii", 10),
    ("code-du-travail/partie-reglementaire/quatrieme-partie/livre-vi/titre-ii", 14),
    ("code-de-l-action-sociale-et-des-familles/partie-legislative/livre-ier", 8),
    ("code-de-l-action-sociale-et-des-familles/partie-legislative/livre-ii", 8),
    ("code-de-l-action-sociale-et-des-familles/partie-legislative/livre-iv", 8),
    ("code-general-des-collectivites-territoriales/partie-legislative/cinquieme-partie", 16),
    ("code-de-deontologie-des-architectes", 4),
    ("code-de-deontologie-des-professionnels-de-l-expertise-comptable", 4),
)
ARTISAN_QUOTA = 42
SEQUOIA = ("UniversalDependencies/UD_French-Sequoia", "LGPL-LR")
PRESS_FILE = "not-to-release/annodis.er.conllu"
PRESS_QUOTA = 22
SENT_NUMBER = re.compile(r"_(\d+)$")


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout


def used_articles() -> set[str]:
    used = set()
    for name in ("theme_coding_c_sources.csv", "theme_coding_e_sources.csv"):
        for row in setc.read_commented_csv(setc.DATA / name):
            used.add(row["location"])
    return used


def code_rows(repo: str, rng: random.Random) -> list[dict]:
    commit, used, rows = git(repo, "rev-parse", "HEAD").strip(), used_articles(), []
    for part, quota in CODE_PARTS:
        paths = sorted(
            p
            for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", ROOT + part).splitlines()
            if p.rsplit("/", 1)[-1].startswith("article-") and p not in used
        )
        picked = []
        for path in rng.sample(paths, len(paths)):
            text = setc_unseen.article_text(git(repo, "show", f"HEAD:{path}"))
            if len(text) >= MIN_CHARS:
                picked.append({"repository": CODES[0], "commit": commit, "licence": CODES[1], "location": path, "text": text})
            if len(picked) == quota:
                break
        rows.extend(picked)
    return rows


def artisan_passages(repo: str) -> list[dict]:
    table = list(csv.DictReader(io.StringIO(git(repo, "show", f"HEAD:{ARTISANS_FILE}"))))
    passages, current, first, previous = [], [], 0, None

    def close() -> None:
        text = " ".join(current)
        if len(text) >= MIN_CHARS:
            passages.append({"location": f"{ARTISANS_FILE}#row{first}", "text": setc.cut(text)})
        current.clear()

    for i, row in enumerate(table, start=2):  # row number as in the file, header = row 1
        if row["filename"] != previous:
            close()
            previous = row["filename"]
        if not current:
            first = i
        current.append(" ".join(row["text"].split()))
        if len(" ".join(current)) >= TARGET_CHARS:
            close()
    close()
    return passages


def artisan_rows(repo: str, rng: random.Random) -> list[dict]:
    commit = git(repo, "rev-parse", "HEAD").strip()
    picked = rng.sample(artisan_passages(repo), ARTISAN_QUOTA)
    return [{"repository": ARTISANS[0], "commit": commit, "licence": ARTISANS[1], **p} for p in picked]


def sent_number(location: str) -> int:
    return int(SENT_NUMBER.search(location).group(1))


def press_rows(repo: str, rng: random.Random) -> list[dict]:
    taken, e_sentences = set(), []
    for name, bucket in (("theme_coding_c_sources.csv", "c"), ("theme_coding_e_sources.csv", "e")):
        for row in setc.read_commented_csv(setc.DATA / name):
            if row["location"].startswith(PRESS_FILE + "#"):
                (taken.add(row["location"]) if bucket == "c" else e_sentences.append(sent_number(row["location"])))
    passages = setc_unseen.sequoia_passages(repo, [PRESS_FILE])
    starts = [sent_number(p["where"]) for p in passages] + [10**9]
    free = [
        p
        for i, p in enumerate(passages)
        if p["where"] not in taken and not any(starts[i] <= e < starts[i + 1] for e in e_sentences)
    ]
    commit = git(repo, "rev-parse", "HEAD").strip()
    picked = rng.sample(free, PRESS_QUOTA)
    return [
        {"repository": SEQUOIA[0], "commit": commit, "licence": SEQUOIA[1], "location": p["where"], "text": p["text"]}
        for p in picked
    ]


def draw(codes: str, artisans: str, sequoia: str) -> list[dict]:
    rng = random.Random(SEED)
    rows = code_rows(codes, rng) + artisan_rows(artisans, rng) + press_rows(sequoia, rng)
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenF{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


def main(argv: list[str]) -> None:
    rows = draw(argv[1], argv[2], argv[3])
    fields = ["doc_id", "char_start", "char_end", "repository", "commit", "licence", "location", "text"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
