"""Draw the passages of tuning set E (issue #15, session 4, round 3): real French text about
meetings and bureaucracy, and the confusable senses of their words (La Réunion, a medical
"dossier", a "table", a "page", a physiotherapy "séance"...).

Two public sources, read from local snapshots of their repositories:

- single sentences of two treebanks, at least ``MIN_CHARS`` characters long and holding one of
  the ``CUES`` below (a word of meetings, procedures or one of their confusable senses), drawn
  with a fixed seed: UD_French-GSD dev and test (UniversalDependencies/UD_French-GSD, CC BY-SA
  4.0; its train file is not in the snapshot), never a sentence of set D; and the full-text
  files of UD_French-Sequoia (LGPL-LR: regional press, European Parliament, Wikipedia, EMA
  leaflets), never a sentence inside a passage of set C;
- French legal codes (etalab/codes-juridiques-francais, LEGI, Licence Ouverte): articles of
  codes chosen by subject (labour, public health, education, mutual insurance, rural) holding
  one of the same cues, never an article of set C, cut at ``MAX_CHARS`` like set C.

The cues select passages where the question "is this about meetings or bureaucracy?" arises;
they are not the tool's lexicon and no tool decision is used. Prints CSV rows
(doc_id, char_start, char_end, source, location, text); the coding is done by reading.

    python bench/draw_theme_coding_e.py GSD_GIT_DIR SEQUOIA_GIT_DIR CODES_GIT_DIR tests/data > /tmp/set_e.csv
"""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys

SEED = 20261130
MIN_CHARS = 60
MAX_CHARS = 700
TREEBANK_FILES = [
    ("UniversalDependencies/UD_French-GSD", 0, "fr_gsd-ud-dev.conllu"),
    ("UniversalDependencies/UD_French-GSD", 0, "fr_gsd-ud-test.conllu"),
    ("UniversalDependencies/UD_French-Sequoia", 1, "not-to-release/annodis.er.conllu"),
    ("UniversalDependencies/UD_French-Sequoia", 1, "not-to-release/Europar.550.conllu"),
    ("UniversalDependencies/UD_French-Sequoia", 1, "not-to-release/frwiki_50.1000.conllu"),
    ("UniversalDependencies/UD_French-Sequoia", 1, "not-to-release/emea-fr-dev.conllu"),
    ("UniversalDependencies/UD_French-Sequoia", 1, "not-to-release/emea-fr-test.conllu"),
]
SENTENCE_QUOTA = 110
CUES = re.compile(
    r"\b(réuni\w*|séances?|comités?|assemblées?|procès-verbal|procès-verbaux|compte[s]? rendus?|"
    r"ordre du jour|quorum|convoqu\w*|formulaires?|dossiers?|procédures?|administrati\w*|"
    r"bureaucra\w*|paperasse\w*|démarches?|délais?|statuts?|tables?|tableaux?|pages?|"
    r"visioconférences?|conférences?|colloques?|commissions?|rendez-vous)\b",
    re.IGNORECASE)
CODES_ROOT = "codes-en-vigueur/"
CODE_QUOTAS = {
    "code-du-travail": 14,
    "code-de-la-sante-publique": 14,
    "code-de-l-education": 8,
    "code-de-la-mutualite": 7,
    "code-rural-et-de-la-peche-maritime": 7,
}
SENTENCE_END = re.compile(r"[.!?…»](?=\s)")
TAG = re.compile(r"<[^>]+>")


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True,
                          check=False).stdout


def cut(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    ends = [m.end() for m in SENTENCE_END.finditer(text[: MAX_CHARS + 1]) if m.end() >= MAX_CHARS // 2]
    return text[: ends[-1]] if ends else text[: text.rfind(" ", 0, MAX_CHARS)]


def sentences(repos: list[str], d_ids: set[str], c_texts: list[str]) -> list[dict]:
    out = []
    for source, which, path in TREEBANK_FILES:
        sent_id = ""
        for line in git(repos[which], "show", f"HEAD:{path}").splitlines():
            if line.startswith("# sent_id = "):
                sent_id = line.split("= ", 1)[1]
            elif line.startswith("# text = "):
                text = line.split("= ", 1)[1].strip()
                if (len(text) >= MIN_CHARS and CUES.search(text) and sent_id not in d_ids
                        and not any(text in c for c in c_texts)):
                    out.append({"source": source, "location": f"{path}#{sent_id}", "text": text})
    return out


def article_text(markdown: str) -> str:
    body = "\n".join(line for line in markdown.splitlines() if not line.startswith("#"))
    body = TAG.sub(" ", body).replace("**", "")
    return cut(" ".join(body.split()))


def code_articles(repo: str, code: str, taken: set[str]) -> list[str]:
    paths = git(repo, "grep", "-l", "-i", "-E",
                r"réuni|séance|comité|assemblée|procès-verbal|ordre du jour|quorum|convoqu|"
                r"formulaire|dossier|procédure|administrati|démarche|délai|statuts|tableau|"
                r"visioconférence|commission", "HEAD", "--", CODES_ROOT + code).splitlines()
    paths = sorted(p.split(":", 1)[1] for p in paths)
    return [p for p in paths if p.rsplit("/", 1)[-1].startswith("article-") and p not in taken]


def draw(gsd: str, sequoia: str, codes: str, d_ids: set[str], c_texts: list[str],
         taken: set[str]) -> list[dict]:
    rng = random.Random(SEED)
    rows = rng.sample(sentences([gsd, sequoia], d_ids, c_texts), SENTENCE_QUOTA)
    for code, quota in CODE_QUOTAS.items():
        picked = []
        pool = code_articles(codes, code, taken)
        for path in rng.sample(pool, len(pool)):
            text = article_text(git(codes, "show", f"HEAD:{path}"))
            if len(text) >= 80 and CUES.search(text):
                picked.append({"source": "etalab/codes-juridiques-francais", "location": path,
                               "text": text})
            if len(picked) == quota:
                break
        rows.extend(picked)
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenE{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


def read_csv(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))


def main(argv: list[str]) -> None:
    data = argv[4]  # tests/data: sets C and D are never drawn again
    taken = {r["location"] for r in read_csv(f"{data}/theme_coding_c_sources.csv")}
    c_texts = [r["text"] for r in read_csv(f"{data}/theme_coding_c.csv")]
    d_ids = {r["sent_id"] for r in read_csv(f"{data}/theme_coding_d_sources.csv")}
    rows = draw(argv[1], argv[2], argv[3], d_ids, c_texts, taken)
    writer = csv.DictWriter(sys.stdout, fieldnames=["doc_id", "char_start", "char_end", "source",
                                                    "location", "text"])
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
