"""corpus.tables on two real documents: the corpus tables agree with each other."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import THEMES_PATH

from corpus import io as cio
from corpus import tables
from corpus.themes import load_themes


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


def test_pdf_segments_have_no_times(built):
    rows = cio.read_csv(built / "segments.csv")
    assert rows and all(r["t_start"] == "" and r["t_end"] == "" for r in rows)


def test_segment_times_from_a_transcripts_times_csv(tmp_path):
    """t_start/t_end of a segment: the times.csv ranges it overlaps (a turn of two cues, a
    segment inside one cue, a heading without time)."""
    from corpus.extract import readers

    vtt = tmp_path / "e30.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nEntretien E30\n\n"
        "00:00:05.000 --> 00:00:07.500\n<v Enquêteur>A chaque fois ?\n\n"
        "00:00:08.000 --> 00:00:11.000\n<v E30>A chaque fois oui hum.\n\n"
        "00:00:11.000 --> 00:00:15.250\n<v E30>Moi j'ai pas trop de contact avec l'URPS euh\n",
        encoding="utf-8")
    out = tmp_path / "interim"
    assert readers.run(vtt, "e30", out)["status"] == "ok"
    text = cio.read_text(out / "text.txt")
    times = tables.read_times(out)

    def span(needle):
        start = text.index(needle)
        return tables.segment_times(times, start, start + len(needle))

    assert span("E30 : A chaque fois oui hum. Moi j'ai pas trop de contact avec l'URPS euh") == {
        "t_start": 8.0, "t_end": 15.25}
    assert span("Enquêteur : A chaque fois ?") == {"t_start": 5.0, "t_end": 7.5}
    assert span("contact avec") == {"t_start": 11.0, "t_end": 15.25}
    assert tables.segment_times([], 0, 10) == {"t_start": None, "t_end": None}
def test_verbatims_say_where_attributes_come_from_and_documents_note_empty_ones(pipeline, tmp_path):
    from corpus.io import ATTR_SOURCES

    root = pipeline.interim("sfsp2023", upto="themes").parent
    sheet = [pipeline.sheet["sfsp2023"]]
    tables.build_tables(sheet, root, tmp_path, list(load_themes(THEMES_PATH)))
    verbatims = cio.read_csv(tmp_path / "verbatims.csv")
    assert verbatims and {v["attr_source"] for v in verbatims} <= set(ATTR_SOURCES) | {""}
    assert any(v["attr_source"] == "attribution" for v in verbatims)
    assert cio.read_csv(tmp_path / "documents.csv")[0]["note"] == ""
    # the same document with its verbatims gone: documents.csv says so beside n_verbatims = 0
    empty = tmp_path / "empty"
    (empty / "sfsp2023").mkdir(parents=True)
    for f in (root / "sfsp2023").iterdir():
        (empty / "sfsp2023" / f.name).write_bytes(f.read_bytes())
    segs = [{**s, "kind": "narrative"} if s["kind"] in ("verbatim", "turn") else s
            for s in cio.read_jsonl(empty / "sfsp2023" / "segments.jsonl")]
    cio.write_jsonl(empty / "sfsp2023" / "segments.jsonl", segs)
    tables.build_tables(sheet, empty, tmp_path / "out2", list(load_themes(THEMES_PATH)))
    row = cio.read_csv(tmp_path / "out2" / "documents.csv")[0]
    assert (row["n_verbatims"], row["note"]) == ("0", tables.NO_ITEMS_NOTE)


def test_documents_say_what_n_pages_counts(tmp_path):
    """A transcript's n_pages counts paragraphs or minutes, not pages: documents.csv says which
    (a student's interview showed 163 'pages'), and a PDF or a document never extracted says page."""
    from corpus.extract import readers

    vtt = tmp_path / "e30.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:05.000 --> 00:00:07.500\n<v Enquêteur>A chaque fois ?\n\n"
        "00:02:08.000 --> 00:02:11.000\n<v E30>A chaque fois oui hum, on s'appelait entre nous.\n",
        encoding="utf-8")
    interim = tmp_path / "interim"
    assert readers.run(vtt, "e30", interim / "e30")["status"] == "ok"
    cio.write_jsonl(interim / "e30" / "segments.jsonl", [])  # the row, not the segmentation, is tested
    cio.write_csv(interim / "e30" / "tokens.csv", [], cio.TOKENS_COLUMNS)
    sheet = [{"doc_id": "e30", "title": "Entretien E30", "year": "2024", "kind": "entretien", "region": ""},
             {"doc_id": "absent", "title": "Jamais extrait", "year": "2024", "kind": "memoire", "region": ""}]
    tables.build_tables(sheet, interim, tmp_path / "out", [], parts=("base",))
    rows = {r["doc_id"]: r for r in cio.read_csv(tmp_path / "out" / "documents.csv")}
    assert (rows["e30"]["status"], rows["e30"]["location_unit"]) == ("ok", "minute")
    assert rows["e30"]["n_pages"] == "2"  # the minutes with speech: the 1st and the 3rd
    assert (rows["absent"]["status"], rows["absent"]["location_unit"]) == ("error", "page")


def test_pdf_documents_count_pages(built):
    assert {r["location_unit"] for r in cio.read_csv(built / "documents.csv")} == {"page"}
