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
