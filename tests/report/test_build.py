"""The report's pages as `report/build.py` assembles them from the tables of two bundled
documents: the index (overview, verbatims per group × theme, confounding, topics, sections from
other stages' tables), the verbatims page, a document in error, determinism, bad input."""

from __future__ import annotations

import html as _html
import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote

from conftest import CORPUS_DIR

from corpus import io as cio
from corpus import report

from .conftest import DOCS, QUOTE, html_text, pdf_page_with, resolve, verbatim_items


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


def test_overview_pages_leave_out_a_transcripts_paragraphs():
    """A student's Word interview has 163 paragraphs (n_pages, location_unit paragraph): the
    overview's page count is the PDFs' pages only (a run said 211 pages for one 4-page PDF)."""
    from corpus.report.build import overview

    docs = [{"doc_id": "artisan01", "status": "ok", "n_pages": "163", "location_unit": "paragraph"},
            {"doc_id": "lostanlen2015", "status": "ok", "n_pages": "4", "location_unit": "page"},
            {"doc_id": "old_table", "status": "ok", "n_pages": "44"}]  # written before the column
    stats = dict(overview({"documents": docs, "speakers": [], "verbatims": [], "theme_hits": []})["stats"])
    assert stats["pages"] == 48 and stats["documents"] == 3
