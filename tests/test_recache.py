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
