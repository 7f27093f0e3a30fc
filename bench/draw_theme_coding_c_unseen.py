"""Draw the passages of set C that come from outside the bundled corpus (issue #15, session 4).

Two public sources of real French text, read from local snapshots of their repositories:

- the French Sequoia treebank (UniversalDependencies/UD_French-Sequoia, licence LGPL-LR): the
  full-text files of its four genres, in document order: regional press (L'Est Républicain,
  ``annodis.er``), European Parliament debates (``Europar.550``), French Wikipedia
  (``frwiki_50.1000``) and European Medicines Agency leaflets (``emea-fr-*``). Consecutive
  sentences are joined into passages of about ``TARGET_CHARS`` characters; a heading (a short
  line without final punctuation) closes a passage and is never part of one.
- French legal codes (etalab/codes-juridiques-francais, consolidated LEGI texts, Licence Ouverte;
  official texts are not covered by copyright): one article is one passage, from a few codes
  chosen by subject (social action, local authorities, social security, sport, commerce, the
  public health code's annexes).

Passages are drawn with a fixed seed and a quota per source, then numbered unseenC001…
Prints CSV rows (doc_id, char_start, char_end, source, text); the coding is done by reading.

    python bench/draw_theme_coding_c_unseen.py SEQUOIA_GIT_DIR CODES_GIT_DIR > /tmp/set_c_unseen.csv
"""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys

SEED = 20261129
TARGET_CHARS = 300
MAX_CHARS = 700
MIN_CHARS = 80
SEQUOIA_FILES = {
    "annodis.er": ["not-to-release/annodis.er.conllu"],
    "Europar.550": ["not-to-release/Europar.550.conllu"],
    "frwiki_50.1000": ["not-to-release/frwiki_50.1000.conllu"],
    "emea": ["not-to-release/emea-fr-dev.conllu", "not-to-release/emea-fr-test.conllu"],
}
SEQUOIA_QUOTAS = {"annodis.er": 34, "Europar.550": 12, "frwiki_50.1000": 12, "emea": 8}
CODES_ROOT = "codes-en-vigueur/"
CODE_QUOTAS = {
    "code-de-l-action-sociale-et-des-familles": 12,
    "code-general-des-collectivites-territoriales": 12,
    "code-de-la-securite-sociale": 8,
    "code-du-sport": 5,
    "code-de-commerce": 5,
    "code-de-la-sante-publique": 3,
}
FINAL = re.compile(r"[.!?;:»\"…)]$")
SENTENCE_END = re.compile(r"[.!?…»](?=\s)")
TAG = re.compile(r"<[^>]+>")


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout


def is_heading(sentence: str) -> bool:
    return len(sentence) < 90 and not FINAL.search(sentence) or sentence.startswith(("Catégories", "- "))


def sequoia_passages(repo: str, paths: list[str]) -> list[dict]:
    passages, current, first_id = [], [], ""

    def close() -> None:
        text = " ".join(current)
        if len(text) >= MIN_CHARS:
            passages.append({"where": f"{paths[0]}#{first_id}", "text": cut(text)})
        current.clear()

    for path in paths:
        sent_id = ""
        for line in git(repo, "show", f"HEAD:{path}").splitlines():
            if line.startswith("# sent_id = "):
                sent_id = line.split("= ", 1)[1]
            elif line.startswith("# text = "):
                sentence = line.split("= ", 1)[1].strip()
                if is_heading(sentence):
                    close()
                    continue
                if not current:
                    first_id = sent_id
                current.append(sentence)
                if len(" ".join(current)) >= TARGET_CHARS:
                    close()
        close()
    return passages


def cut(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    ends = [m.end() for m in SENTENCE_END.finditer(text[: MAX_CHARS + 1]) if m.end() >= MAX_CHARS // 2]
    return text[: ends[-1]] if ends else text[: text.rfind(" ", 0, MAX_CHARS)]


def article_text(markdown: str) -> str:
    # Some articles hold HTML tables: keep their cell text, drop the markup and emphasis.
    body = "\n".join(line for line in markdown.splitlines() if not line.startswith("#"))
    body = TAG.sub(" ", body).replace("**", "")
    return cut(" ".join(body.split()))


def code_passages(repo: str, code: str) -> list[dict]:
    paths = [
        p
        for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", CODES_ROOT + code).splitlines()
        if p.rsplit("/", 1)[-1].startswith("article-")
    ]
    return [{"where": p, "path": p} for p in sorted(paths)]


def draw(sequoia: str, codes: str) -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for genre, paths in SEQUOIA_FILES.items():
        pool = sequoia_passages(sequoia, paths)
        for p in rng.sample(pool, SEQUOIA_QUOTAS[genre]):
            rows.append({"source": f"UD_French-Sequoia {p['where']}", "text": p["text"]})
    for code, quota in CODE_QUOTAS.items():
        pool = code_passages(codes, code)
        picked = []
        for p in rng.sample(pool, len(pool)):
            text = article_text(git(codes, "show", f"HEAD:{p['path']}"))
            if len(text) >= MIN_CHARS:
                picked.append({"source": f"codes-juridiques-francais {p['where']}", "text": text})
            if len(picked) == quota:
                break
        rows.extend(picked)
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenC{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


def main(argv: list[str]) -> None:
    rows = draw(argv[1], argv[2])
    writer = csv.DictWriter(sys.stdout, fieldnames=["doc_id", "char_start", "char_end", "source", "text"])
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
