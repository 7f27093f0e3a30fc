"""The report page, built from the tables of two bundled documents, checked as HTML and in a real
headless browser (Debian's chromium; `make test` installs it), and the data dictionary checked
against every column the stages write."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from corpus import io as cio
from corpus import report, tables, topics
from corpus.config import load_config
from corpus.themes import load_themes

from conftest import CORPUS_DIR, REPO, THEMES_PATH

DOCS = ["aef2021", "fournier2021"]
DICTIONARY = REPO / "docs" / "DATA_DICTIONARY.md"


@pytest.fixture(scope="module")
def built(pipeline, tmp_path_factory):
    """Tables (incl. topics on a small grid) and the report for aef2021 and fournier2021."""
    for doc in DOCS:
        pipeline.interim(doc, upto="themes")
    out = tmp_path_factory.mktemp("report")
    sheet = [pipeline.sheet[d] for d in DOCS]
    themes = load_themes(THEMES_PATH)
    tables.build_tables(sheet, pipeline.root, out / "tables", list(themes))
    config = load_config(REPO / "config" / "config.yaml")
    params = {**config.get("topics", {}), "k_grid": [2, 3], "seeds": [1]}
    topics.run(pipeline.root, out / "tables", params, int(config["seed"]))
    info = report.build_report(out / "tables", out / "index.html", config, pipeline.root, themes)
    return {"root": out, "info": info, "html": (out / "index.html").read_text(encoding="utf-8"),
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


def test_overview_states_the_corpus_size(built):
    html = built["html"]
    overview = html[html.index("id='overview'"):html.index("id='themes'")]
    # aef2021.pdf has 5 pages and fournier2021.pdf 22 (the files themselves, read by pdfminer)
    from pdfminer.pdfpage import PDFPage

    n_pages = 0
    for doc in DOCS:
        with open(CORPUS_DIR / "pdf" / f"{doc}.pdf", "rb") as fh:
            n_pages += sum(1 for _ in PDFPage.get_pages(fh))
    assert n_pages == 27
    assert f"<b>{n_pages}</b>pages" in overview
    assert "<b>2</b>documents" in overview and "<b>0</b>errors" in overview
    # fournier2021 quotes 28 interviewees inline « … » (role, structure): the verbatims
    n_verbatims = len(cio.read_csv(built["root"] / "tables" / "verbatims.csv"))
    assert n_verbatims >= 20
    assert f"<b>{n_verbatims}</b>verbatims" in overview


def test_audit_view_shows_a_quote_with_its_role_on_its_pdf_page(built):
    quote = "Une baisse d'activité, ce n'est pas sûr"
    page = pdf_page_with("fournier2021", quote)
    block = page_block(built["html"], "fournier2021", page)
    # the quote sits in a verbatim span, tagged with the role of "(médecin généraliste, cabinet de groupe)"
    m = re.search(r"<span class='v' title='([^']*)' id='seg-(fournier2021-\d+)'>([^<]*)", block)
    assert m, "no verbatim highlighted on that page"
    spans = re.findall(r"<span class='v'[^>]*>(.*?)(?=<span class='tag'>)", block, re.S)
    assert any(html_text(s).startswith("« " + quote) for s in spans)
    assert re.search(r"<span class='spk' title='speaker label: médecin généraliste[^']*'>médecin généraliste", block)
    assert "[medecin_generaliste · Île-de-France" in block
    assert f"Page {page} — " in block


def html_text(fragment: str) -> str:
    import html as _html

    return _html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_theme_hits_are_highlighted_on_their_page(built):
    # aef2021: "… nouvelles formes de coopération" — a coordination lemma — on PDF page 1
    assert pdf_page_with("aef2021", "nouvelles formes de coopération") == 1
    block = page_block(built["html"], "aef2021", 1)
    coordination = list(built["themes"]).index("coordination")
    assert (f"<span class='h{coordination}' title='theme coordination: cooperation'>coopération</span>"
            in block)
    assert re.search(r"Page 1 — [^<]*coordination \d+", block)


def test_figures_and_method_notes(built):
    html = built["html"]
    for fig in ("fig-theme-region", "fig-theme-role", "fig-theme-documents"):
        assert re.search(rf"<figure id='{fig}'><img alt='[^']+' src='data:image/png;base64,", html), fig
    assert re.search(r"<figure id='fig-topics-region-[^']+'><img", html)
    method = html[html.index("id='method'"):]
    assert "topics.k_grid" in method and "[4, 6, 8, 10, 12]" in method  # parameters of config.yaml
    assert topics.choice_rule(built["config"]["topics"]) in html.replace("&#x27;", "'")
    assert "<tr class='chosen'>" in method
    assert "réunionite" in method  # the lexicons
    assert built["info"]["figures"] >= 5


def test_structure_links_to_pages_and_every_link_has_a_target(built):
    html = built["html"]
    ids = set(re.findall(r" id='([^']+)'", html))
    links = re.findall(r"href='#([^']+)'", html)
    assert links and set(links) <= ids
    assert "p-fournier2021-22" in ids
    assert any(link.startswith("seg-fournier2021-") for link in links)  # evidence lists, topics


def test_page_is_self_contained(built):
    html = built["html"]
    assert not re.search(r"""(src|href)=['"]?(https?:|//|file:)""", html)
    assert not re.search(r"url\(\s*['\"]?(?!data:)", html)
    assert "<script" not in html and "<link" not in html
    assert all(src.startswith("data:image/png;base64,") for src in re.findall(r"src='([^']*)'", html))


def test_report_is_deterministic(built, tmp_path):
    again = tmp_path / "again.html"
    report.build_report(built["root"] / "tables", again, built["config"], built["interim"], built["themes"])
    assert again.read_bytes() == (built["root"] / "index.html").read_bytes()


def test_report_survives_empty_and_missing_tables(built, tmp_path):
    t = tmp_path / "tables"
    shutil.copytree(built["root"] / "tables", t)
    for name in ("topics", "topic_models", "topic_representatives", "topic_prevalence_by_region"):
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


def test_gautier_audit_view_is_excerpted(pipeline, tmp_path):
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


# ---- headless browser ---------------------------------------------------------------------

CHECK_SCRIPT = """
window.addEventListener('load', function () {
  var imgs = Array.from(document.images);
  var links = Array.from(document.querySelectorAll('a[href^="#"]'));
  var out = {
    images: imgs.length,
    rendered: imgs.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length,
    links: links.length,
    dead: links.map(function (a) { return decodeURIComponent(a.getAttribute('href').slice(1)); })
               .filter(function (id) { return !document.getElementById(id); }),
    resources: performance.getEntriesByType('resource').map(function (r) { return r.name; }),
    title: document.title,
    width: document.documentElement.scrollWidth
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


def test_page_loads_in_chromium_with_figures_and_no_broken_links(built, tmp_path):
    page = tmp_path / "checked.html"
    page.write_text(built["html"].replace("</body>", f"<script>{CHECK_SCRIPT}</script></body>"),
                    encoding="utf-8")
    result = run_chromium(tmp_path, page.as_uri(), "--dump-dom")
    m = re.search(r'<pre id="report-check">(.*?)</pre>', result.stdout, re.S)
    assert m, result.stderr[-2000:]
    check = json.loads(html_text(m.group(1)))
    assert check["title"] == "Corpus report"
    assert check["images"] >= 5 and check["rendered"] == check["images"]
    assert check["links"] > 10 and check["dead"] == []
    assert check["resources"] == []  # nothing fetched: no network, no file beside the page


def test_screenshot_of_the_page_is_drawn(built, tmp_path):
    shot = tmp_path / "report.png"
    result = run_chromium(tmp_path, (built["root"] / "index.html").as_uri(), "--window-size=1280,2400",
                          f"--screenshot={shot}")
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes


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
