"""The human codings of tests/data (docs/CODEBOOK.md; tests/data/THEME_SCORES.md) read once per
test process, with the rule's features (the word vectors are read once too)."""

from __future__ import annotations

import csv
from functools import lru_cache

from conftest import REPO, THEMES_PATH

from corpus.themes import agreement, autocode, coding, heldout, load_themes

DATA = REPO / "tests" / "data"


@lru_cache(maxsize=None)
def lexicon() -> dict:
    return load_themes(THEMES_PATH)


@lru_cache(maxsize=None)
def coded_set(filename: str):
    """(passages, features) of one coding file: features = (decisions, documents, numeric)."""
    passages = heldout.read_passages(DATA / filename, lexicon())
    return passages, heldout.features(passages, lexicon(), dict(coding.DEFAULT_PARAMS))


def macro_f1(rows) -> float:
    return sum(r["f1"] for r in rows) / len(rows)


def rule_rows(passages, decisions, themes) -> list[dict]:
    """Agreement of the rule's decisions with the human codes of these passages."""
    human = {p["passage_id"]: p["labels"] for p in passages}
    return agreement.agreement_rows(human, {pid: decisions[pid] for pid in human}, list(themes), "lexicon")


def is_unseen(passage) -> bool:
    """A passage from outside the bundled corpus (doc_id unseen…, offsets into its own text)."""
    return passage["doc_id"].startswith("unseen")


def span(passage) -> tuple[int, int]:
    """A bundled passage's offsets into text.txt, from its id ("doc:start-end")."""
    start, end = passage["passage_id"].rsplit(":", 1)[1].split("-")
    return int(start), int(end)


DEFAULT_THEMES = ("coordination", "liberal", "territoire", "reunionite")


def kappas(rows) -> dict:
    return {r["theme"]: round(r["kappa"], 3) for r in rows}


def default_rule_rows(passages, decisions, themes) -> list[dict]:
    """rule_rows restricted to the four default themes (the blind sets code only those)."""
    return [r for r in rule_rows(passages, decisions, themes) if r["theme"] in DEFAULT_THEMES]


def model_rows(train_set, test_set, themes=DEFAULT_THEMES) -> list[dict]:
    """Agreement of the autocode model trained on one coded set with the codes of another."""
    (train, (_, docs, numeric)), (test, (_, test_docs, test_numeric)) = train_set, test_set
    rows = []
    for theme in themes:
        out = autocode.fit_predict(docs, numeric, [p["labels"][theme] for p in train],
                                   test_docs, test_numeric, seed=42)
        rows.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in test],
                                            [c for c, _ in out]))
    return rows


def overlapping(bundled, filenames) -> list[tuple[str, str]]:
    """Pairs (passage, earlier passage) of the same bundled document whose spans overlap."""
    taken = [q for name in filenames for q in heldout.read_passages(DATA / name, lexicon()) if not is_unseen(q)]
    return [(p["passage_id"], q["passage_id"]) for p in bundled for q in taken
            if p["doc_id"] == q["doc_id"] and span(p)[0] < span(q)[1] and span(q)[0] < span(p)[1]]


def sources(filename: str) -> dict[str, dict]:
    """A sources CSV (doc_id, repository, commit, licence, location; '#' lines are comments)."""
    with open(DATA / filename, encoding="utf-8", newline="") as fh:
        return {row["doc_id"]: row for row in csv.DictReader(line for line in fh if not line.startswith("#"))}
