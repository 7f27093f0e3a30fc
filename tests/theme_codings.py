"""The human codings of tests/data (docs/CODEBOOK.md; tests/data/THEME_SCORES.md) read once per
test process, with the rule's features (the word vectors are read once too)."""

from __future__ import annotations

from functools import lru_cache

from conftest import REPO, THEMES_PATH

from corpus.themes import agreement, coding, heldout, load_themes

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
