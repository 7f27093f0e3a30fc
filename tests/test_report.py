"""The report (index, one page per document, the verbatims page), built from the tables of two
bundled documents, checked as HTML, against the PDFs themselves (pdfminer) and in a real headless
browser (Debian's chromium; `make test` installs it); the confounding tables; and the data
dictionary checked against every column the stages write."""

from __future__ import annotations

import csv
import html as _html
import json
import math
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import CORPUS_DIR, REPO, SHEET_PATH, THEMES_PATH

from corpus import confounding, report, tables, topics
from corpus import io as cio
from corpus.config import load_config
from corpus.report import data as rdata
from corpus.themes import load_themes

DOCS = ["aef2021", "fournier2021"]
DICTIONARY = REPO / "docs" / "DATA_DICTIONARY.md"
QUOTE = "Une baisse d'activité, ce n'est pas sûr"  # fournier2021, a GP "(médecin généraliste, cabinet de groupe)"


def project_config() -> dict:
    config = load_config(REPO / "config" / "config.yaml")
    # absolute paths: the links to the PDFs must not depend on the folder pytest runs from
    return {**config, "corpus_dir": str(CORPUS_DIR), "documents": str(SHEET_PATH)}


@pytest.fixture(scope="module")
def built(pipeline, tmp_path_factory):
    """Tables (incl. topics on a small grid) and the report for aef2021 and fournier2021."""
    for doc in DOCS:
        pipeline.interim(doc, upto="themes")
    out = tmp_path_factory.mktemp("results")
    sheet = [pipeline.sheet[d] for d in DOCS]
    themes = load_themes(THEMES_PATH)
    tables.build_tables(sheet, pipeline.root, out / "tables", list(themes))
    config = project_config()
    params = {**config.get("topics", {}), "k_grid": [2, 3], "seeds": [1]}
    topics.run(pipeline.root, out / "tables", params, int(config["seed"]))
    info = report.build_report(out / "tables", out / "report" / "index.html", config, pipeline.root, themes)
    read = lambda p: p.read_text(encoding="utf-8")
    return {"root": out, "info": info, "report": out / "report", "html": read(out / "report" / "index.html"),
            "doc": {d: read(out / "report" / "documents" / f"{d}.html") for d in DOCS},
            "verbatims": read(out / "report" / "verbatims.html"),
            "interim": pipeline.root, "config": config, "themes": themes}


def pdf_page_with(doc_id: str, needle: str) -> int:
    """The PDF page (1-based) whose text, as pdfminer reads it directly, holds ``needle``."""
    from pdfminer.high_level import extract_pages

    for n, layout in enumerate(extract_pages(str(CORPUS_DIR / "pdf" / f"{doc_id}.pdf")), 1):
        text = " ".join(el.get_text() for el in layout if hasattr(el, "get_text"))
        if needle in re.sub(r"\s+", " ", text):
            return n
    raise AssertionError(f"{needle!r} not in {doc_id}.pdf")


def page_block(html: str, doc_id: str, page: int) -> str:
    start = html.index(f"<details id='p-{doc_id}-{page}'>")
    return html[start:html.index("</details>", start)]


def html_text(fragment: str) -> str:
    return _html.unescape(re.sub(r"<[^>]+>", "", fragment))


def verbatim_items(page: str) -> list[str]:
    return re.findall(r"<li>\s*<div class=\"vmeta\">.*?</li>", page, re.DOTALL)


def resolve(page_path: Path, href: str) -> tuple[Path, str]:
    """The file a relative link of a page points to, and its fragment."""
    target, _, fragment = href.partition("#")
    return (page_path.parent / target).resolve(), fragment


# ---- index ---------------------------------------------------------------------------------


def test_overview_states_the_corpus_size(built):
    html = built["html"]
    overview = html[html.index('id="overview"'):html.index('id="themes"')]
    from pdfminer.pdfpage import PDFPage

    n_pages = 0
    for doc in DOCS:
        with open(CORPUS_DIR / "pdf" / f"{doc}.pdf", "rb") as fh:
            n_pages += sum(1 for _ in PDFPage.get_pages(fh))
    assert n_pages == 27  # aef2021.pdf has 5 pages, fournier2021.pdf 22
    assert f"<b>{n_pages}</b>pages" in overview
    assert "<b>2</b>documents" in overview and "<b>0</b>errors" in overview
    n_verbatims = len(cio.read_csv(built["root"] / "tables" / "verbatims.csv"))
    assert n_verbatims >= 20  # fournier2021 quotes 28 interviewees inline « … » (role, structure)
    assert f"<b>{n_verbatims}</b>verbatims" in overview


