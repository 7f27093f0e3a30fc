"""The report in a real headless browser (Debian's chromium; `make test` installs it): figures
drawn, no broken link, nothing fetched, anchors land below the navigation bar, the verbatims
page filters from its address, screenshots not blank."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from corpus import io as cio

from .conftest import QUOTE, html_text

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
