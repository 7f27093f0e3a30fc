"""The disk cache of spaCy's French exception regex: same matches, same tokens, used when
present, ignored when damaged."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import REPO

from corpus import recache

pytestmark = pytest.mark.skipif(not recache._supported(),
                                reason="CPython internals of recache.PYTHONS only, CORPUS_SPEEDUPS on")

# Tokenises a real paragraph and says whether the tokenizer's exception regex came from the cache.
PROBE = """
import json, re, sys
from corpus import recache
seeded = recache.seed()
cached = {p for k, p in re._cache.items() if len(k[1]) >= recache.MIN_PATTERN_CHARS}
from corpus.nlp import load_model
nlp = load_model()
used = nlp.tokenizer.token_match.__self__
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"seeded": seeded, "from_cache": used in cached,
                  "tokens": [t.text for t in nlp(text)]}))
"""


@pytest.fixture(scope="module")
def paragraph(tmp_path_factory):
    """Hyphenated words, elisions and place names of a real interview passage."""
    text = (REPO / "data" / "corpus" / "text" / "perelli2022.txt").read_text(encoding="utf-8")
    words = re.findall(r"\w+(?:[-'’]\w+)+", text)
    assert len(words) > 50  # the passage exercises the exception regex
    path = tmp_path_factory.mktemp("probe") / "para.txt"
    path.write_text(text[:20000], encoding="utf-8")
    return path


def _probe(cache_dir, paragraph) -> dict:
    env = {**os.environ, "CORPUS_CACHE_DIR": str(cache_dir)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(paragraph)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def test_rebuilt_pattern_matches_like_a_fresh_compile():
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH as token_match

    TOKEN_MATCH = token_match.__self__  # spaCy keeps the bound .match of the compiled pattern
    rebuilt = recache.build(recache.compiled_parts(TOKEN_MATCH.pattern))
    text = (REPO / "data" / "corpus" / "text" / "gautier2019.txt").read_text(encoding="utf-8")
    words = sorted(set(re.findall(r"\S+", text)))
    hits = [w for w in words if TOKEN_MATCH.match(w)]
    assert len(hits) > 100  # the regex does fire on the thesis (aujourd'hui, peut-être, ...)
    assert [w for w in words if rebuilt.match(w)] == hits
    assert rebuilt.flags == TOKEN_MATCH.flags and rebuilt.groups == TOKEN_MATCH.groups


def test_first_load_records_the_regex_and_later_loads_use_it(tmp_path, paragraph):
    first = _probe(tmp_path, paragraph)
    assert (first["seeded"], first["from_cache"]) == (0, False)
    assert len(list(tmp_path.glob("re-*.marshal"))) == 1
    second = _probe(tmp_path, paragraph)
    assert (second["seeded"], second["from_cache"]) == (1, True)
    assert second["tokens"] == first["tokens"]


def test_damaged_cache_file_is_ignored(tmp_path, paragraph):
    good = _probe(tmp_path, paragraph)
    (cached,) = tmp_path.glob("re-*.marshal")
    cached.write_bytes(b"not a marshal file")
    again = _probe(tmp_path, paragraph)
    assert (again["seeded"], again["from_cache"]) == (0, False)
    assert again["tokens"] == good["tokens"]


# ---- bundles (the segmenter's patterns) ---------------------------------------------------------

_BUNDLE_TEXTS = ["E3 : oui. P2 : non !", "Mme D. : « On se parle », dit-elle.", "MG1 à MG4 sont médecins", "", "K2 Alors"]


def _fresh(patterns):
    """As in a new process: the patterns out of re's caches (3.12+ keeps a second, small one, _cache2,
    that re.compile reads first)."""
    for p, f in patterns:
        re._cache.pop((str, p, f), None)
        getattr(re, "_cache2", {}).pop((str, p, f), None)


def test_a_bundle_gives_back_the_patterns_a_run_compiled(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CORPUS_SPEEDUPS", raising=False)
    # room for every pattern this test process compiled before (recorded oldest first)
    monkeypatch.setattr(recache, "MAX_BUNDLE_PATTERNS", 10**6)
    if not recache._supported("segment_patterns"):
        pytest.skip("this interpreter's re internals are not the ones recache mirrors")
    # patterns no other test compiles (a unique word in each), one with flags and named groups
    patterns = [(rf"(?P<who>[A-Z]{{1,3}}\d)\s*:\s*(?P<rest>.*)zq{tmp_path.name}", 0),
                (rf"(?i:zq{tmp_path.name}|mme)\s+(?P<n>\w\.)", re.IGNORECASE)]
    _fresh(patterns)
    assert recache.seed_bundle("t") == 0  # no file yet
    compiled = [re.compile(p, f) for p, f in patterns]
    assert recache.record_bundle("t") >= 2 and (tmp_path / recache._bundle_file("t").name).exists()
    assert recache.record_bundle("t") == 0  # nothing new: nothing written
    _fresh(patterns)  # another process: the bundle seeds re's cache, no compile
    assert recache.seed_bundle("t") >= 2
    for (p, f), before in zip(patterns, compiled):
        seeded = re._cache[str, p, f]
        assert seeded is re.compile(p, f) and seeded is not before
        assert (seeded.flags, seeded.groups, seeded.groupindex) == (before.flags, before.groups, before.groupindex)
        for t in _BUNDLE_TEXTS + [f"MG1 : zq{tmp_path.name}", f"Mme D. zq{tmp_path.name}"]:
            a, b = seeded.search(t), before.search(t)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), t


def test_a_bundle_is_off_with_the_switch_damaged_or_full(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CORPUS_SPEEDUPS", "recache")  # this trick off
    assert recache.seed_bundle("t") == 0 and recache.record_bundle("t") == 0 and not list(tmp_path.iterdir())
    monkeypatch.delenv("CORPUS_SPEEDUPS")
    if not recache._supported("segment_patterns"):
        pytest.skip("this interpreter's re internals are not the ones recache mirrors")
    path = recache._bundle_file("t")
    path.write_bytes(recache.BUNDLE_MAGIC + b"\0" * 40)  # damaged: ignored and removed
    assert recache.seed_bundle("t") == 0 and not path.exists()
    monkeypatch.setattr(recache, "MAX_BUNDLE_PATTERNS", 1)  # full after one pattern
    re.compile(rf"zq{tmp_path.name}-one")
    re.compile(rf"zq{tmp_path.name}-two")
    assert recache.record_bundle("t") == 1
    assert recache.record_bundle("t") == 0 and len(recache._read_bundle(path)) == 1


def test_a_bundle_is_one_file_per_version_of_its_sources(tmp_path, monkeypatch):
    """A new version of the code starts its own bundle (the old one, full of patterns the new code
    no longer builds, would never take the new ones); only the newest versions' files are kept."""
    cache, src = tmp_path / "cache", tmp_path / "src"
    src.mkdir()
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(cache))
    monkeypatch.delenv("CORPUS_SPEEDUPS", raising=False)
    monkeypatch.setattr(recache, "MAX_BUNDLE_PATTERNS", 10**6)
    if not recache._supported("segment_patterns"):
        pytest.skip("this interpreter's re internals are not the ones recache mirrors")
    module = src / "rules.py"
    cache.mkdir()
    recache._VERSIONS.pop("v", None)
    unversioned = recache._bundle_file("v")  # a file of the time before versions
    unversioned.write_bytes(b"old")
    files = []
    for version in range(4):
        module.write_text(f"WORDS = 'zq{version}'\n" * (version + 1), encoding="utf-8")  # an edit: another size
        recache.seed_bundle("v", sources=(src,))
        re.compile(rf"zq{tmp_path.name}-v{version}")  # the pattern this version builds
        assert recache.record_bundle("v") >= 1
        files.append(recache._bundle_file("v"))
    assert len(set(files)) == 4  # one file per version
    assert not unversioned.exists()
    kept = sorted(p.name for p in cache.glob("bundle-v-*"))
    assert len(kept) == recache.KEEP_VERSIONS and files[-1].name in kept and files[0].name not in kept
    # the same sources give the same file: a second process of this version reads its own bundle
    recache.seed_bundle("v", sources=(src,))
    assert recache._bundle_file("v") == files[-1]
    assert recache.sources_version([src]) != recache.sources_version([src / "none"])