def pdf_page_text(doc_id: str, page: int) -> str:
    from pdfminer.high_level import extract_pages

    layout = next(extract_pages(str(CORPUS_DIR / "pdf" / f"{doc_id}.pdf"), page_numbers=[page - 1]))
    return re.sub(r"\s+", " ", " ".join(el.get_text() for el in layout if hasattr(el, "get_text")))


def check_item(item: str, page_path: Path, verbatims: list[dict], doc_pages: dict[str, str]) -> dict:
    """One entry of a verbatim list: its text is a verbatim of the tables, shown with its speaker,
    role, region and page; its audit link lands on the highlighted segment; its source link opens
    the PDF at the page whose text (pdfminer) holds the quote."""
    full = re.search(r'<div class="quote">(.*?)</div>', item, re.S).group(1)
    row = next(v for v in verbatims if " ".join(v["text"].split()) == _html.unescape(full))
    meta = html_text(re.search(r'<div class="vmeta">(.*?)</div>', item, re.S).group(1))
    assert meta.startswith(f"{row['speaker'] or 'no speaker'} · {row['role'] or 'no role'} · "
                           f"{row['region'] or 'no region'} · {row['doc_id']} p.{row['page']} —")
    audit = re.search(r'<a href="([^"]+)">audit view</a>', item).group(1)
    target, fragment = resolve(page_path, audit)
    assert target.name == f"{row['doc_id']}.html" and fragment == f"seg-{row['segment_id']}"
    assert f"id='{fragment}'" in doc_pages[row["doc_id"]]
    source = re.search(r'<a href="([^"]+)">source p\.(\d+)</a>', item)
    assert not os.path.isabs(source.group(1))  # relative: the folder can move with the data
    pdf, fragment = resolve(page_path, source.group(1))
    assert pdf == (CORPUS_DIR / "pdf" / f"{row['doc_id']}.pdf").resolve() and pdf.exists()
    assert fragment == f"page={row['page']}" == f"page={source.group(2)}"
    words = re.findall(r"\w+", row["text"])
    snippets = [" ".join(words[i:i + 3]) for i in range(0, max(1, len(words) - 2), 3)]
    text = pdf_page_text(row["doc_id"], int(row["page"]))
    # the quote begins on that page (a long one may end on the next)
    assert any(s in text for s in snippets[:3]), (row["segment_id"], snippets[:3])
    return row


def test_index_verbatims_show_text_speaker_role_region_and_link_to_audit_and_pdf_page(built):
    """Each cell "group × theme" lists readable quotes (not bare page links), each with its speaker,
    role and region, a link to its highlighted segment and one to the PDF at its page."""
    html, index = built["html"], built["report"] / "index.html"
    verbatims = cio.read_csv(built["root"] / "tables" / "verbatims.csv")
    cells = re.findall(r'<div class="cell" id="cell-region-[^"]+">.*?</ul>', html, re.S)
    assert len(cells) >= 4
    checked = [check_item(i, index, verbatims, built["doc"]) for c in cells for i in verbatim_items(c)]
    assert len(checked) >= 8 and {r["doc_id"] for r in checked} == set(DOCS)
    # the cell's count is the number of verbatims coded with the theme, and links to all of them
    idf = next(c for c in cells if "<b>Île-de-France × Territoire</b>" in c)
    hits = cio.read_csv(built["root"] / "tables" / "theme_hits.csv")
    coded = {h["segment_id"] for h in hits if h["theme"] == "territoire"}
    n = sum(1 for v in verbatims if v["region"] == "Île-de-France" and v["segment_id"] in coded)
    assert f": {n} verbatim(s)" in idf
    assert f'<a href="verbatims.html#region={quote("Île-de-France")}&amp;theme=territoire">all {n} in the verbatims page</a>' in idf


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


def test_confounding_is_flagged_in_the_index(built):
    conf = cio.read_csv(built["root"] / "tables" / "confounding.csv")
    idf = next(r for r in conf if r["group_by"] == "region" and r["group"] == "Île-de-France")
    # Île-de-France: fournier2021 (Les Mureaux) and the few aef2021 quotes of that region
    verb = cio.read_csv(built["root"] / "tables" / "verbatims.csv")
    by_doc = {d: sum(1 for v in verb if v["region"] == "Île-de-France" and v["doc_id"] == d) for d in DOCS}
    assert int(idf["n_verbatims"]) == sum(by_doc.values())
    assert idf["largest_doc"] == max(by_doc, key=by_doc.get) == "fournier2021"
    assert idf["warning"] == "1"
    html = built["html"]
    section = html[html.index('id="confounding-region"'):html.index('id="theme-role"')]
    share = round(100 * by_doc["fournier2021"] / sum(by_doc.values()))
    assert re.search(rf"<tr class=\"warn\"><td>Île-de-France</td>.*?{share} %</td><td>⚠ mostly one document", section)
    assert "documents as strata" in section
    # the heatmap's row of a flagged group is starred, and the caption says why
    caption = re.search(r"<figure id='fig-theme-region'>.*?<figcaption>(.*?)</figcaption>", html, re.S).group(1)
    assert html_text(caption).endswith("* more than half of the region's verbatims come from one document.")


