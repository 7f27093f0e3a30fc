"""The pure pieces of `report/data.py`: short verbatims, why a topic model was chosen, relative
links to the sources and the audit view, the time of a transcript's turn."""

from __future__ import annotations

import re
from pathlib import Path

from corpus import report
from corpus.report import data as rdata

from .conftest import QUOTE, html_text, verbatim_items


def test_long_verbatims_are_cut_at_a_word_and_shown_in_full_on_demand(built):
    text = ("« On a fait venir un pharmacien, il a apprécié le confort de l'organisation, et ensuite "
            "les infirmières libérales sont venues aussi ; la mairie a prêté la salle des fêtes et "
            "les bénévoles ont tenu l'accueil pendant trois semaines sans interruption »")
    short, cut = rdata.short_text(text, 120)
    assert cut and len(short) <= 122 and short.endswith(" …")
    word = short[:-2].split()[-1]
    assert text.split().count(word) or word.rstrip(",;:") in text.split()  # whole word, not cut
    assert rdata.short_text("« court »", 120) == ("« court »", False)
    # in the page: the long GP quote (over 200 characters) sits in <details>, its start in summary
    item = next(i for i in verbatim_items(built["doc"]["fournier2021"]) if QUOTE.replace("'", "&#39;") in i)
    summary = html_text(re.search(r"<summary class=\"quote\">(.*?)</summary>", item, re.DOTALL).group(1))
    full = html_text(re.search(r"</summary><div class=\"quote\">(.*?)</div>", item, re.DOTALL).group(1))
    assert summary.endswith(" …") and len(summary) <= rdata.SHORT_CHARS + 2
    assert full.startswith("« " + QUOTE) and full.endswith("de week-ends »")


def test_choice_reason_is_told_from_the_recorded_grid():
    grid = [{"k": "4", "stability": "0.8", "coherence_npmi": "0.10", "baseline_npmi": "-0.5"},
            {"k": "6", "stability": "0.7", "coherence_npmi": "0.105", "baseline_npmi": "-0.5"},
            {"k": "8", "stability": "0.4", "coherence_npmi": "0.30", "baseline_npmi": "-0.5"}]
    why = rdata.choice_reason(grid[0], grid, 0.6, 0.01)
    assert not why["flag"]
    assert "Stability 0.80 ≥ 0.6 (2 of 3 k stable enough)" in why["text"]
    assert "best stable coherence 0.105 (k=6)" in why["text"]
    unstable = [{**r, "stability": "0.3"} for r in grid[:2]] + [{**grid[2], "stability": "0.5"}]
    why = rdata.choice_reason(unstable[2], unstable, 0.6, 0.01)
    assert why["flag"] and "k=8 is the most stable (0.50)" in why["text"]


def test_links_are_relative_and_only_pdfs_get_a_page(tmp_path):
    report_dir = tmp_path / "results" / "report"
    sources = {"a": tmp_path / "data" / "corpus" / "pdf" / "a.pdf",
               "b": tmp_path / "data" / "corpus" / "office" / "b.docx"}
    index = rdata.Links(report_dir, report_dir, sources)
    assert index.source("a", 7) == "../../data/corpus/pdf/a.pdf#page=7"
    assert index.source("b", 7) == "../../data/corpus/office/b.docx"  # a paragraph is no page of a .docx
    assert index.source("c", 7) == ""  # not in the sheet: no link rather than a wrong one
    assert index.audit("a", "a-00012") == "documents/a.html#seg-a-00012"
    doc = rdata.Links(report_dir / "documents", report_dir, sources, same_doc="a")
    assert doc.source("a", "3") == "../../../data/corpus/pdf/a.pdf#page=3"
    assert doc.audit("a", "a-00012") == "#seg-a-00012" and doc.audit("b", "b-1") == "b.html#seg-b-1"
    assert index.verbatims(region="Île-de-France", theme="a&b") == "verbatims.html#region=%C3%8Ele-de-France&theme=a%26b"


def test_timed_transcripts_show_the_time_of_a_turn():
    assert rdata.clock("75.4") == "1:15" and rdata.clock(3725) == "1:02:05" and rdata.clock("") == ""


def test_a_verbatim_says_paragraph_or_minute_for_a_transcript(tmp_path):
    """A Word interview's 'page' 11 is its 11th paragraph: the report said 'p.11' and 'source
    p.11' (a PDF's page); now '¶11' for .docx/.odt/.txt/.md, 'min 3' for timed transcripts."""
    from jinja2 import Environment, FileSystemLoader

    sources = {"artisan02": tmp_path / "transcripts" / "artisan02.docx",
               "e30": tmp_path / "transcripts" / "e30.vtt", "fournier2021": tmp_path / "pdf" / "fournier2021.pdf"}
    links = rdata.Links(tmp_path / "report", tmp_path / "report", sources)
    rows = [("artisan02", "11", "¶11"), ("e30", "3", "min 3"), ("fournier2021", "7", "p.7"), ("absent", "2", "p.2")]
    items = []
    for doc_id, page, place in rows:
        item = rdata.verbatim_item({"doc_id": doc_id, "segment_id": f"{doc_id}-00001", "page": page,
                                    "speaker": "Interviewe", "text": "Alors, moi, j'ai deux façons de forger."}, links)
        assert item["place"] == place
        items.append(item)
    macros = Environment(loader=FileSystemLoader(Path(report.__file__).parent / "templates")).get_template(
        "macros.html.j2").module
    html = str(macros.verbatim_list(items))
    assert "artisan02 ¶11 —" in html and "source ¶11</a>" in html and "artisan02 p.11" not in html
    assert "e30 min 3 —" in html and "fournier2021 p.7 —" in html
    assert "' ' + row[F.place]" in (Path(report.__file__).parent / "static" / "filter.js").read_text(encoding="utf-8")
