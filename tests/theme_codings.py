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


# ---- the checks every blind set repeats (the table of tests/themes/test_themes_sets.py) ----------
def halves(passages) -> tuple[list[dict], list[dict]]:
    """(bundled, unseen) passages of a coding."""
    return [p for p in passages if not is_unseen(p)], [p for p in passages if is_unseen(p)]


def assert_floors(passages, decisions, themes, macro_floor: float, kappa_floors: dict | None = None) -> None:
    """Macro-F1 (four default themes) of these decisions at least ``macro_floor``, and each
    theme's kappa at least its floor."""
    rows = default_rule_rows(passages, decisions, themes)
    assert macro_f1(rows) >= macro_floor, (round(macro_f1(rows), 3), macro_floor)
    floors = kappa_floors or {}
    assert all(kappas(rows)[t] >= floor for t, floor in floors.items()), kappas(rows)


def assert_halves_floors(passages, decisions, themes, bundled_floor: float, unseen_floor: float) -> None:
    """Macro-F1 of the bundled and of the unseen half at least their floors."""
    bundled, unseen = halves(passages)
    assert_floors(bundled, decisions, themes, bundled_floor)
    assert_floors(unseen, decisions, themes, unseen_floor)


def assert_model_floors(train_set, test_set, macro_floor: float, kappa_floors: dict) -> None:
    """The autocode model trained on ``train_set`` (set A) scored on ``test_set``."""
    rows = model_rows(train_set, test_set)
    assert macro_f1(rows) >= macro_floor, (round(macro_f1(rows), 3), macro_floor)
    assert all(kappas(rows)[t] >= floor for t, floor in kappa_floors.items()), kappas(rows)


def paragraph_range(location: str) -> set[int]:
    """The paragraph indices a source location names (``path#paragraph 3``, ``path#paragraphs 3-5``)."""
    first, _, last = location.rsplit(" ", 1)[1].partition("-")
    return set(range(int(first), int(last or first) + 1))


def assert_sourced_from_folders(passages, sources_file: str, earlier_sets, earlier_sources, folders,
                                min_bundled: int, min_unseen: int, min_positives: tuple[int, int],
                                max_per_folder: int = 50, min_total: int = 220,
                                shared_files: bool = False) -> None:
    """A blind set of bundled segments and paragraphs of the #14 test documents: large enough
    (``min_total`` passages, 220 until set O), no bundled passage overlapping an earlier set, every
    unseen passage sourced, only the named folders (at most ``max_per_folder`` passages each, 50
    until set M), no file a source of an earlier set (from set P, ``shared_files``: a file may be
    one, but none of its paragraphs an earlier set's), no passage twice, and at least
    ``min_positives`` (bundled, unseen) human positives of every default theme."""
    from collections import Counter

    bundled, unseen = halves(passages)
    assert len(passages) >= min_total and len(bundled) >= min_bundled and len(unseen) >= min_unseen
    # No bundled passage overlaps a passage of the earlier sets (D and E hold only unseen ones).
    assert not overlapping(bundled, earlier_sets)
    found = sources(sources_file)
    assert {p["doc_id"] for p in unseen} == set(found)
    assert all(row["licence"] and len(row["commit"]) == 40 and "#paragraph" in row["location"]
               for row in found.values())
    used = Counter(row["location"].split("/")[2] for row in found.values())
    assert set(used) <= set(folders) and max(used.values()) <= max_per_folder
    earlier_rows = [row for name in earlier_sources for row in sources(name).values()]
    if shared_files:
        taken = {}
        for row in (r for r in earlier_rows if "#paragraph" in r["location"]):  # #14 folders, from set H
            taken.setdefault(row["location"].split("#")[0], set()).update(paragraph_range(row["location"]))
        assert not any(paragraph_range(row["location"]) & taken.get(row["location"].split("#")[0], set())
                       for row in found.values())
    else:
        earlier = {row["location"].split("#")[0] for row in earlier_rows}
        assert not {row["location"].split("#")[0] for row in found.values()} & earlier
    assert len({p["text"] for p in unseen}) == len(unseen)
    for theme in DEFAULT_THEMES:
        assert sum(p["labels"][theme] for p in bundled) >= min_positives[0]
        assert sum(p["labels"][theme] for p in unseen) >= min_positives[1]


def examples_decisions(passages, themes) -> dict:
    """The default coder's decisions (``coder: examples``, every theme, as ``coding.code_corpus``
    does): the rule's, flipped where the model trained on the shipped coded passages is confident."""
    from corpus.themes import examples as ex

    params = dict(coding.DEFAULT_PARAMS)
    assert params["coder"] == "examples" and not params["examples_themes"]
    ev = heldout.evidence(passages, themes, params)
    train, train_ev, trained = trained_examples() if themes == lexicon() else _trained(themes, params)
    decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
               for p, e in zip(passages, ev)}
    ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
    return {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}


def _trained(themes, params):
    """(examples, their evidence, the models and thresholds) of the coder by example trained on
    the shipped examples."""
    from corpus.lang import MODEL
    from corpus.themes import examples as ex

    train = ex.read_examples(ex.default_examples_path(), themes)
    train_ev = ex.example_evidence(train, themes, params, MODEL, coding.load_vocab(MODEL))
    return train, train_ev, ex.train(train, train_ev, list(themes), 42, None)


@lru_cache(maxsize=None)
def trained_examples():
    """_trained for the default lexicon, once per test process (parsing and training on the
    3,101 shipped passages costs minutes on a busy machine; every set test shares them)."""
    return _trained(lexicon(), dict(coding.DEFAULT_PARAMS))