def test_topics_say_why_each_model_was_chosen(built):
    html = built["html"]
    section = html[html.index('id="topics"'):html.index('id="documents"')]
    models = cio.read_csv(built["root"] / "tables" / "topic_models.csv")
    chosen = [r for r in models if r["chosen"] == "1"]
    assert chosen and section.count("<b>Why this k.</b>") == len(chosen)
    # one line per chosen model at the top, stable or not
    assert section.count("⚠ below the stability threshold</td>") + section.count("<td>stable</td>") == len(chosen)
    for r in chosen:
        flagged = float(r["stability"]) < 0.6
        head = re.search(rf'<h3 id="topics-{r["corpus"]}-{r["model"]}_k{r["k"]}">(.*?)</h3>', section).group(1)
        assert ("⚠ unstable" in head) == flagged
    # topics get a short label (their top three terms) and representative segments with links
    terms = [t for t in cio.read_csv(built["root"] / "tables" / "topics.csv")
             if t["model"] == f"{chosen[0]['model']}_k{chosen[0]['k']}" and t["corpus"] == chosen[0]["corpus"]
             and t["topic"] == "1"]
    label = " · ".join(t["term"] for t in sorted(terms, key=lambda t: int(t["rank"]))[:3])
    assert f"<td><b>{_html.escape(label)}</b></td>" in section
    assert 'audit view</a>' in section


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


def test_an_unstable_choice_is_flagged(built, tmp_path):
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    models = cio.read_csv(t / "topic_models.csv")
    for r in models:
        r["stability"] = "0.2"
    cio.write_csv(t / "topic_models.csv", models, list(models[0]))
    report.build_index(t, tmp_path / "report" / "index.html", built["config"], built["themes"])
    html = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    n = sum(1 for r in models if r["chosen"] == "1")
    assert html.count("⚠ unstable") == n
    assert f"⚠ {n} of {n} chosen models are below the stability threshold" in html


# ---- sections from other stages' tables (absent = no section) -------------------------------


def write_rows(path: Path, rows: list[dict]) -> None:
    cio.write_csv(path, rows, list(rows[0]))


def test_agreement_section(built, tmp_path):
    assert 'id="agreement"' not in built["html"]  # no agreement.csv in this run
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    # 40 segments coded by hand: the tool finds 8 of 10 coded, plus 2 false positives
    tp, fp, fn, tn = 8, 2, 2, 28
    n = tp + fp + fn + tn
    po, pe = (tp + tn) / n, ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n ** 2
    kappa = (po - pe) / (1 - pe)
    write_rows(t / "agreement.csv", [{
        "theme": "territoire", "method": "lexicon", "n": n, "prevalence_human": (tp + fn) / n,
        "prevalence_tool": (tp + fp) / n, "precision": tp / (tp + fp), "recall": tp / (tp + fn),
        "f1": 0.8, "kappa": kappa, "ac1": 0.79, "tp": tp, "fp": fp, "fn": fn, "tn": tn}])
    report.build_index(t, tmp_path / "index.html", built["config"], built["themes"])
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    section = html[html.index('id="agreement"'):html.index('id="documents"')]
    assert f"<td class=\"n\">{kappa:.3f}</td>" in section and "<td class=\"n\">0.250</td>" in section
    assert "raw agreement" not in section.replace("Raw agreement is not shown", "")
    assert f"{po:.3f}" not in section  # never the raw agreement alone


