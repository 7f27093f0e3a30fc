"""corpus.tables on two real documents: the corpus tables agree with each other."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus import io as cio
from corpus import tables
from corpus.themes import load_themes

from conftest import THEMES_PATH


@pytest.fixture(scope="module")
def built(pipeline, tmp_path_factory):
    docs = ["aef2021", "fournier2021"]
    root = None
    for d in docs:
        root = pipeline.interim(d, upto="themes").parent
    # a document whose extraction never ran: it must show as an error, not vanish
    sheet = [pipeline.sheet[d] for d in docs] + [{**pipeline.sheet["sfsp2023"], "doc_id": "absent"}]
    out = tmp_path_factory.mktemp("tables")
    tables.build_tables(sheet, root, out, list(load_themes(THEMES_PATH)))
    return out


def test_documents_table_has_every_sheet_row(built):
    docs = {r["doc_id"]: r for r in cio.read_csv(built / "documents.csv")}
    assert docs["aef2021"]["status"] == docs["fournier2021"]["status"] == "ok"
    assert docs["absent"]["status"] == "error" and docs["absent"]["error"]
    assert int(docs["fournier2021"]["n_pages"]) == 22


def test_group_tables_count_every_hit_once(built):
    # every hit of the theme scope (body text, segment_themes.csv), once; contents lines and
    # front matter are in theme_hits.csv (a concordance) but not in the group tables
    body = {r["segment_id"] for r in cio.read_csv(built / "segment_themes.csv")}
    all_hits = cio.read_csv(built / "theme_hits.csv")
    hits = Counter(h["theme"] for h in all_hits if h["segment_id"] in body)
    assert 0 < sum(hits.values()) < len(all_hits)
    for group in ("document", "region", "role"):
        rows = [r for r in cio.read_csv(built / f"themes_by_{group}.csv") if r["scope"] == "all_text"]
        per_theme = Counter()
        for r in rows:
            per_theme[r["theme"]] += int(r["hits"])
        assert per_theme == hits, group


def test_groups_partition_the_tokens(built):
    totals = {}
    for group in ("document", "region", "role"):
        rows = cio.read_csv(built / f"themes_by_{group}.csv")
        for scope in tables.SCOPES:
            totals[(group, scope)] = sum(int(r["tokens"]) for r in rows
                                         if r["scope"] == scope and r["theme"] == "coordination")
    for scope in tables.SCOPES:
        assert totals[("document", scope)] == totals[("region", scope)] == totals[("role", scope)]
    # verbatims are a strict part of the whole text
    assert 0 < totals[("document", "verbatims")] < totals[("document", "all_text")]


def test_specificity_sign_follows_the_rate(built):
    rows = cio.read_csv(built / "themes_by_document.csv")
    for scope in tables.SCOPES:
        for theme in {r["theme"] for r in rows}:
            group = [r for r in rows if r["scope"] == scope and r["theme"] == theme]
            hits = sum(int(r["hits"]) for r in group)
            tokens = sum(int(r["tokens"]) for r in group)
            for r in group:
                rate, overall = int(r["hits"]) / int(r["tokens"]), hits / tokens
                spec = float(r["specificity"])
                if abs(spec) >= 1:  # clear over- or under-representation
                    assert (spec > 0) == (rate > overall), r


def test_verbatims_are_quotes_and_turns_of_the_segments_table(built):
    segments = {s["segment_id"]: s for s in cio.read_csv(built / "segments.csv")}
    verbatims = cio.read_csv(built / "verbatims.csv")
    assert verbatims and {v["kind"] for v in verbatims} <= {"verbatim", "turn"}
    for v in verbatims:
        s = segments[v["segment_id"]]
        assert (s["char_start"], s["char_end"], s["speaker"]) == (v["char_start"], v["char_end"], v["speaker"])