def test_lexicometry_section(built, tmp_path):
    assert 'id="lexicometry"' not in built["html"]
    t = tmp_path / "results" / "tables"
    shutil.copytree(built["root"] / "tables", t)
    verb = [v for v in cio.read_csv(t / "verbatims.csv") if v["doc_id"] == "fournier2021"]
    gp = next(v for v in verb if v["text"].startswith("« " + QUOTE))
    others = [v for v in verb if v is not gp][:4]
    rows = [{"corpus": "verbatims", "doc_id": v["doc_id"], "segment_id": v["segment_id"], "chd_segment": i + 1,
             "char_start": v["char_start"], "char_end": v["char_end"], "class": 1 if i < 3 else 2}
            for i, v in enumerate([others[0], gp, others[1], others[2], others[3]])]
    write_rows(t / "chd_segments.csv", rows)
    write_rows(t / "chd_classes.csv", [
        {"corpus": "verbatims", "class": 1, "n_segments": 3, "share": 0.6, "top_lemmas": "activité, téléconsultation", "parent": 0},
        {"corpus": "verbatims", "class": 2, "n_segments": 2, "share": 0.4, "top_lemmas": "cpts, réunion", "parent": 0}])
    write_rows(t / "chd_profiles.csv", [
        {"corpus": "verbatims", "class": 1, "kind": "lemma", "item": "téléconsultations", "chi2": 12.5, "p": 0.0004, "n_in": 2, "n_out": 0},
        {"corpus": "verbatims", "class": 1, "kind": "variable", "item": "*role_medecin_generaliste", "chi2": 6.2, "p": 0.013, "n_in": 2, "n_out": 1},
        {"corpus": "verbatims", "class": 2, "kind": "variable", "item": "*region_Occitanie", "chi2": 1.0, "p": 0.3, "n_in": 1, "n_out": 4}])
    figures = tmp_path / "results" / "figures"
    figures.mkdir()
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'
    for name in ("chd_dendrogram_verbatims.svg", "afc_verbatims_classes.svg", "similarity_verbatims.svg"):
        (figures / name).write_text(svg, encoding="utf-8")
    index = tmp_path / "results" / "report" / "index.html"
    report.build_index(t, index, built["config"], built["themes"])
    html = index.read_text(encoding="utf-8")
    section = html[html.index('id="lexicometry"'):html.index('id="documents"')]
    for name in ("chd_dendrogram_verbatims.svg", "afc_verbatims_classes.svg", "similarity_verbatims.svg"):
        src = re.search(rf'<img class="svg" src="([^"]*{name})"', section).group(1)
        assert resolve(index, src)[0] == (figures / name).resolve()
    class1 = section[section.index('id="class-verbatims-1"'):section.index('id="class-verbatims-2"')]
    assert "activité, téléconsultation" in class1
    assert "*role_medecin_generaliste (χ² 6.2, 2 in)" in class1
    items = verbatim_items(class1)
    assert len(items) == 3
    # the GP's quote contains the class's characteristic word: it comes first
    assert QUOTE.replace("'", "&#39;") in items[0] and "medecin_generaliste · Île-de-France" in items[0]
    assert "documents/fournier2021.html#seg-" in items[0]
    class2 = section[section.index('id="class-verbatims-2"'):]
    assert "Occitanie" not in class2.split("Characteristic")[0]  # p = 0.3: not over-represented
    # when the lexicometry stage records its own ranking (chd_top_segments.csv), the report follows it
    first = others[2]
    write_rows(t / "chd_top_segments.csv", [
        {"corpus": "verbatims", "class": 1, "rank": rank, "chd_segment": n, "doc_id": v["doc_id"],
         "segment_id": v["segment_id"], "score": score, "speaker": v["speaker"], "role": v["role"],
         "region": v["region"], "page": v["page"], "char_start": v["char_start"], "char_end": v["char_end"],
         "text": " ".join(v["text"].split())}
        for rank, (n, v, score) in enumerate([(3, first, 20.5), (2, gp, 12.5)], 1)])
    report.build_index(t, index, built["config"], built["themes"])
    html = index.read_text(encoding="utf-8")
    class1 = html[html.index('id="class-verbatims-1"'):html.index('id="class-verbatims-2"')]
    items = verbatim_items(class1)
    assert len(items) == 2 and f"#seg-{first['segment_id']}" in items[0] and f"#seg-{gp['segment_id']}" in items[1]


def test_any_number_of_themes_and_quality_warnings(built, tmp_path):
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    docs = cio.read_csv(t / "documents.csv")
    for d in docs:
        d["warnings"] = "garbled_pages=3; cid_glyphs=12" if d["doc_id"] == "aef2021" else ""
    cio.write_csv(t / "documents.csv", docs, list(docs[0]) + ["warnings"] if "warnings" not in docs[0] else list(docs[0]))
    themes = {**built["themes"], "teleconsultation": {"label": "Téléconsultation"},
              "vaccination": {"label": "Vaccination"}}
    out = tmp_path / "report" / "index.html"
    report.build_report(t, out, built["config"], built["interim"], themes)
    html = out.read_text(encoding="utf-8")
    assert "1 document(s) carry quality warnings" in html and "garbled_pages=3" in html
    doc = (tmp_path / "report" / "documents" / "aef2021.html").read_text(encoding="utf-8")
    assert "<li>garbled_pages=3</li><li>cid_glyphs=12</li>" in doc
    assert "<span class=\"h5\">Vaccination</span>" in doc  # the sixth theme's colour and label
    assert ".h6{background:" in doc


# ---- document pages and the verbatims page ---------------------------------------------------


def test_audit_view_shows_a_quote_with_its_role_on_its_pdf_page(built):
    page = pdf_page_with("fournier2021", QUOTE)
    block = page_block(built["doc"]["fournier2021"], "fournier2021", page)
    m = re.search(r"<span class='v' title='([^']*)' id='seg-(fournier2021-\d+)'>([^<]*)", block)
    assert m, "no verbatim highlighted on that page"
    spans = re.findall(r"<span class='v'[^>]*>(.*?)(?=<span class='tag'>)", block, re.DOTALL)
    assert any(html_text(s).startswith("« " + QUOTE) for s in spans)
    assert re.search(r"<span class='spk' title='speaker label: médecin généraliste[^']*'>médecin généraliste", block)
    assert "[medecin_generaliste · Île-de-France" in block
    assert f"Page {page} — " in block
    # beside each page: the PDF at that page, to compare the audit view with the source
    assert re.search(rf"<a class='src' href='(\.\./)+[^']*/fournier2021\.pdf#page={page}'>source p\.{page}</a></summary>", block)


def test_theme_hits_are_highlighted_on_their_page(built):
    assert pdf_page_with("aef2021", "nouvelles formes de coopération") == 1
    block = page_block(built["doc"]["aef2021"], "aef2021", 1)
    coordination = list(built["themes"]).index("coordination")
    assert (f"<span class='h{coordination}' title='theme coordination: cooperation'>coopération</span>"
            in block)
    assert re.search(r"Page 1 — [^<]*coordination \d+", block)


def test_every_verbatim_of_a_document_is_listed_with_a_working_audit_link(built):
    doc = built["doc"]["fournier2021"]
    n = sum(1 for v in cio.read_csv(built["root"] / "tables" / "verbatims.csv") if v["doc_id"] == "fournier2021")
    items = verbatim_items(doc)
    assert len(items) == n
    ids = set(re.findall(r" id='([^']+)'", doc)) | set(re.findall(r' id="([^"]+)"', doc))
    targets = [re.search(r'<a href="#([^"]+)">audit view</a>', i).group(1) for i in items]
    assert all(t in ids for t in targets)


def test_pages_link_only_to_existing_anchors_and_files(built):
    for page in [built["report"] / "index.html", built["report"] / "verbatims.html",
                 *sorted((built["report"] / "documents").glob("*.html"))]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=['"]?(https?:|//|file:)""", text), page
        ids = set(re.findall(r""" id=['"]([^'"]+)['"]""", text))
        for href in re.findall(r"""href=['"]([^'"]+)['"]""", text):
            target, fragment = resolve(page, href)
            if href.startswith("#"):
                assert fragment in ids, (page.name, href)
            else:
                assert target.exists(), (page.name, href)
                # an anchor of another page of the report (not the verbatims page's filters, a=b&c=d)
                if target.suffix == ".html" and fragment and "=" not in fragment:
                    other = target.read_text(encoding="utf-8")
                    assert re.search(rf""" id=['"]{re.escape(fragment)}['"]""", other), (page.name, href)
        # the verbatims page's links are in its JSON data
        if page.name == "verbatims.html":
            payload = json.loads(re.search(r'id="verbatims-data">(.*?)</script>', text, re.S).group(1))
            audit = payload["fields"].index("audit")
            for row in payload["rows"]:
                target, fragment = resolve(page, row[audit])
                assert f"id='{fragment}'" in target.read_text(encoding="utf-8"), row[audit]


def test_verbatims_page_embeds_every_verbatim(built):
    m = re.search(r'<script type="application/json" id="verbatims-data">(.*?)</script>', built["verbatims"], re.DOTALL)
    payload = json.loads(m.group(1))
    verb = cio.read_csv(built["root"] / "tables" / "verbatims.csv")
    assert len(payload["rows"]) == len(verb)
    row = dict(zip(payload["fields"], next(r for r in payload["rows"] if r[-3].startswith("« " + QUOTE))))
    assert row["doc"] == "fournier2021" and row["role"] == "medecin_generaliste" and row["region"] == "Île-de-France"
    assert row["source"].endswith(f"fournier2021.pdf#page={pdf_page_with('fournier2021', QUOTE)}")
    assert "<script" not in built["verbatims"].split("verbatims-data")[1].split("</script>")[0]


def test_a_document_in_error_gets_a_page_saying_why(built, tmp_path):
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    docs = cio.read_csv(t / "documents.csv")
    for d in docs:
        if d["doc_id"] == "aef2021":
            d.update(status="error", error="aef2021.pdf: no text layer (scanned?)")
    cio.write_csv(t / "documents.csv", docs, list(docs[0]))
    out = tmp_path / "report" / "documents" / "aef2021.html"
    report.build_document(t, tmp_path / "no-interim", "aef2021", out, built["config"], built["themes"])
    page = out.read_text(encoding="utf-8")
    assert '<p class="error">Status error: aef2021.pdf: no text layer (scanned?)</p>' in page
    assert 'id="audit"' not in page and 'href="#audit"' not in page
    report.build_index(t, tmp_path / "report" / "index.html", built["config"], built["themes"])
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert '<a href="documents/aef2021.html">aef2021</a>: aef2021.pdf: no text layer (scanned?)' in index


def test_report_is_deterministic(built, tmp_path):
    out = tmp_path / "again"
    report.build_report(built["root"] / "tables", out / "index.html", built["config"], built["interim"], built["themes"])
    first = sorted(p.relative_to(built["report"]) for p in built["report"].rglob("*.html"))
    again = sorted(p.relative_to(out) for p in out.rglob("*.html"))
    assert first == again and len(first) == 2 + len(DOCS)
    for rel in first:
        assert (out / rel).read_bytes() == (built["report"] / rel).read_bytes(), rel


def test_report_survives_empty_and_missing_tables(built, tmp_path):
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    for name in ("topics", "topic_models", "topic_representatives", "topic_prevalence_by_region",
                 "confounding", "themes_stratified"):
        (t / f"{name}.csv").unlink()
    header = (t / "theme_hits.csv").read_text(encoding="utf-8").splitlines()[0]
    (t / "theme_hits.csv").write_text(header + "\n", encoding="utf-8")
    info = report.build_report(t, tmp_path / "index.html", built["config"], built["interim"], built["themes"])
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "No topic model in this run." in html
    assert info["documents"] == 2


def test_report_without_tables_is_an_error(tmp_path, capsys):
    from corpus.cli import main

    code = main(["report", "--tables", str(tmp_path), "--interim", str(tmp_path),
                 "-o", str(tmp_path / "index.html")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: ") and "documents.csv: missing" in err and err.count("\n") == 1


def test_report_doc_for_an_unknown_document_is_an_error(built, tmp_path, capsys):
    from corpus.cli import main

    code = main(["report", "doc", "--doc", "nosuchdoc", "--tables", str(built["root"] / "tables"),
                 "--interim", str(built["interim"]), "-o", str(tmp_path / "x.html")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Error: ") and "no document 'nosuchdoc'" in err


def test_gautier_audit_view_is_excerpted():
    """A long document keeps every verbatim in full but not every page of narrative."""
    text = "x" * (report.FULL_TEXT_MAX_CHARS + 10)
    pages = [{"page": "1", "char_start": "0", "char_end": str(len(text))}]
    quote = "« il fallait d'une part répondre aux inquiétudes des patients »"
    text = text[:1000] + quote + text[1000 + len(quote):]
    seg = {"segment_id": "d-00002", "kind": "verbatim", "char_start": 1000, "char_end": 1000 + len(quote),
           "page_start": 1, "speaker": "", "role_raw": "", "role": "medecin_generaliste", "region": ""}
    hit = {"theme": "coordination", "lemma": "coordination", "char_start": "5000", "char_end": "5012",
           "page": "1"}
    html = report.audit_view("d", {"text": text, "pages": pages, "segments": [seg]}, [hit],
                             ["coordination"], set())
    assert quote.replace("'", "&#x27;") in html
    assert html.count("x") < 3 * report.KWIC_WIDTH + 2000  # narrative kept only around the hit
    assert "[…]" in html


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


# ---- confounding tables ---------------------------------------------------------------------


def test_confounding_rows_share_of_the_largest_document():
    verb = ([{"doc_id": "a", "region": "Occitanie", "role": "infirmier"}] * 3
            + [{"doc_id": "b", "region": "Occitanie", "role": "infirmier"}]
            + [{"doc_id": "b", "region": "Bretagne", "role": "pharmacien"}] * 2
            + [{"doc_id": "c", "region": "Bretagne", "role": "pharmacien"}] * 2)
    rows = {(r["group_by"], r["group"]): r for r in confounding.confounding_rows(verb)}
    occ = rows[("region", "Occitanie")]
    assert (occ["n_verbatims"], occ["n_documents"], occ["largest_doc"], occ["largest_n"]) == (4, 2, "a", 3)
    assert occ["largest_share"] == 0.75 and occ["warning"] == 1
    bre = rows[("region", "Bretagne")]  # 2 and 2: exactly half is not "more than half"; tie -> "b"
    assert bre["largest_doc"] == "b" and bre["largest_share"] == 0.5 and bre["warning"] == 0
    assert rows[("role", "infirmier")]["warning"] == 1


def test_stratified_specificity_within_each_document():
    from scipy.stats import hypergeom

    seg = lambda sid, doc, region, kind="verbatim": {"segment_id": sid, "doc_id": doc, "kind": kind, "region": region, "role": ""}
    segs = {s["segment_id"]: s for s in [seg("a1", "a", "Occitanie"), seg("a2", "a", "Bretagne"),
                                         seg("b1", "b", "Occitanie"), seg("a3", "a", "Occitanie", "narrative")]}
    words = {"a1": 100, "a2": 300, "b1": 50, "a3": 1000}
    hits = ([{"segment_id": "a1", "theme": "territoire"}] * 8 + [{"segment_id": "a2", "theme": "territoire"}] * 2
            + [{"segment_id": "b1", "theme": "territoire"}] * 5 + [{"segment_id": "a3", "theme": "territoire"}] * 9)
    rows = confounding.stratified_rows(segs, words, hits, ["territoire"])
    got = {(r["group_by"], r["group"], r["doc_id"]): r for r in rows if r["theme"] == "territoire"}
    occ_a = got[("region", "Occitanie", "a")]
    assert (occ_a["hits"], occ_a["tokens"], occ_a["doc_tokens"]) == (8, 100, 400)  # narrative left out
    expected = -math.log10(hypergeom(400, 10, 100).sf(7))  # P(X >= 8), N=400, K=10, n=100
    assert occ_a["specificity"] == pytest.approx(expected, rel=1e-6)
    assert got[("region", "Occitanie", "b")]["specificity"] == 0  # all of b's verbatims: nothing to compare
    assert got[("region", "Bretagne", "a")]["specificity"] < 0


# ---- headless browser ---------------------------------------------------------------------

CHECK_SCRIPT = """
window.addEventListener('load', function () {
  var imgs = Array.from(document.images);
  var links = Array.from(document.querySelectorAll('a[href^="#"]'));
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  var nav = document.querySelector('nav.top').getBoundingClientRect();
  var out = {
    images: imgs.length,
    rendered: imgs.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length,
    links: links.length,
    dead: links.map(function (a) { return decodeURIComponent(a.getAttribute('href').slice(1)); })
               .filter(function (id) { return !document.getElementById(id); }),
    resources: performance.getEntriesByType('resource').map(function (r) { return r.name; }),
    title: document.title,
    nav_bottom: nav.bottom,
    target_top: target ? target.getBoundingClientRect().top : null,
    target_visible: target ? target.getClientRects().length > 0 : null,
    items: document.querySelectorAll('ul.verbatims li').length,
    count: (document.getElementById('count') || {}).textContent || ''
  };
  var pre = document.createElement('pre');
  pre.id = 'report-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("chromium is not installed: `make test` installs it (apt-get install chromium)")


def run_chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=15000", *args, url],
        capture_output=True, text=True, timeout=180,
    )


def browser_check(tmp_path: Path, page: Path, fragment: str = "", size: str = "1280,900") -> dict:
    """Open a copy of ``page`` (same folder, so relative links work) with the check script."""
    checked = page.with_name(f"_check_{page.name}")
    checked.write_text(page.read_text(encoding="utf-8").replace("</body>", f"<script>{CHECK_SCRIPT}</script></body>"),
                       encoding="utf-8")
    try:
        result = run_chromium(tmp_path, checked.as_uri() + fragment, f"--window-size={size}", "--dump-dom")
    finally:
        checked.unlink()
    m = re.search(r'<pre id="report-check">(.*?)</pre>', result.stdout, re.DOTALL)
    assert m, result.stderr[-2000:]
    return json.loads(html_text(m.group(1)))


def test_index_loads_in_chromium_with_figures_and_no_broken_links(built, tmp_path):
    check = browser_check(tmp_path, built["report"] / "index.html")
    assert check["title"] == "Corpus report"
    assert check["images"] >= 5 and check["rendered"] == check["images"]
    assert check["links"] >= 8 and check["dead"] == []  # the navigation bar and the method notes
    assert check["resources"] == []  # nothing fetched: no network, no file beside the page


def test_a_link_to_a_verbatim_opens_its_page_below_the_navigation_bar(built, tmp_path):
    doc = built["doc"]["fournier2021"]
    seg = re.search(r"<span class='v' title='[^']*' id='(seg-fournier2021-\d+)'>« " + re.escape(QUOTE.replace("'", "&#x27;")), doc)
    assert seg, "the GP's quote is not highlighted"
    check = browser_check(tmp_path, built["report"] / "documents" / "fournier2021.html", f"#{seg.group(1)}")
    assert check["target_visible"]  # its page's <details> was opened
    assert check["nav_bottom"] > 0
    # landed just below the sticky bar, not under it (scroll-margin-top)
    assert check["nav_bottom"] <= check["target_top"] < check["nav_bottom"] + 60, check


def test_verbatims_page_filters_from_the_address(built, tmp_path):
    verb = cio.read_csv(built["root"] / "tables" / "verbatims.csv")
    hits = cio.read_csv(built["root"] / "tables" / "theme_hits.csv")
    coded = {h["segment_id"] for h in hits if h["theme"] == "territoire"}
    expected = [v for v in verb if v["region"] == "Île-de-France" and v["segment_id"] in coded]
    assert expected
    page = built["report"] / "verbatims.html"
    check = browser_check(tmp_path, page, "#region=" + quote("Île-de-France") + "&theme=territoire")
    assert check["items"] == min(len(expected), 200)
    assert check["count"].startswith(f"{len(expected)} of {len(verb)} verbatims")
    check = browser_check(tmp_path, page, "#q=" + quote("téléconsultations"))
    expected = [v for v in verb if "téléconsultations" in v["text"].lower()]
    assert expected and check["items"] == len(expected)
    assert check["resources"] == []


@pytest.mark.parametrize("name", ["index.html", "documents/fournier2021.html", "verbatims.html"])
def test_screenshot_of_each_page_is_drawn(built, tmp_path, name):
    shot = tmp_path / "page.png"
    result = run_chromium(tmp_path, (built["report"] / name).as_uri(), "--window-size=1280,2000",
                          f"--screenshot={shot}")
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes
    keep = os.environ.get("REPORT_SCREENSHOTS")  # a folder to look at them
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / (name.replace("/", "_") + ".png"))


# ---- data dictionary -----------------------------------------------------------------------


def documented_columns(path: Path = DICTIONARY) -> dict[str, set[str]]:
    """{file name: columns} from the dictionary: each '### a.csv, b.csv' heading followed by a
    table whose first cells are `column` names."""
    out: dict[str, set[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            current = re.findall(r"[\w.]+\.(?:csv|jsonl|json)", line) if line.startswith("### ") else []
            for name in current:
                out.setdefault(name, set())
        elif line.startswith("| `") and current:
            column = re.match(r"\| `([^`]+)`", line).group(1)
            for name in current:
                out[name].add(column)
    return out


def header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_dictionary_documents_every_table_column(built):
    documented = documented_columns()
    written = sorted((built["root"] / "tables").glob("*.csv"))
    assert len(written) >= 14
    for path in written:
        assert path.name in documented, f"{path.name} is not in docs/DATA_DICTIONARY.md"
        cols = header(path)
        # the three grouped tables share one section: each file's own group column is enough
        missing = [c for c in cols if c not in documented[path.name]]
        assert not missing, f"{path.name}: undocumented column(s) {missing}"


def test_dictionary_documents_every_interim_column(built):
    documented = documented_columns()
    folder = built["interim"] / "fournier2021"
    for name in ("pages.csv", "structure.csv", "styles.csv", "audit.csv", "tokens.csv"):
        missing = [c for c in header(folder / name) if c not in documented[name]]
        assert not missing, f"{name}: undocumented column(s) {missing}"
    record = cio.read_jsonl(folder / "segments.jsonl")[0]
    assert not [k for k in record if k not in documented["segments.jsonl"]]
    status = cio.read_json(folder / "status.json")
    assert not [k for k in status if k not in documented["status.json"]]


def test_dictionary_has_no_stale_table_column(built):
    documented = documented_columns()
    grouped = {"doc_id", "region", "role"}
    for path in sorted((built["root"] / "tables").glob("*.csv")):
        cols = set(header(path))
        stale = documented[path.name] - cols
        if path.name.startswith(("themes_by_", "topic_prevalence_by_")):
            stale -= grouped  # one section documents the three group columns
        assert not stale, f"{path.name}: documented but not written: {sorted(stale)}"


def test_overview_pages_leave_out_a_transcripts_paragraphs():
    """A student's Word interview has 163 paragraphs (n_pages, location_unit paragraph): the
    overview's page count is the PDFs' pages only (a run said 211 pages for one 4-page PDF)."""
    from corpus.report.build import overview

    docs = [{"doc_id": "artisan01", "status": "ok", "n_pages": "163", "location_unit": "paragraph"},
            {"doc_id": "lostanlen2015", "status": "ok", "n_pages": "4", "location_unit": "page"},
            {"doc_id": "old_table", "status": "ok", "n_pages": "44"}]  # written before the column
    stats = dict(overview({"documents": docs, "speakers": [], "verbatims": [], "theme_hits": []})["stats"])
    assert stats["pages"] == 48 and stats["documents"] == 3


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
