"""The switch of the speed tricks (corpus.speedups): each trick gives what the plain library
call gives, the switch turns them off, and a trick that cannot apply falls back to that call."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

from corpus import recache, speedups, topics
from corpus.errors import ConfigError, InputError
from corpus.extract import quality, wordforms

ALL = frozenset(speedups.DEFAULTS)


# ---- the switch ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value, on", [
    (None, {n for n, d in speedups.DEFAULTS.items() if d}), ("", {n for n, d in speedups.DEFAULTS.items() if d}),
    ("0", set()), ("off", set()), ("none", set()), ("1", ALL), ("all", ALL), ("ON", ALL),
    ("recache", {"recache"}), ("stop_words, string_hash", {"stop_words", "string_hash"}),
    ("example_cache", {"example_cache"}),
])
def test_the_switch_reads_the_environment(monkeypatch, value, on):
    if value is None:
        monkeypatch.delenv(speedups.ENV, raising=False)
    else:
        monkeypatch.setenv(speedups.ENV, value)
    assert speedups.active() == frozenset(on)
    assert [speedups.enabled(n) for n in sorted(ALL)] == [n in on for n in sorted(ALL)]


def test_an_unknown_trick_name_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(speedups.ENV, "recache,stopwords")
    with pytest.raises(ConfigError, match=r"CORPUS_SPEEDUPS='recache,stopwords': unknown trick stopwords"):
        speedups.enabled("recache")


# ---- string_hash --------------------------------------------------------------------------------

def test_string_hash_is_spacys(reference_text):
    """The lexicon check hashes words as spaCy does, without importing spaCy: every distinct
    word of a real document must hash to spacy.strings.hash_string's value."""
    from spacy.strings import hash_string

    words = sorted(set(reference_text("perelli2022").split()))
    assert len(words) > 3000 and any(len(w.encode()) % 8 == 0 for w in words)
    assert [speedups.string_hash(w) for w in words] == [hash_string(w) for w in words]


def test_string_hash_is_used_only_when_on_and_spacy_hashes_so(monkeypatch):
    from spacy.strings import hash_string

    monkeypatch.delenv(speedups.ENV, raising=False)
    assert speedups.spacy_string_hash() is speedups.string_hash
    monkeypatch.setenv(speedups.ENV, "0")
    assert speedups.spacy_string_hash() is hash_string
    # another spaCy major could hash otherwise: spaCy's own function, whatever the switch says
    monkeypatch.setenv(speedups.ENV, "1")
    monkeypatch.setattr(speedups, "_spacy_major", lambda: "4")
    assert speedups.spacy_string_hash() is hash_string


def test_the_lexicon_check_is_the_same_with_the_switch_off(monkeypatch, reference_text):
    """garbled_share (the extraction's quality measure) on a real page: same with spaCy's hash."""
    text = reference_text("fournier2021")[5000:25000] + " auprées gqu’on Ministére integré"

    def share(value):
        monkeypatch.setenv(speedups.ENV, value)
        wordforms.word_lexicon.cache_clear()
        quality._garbled_with_lexicon.cache_clear()
        return quality.garbled_share(text), [quality._garbled_with_lexicon(w) for w in quality.TOKEN.findall(text)]

    try:
        on, off = share("1"), share("0")
    finally:
        wordforms.word_lexicon.cache_clear()
        quality._garbled_with_lexicon.cache_clear()
    assert on == off
    # the lexicon is in use: it flags a misspelling that the spelling heuristics alone let pass
    assert 0 < on[0] < 0.1 and on[1][-4] and not quality.is_garbled("auprées")


# ---- stop_words ---------------------------------------------------------------------------------

def test_the_stop_list_read_alone_is_spacys(monkeypatch):
    from spacy.lang.fr.stop_words import STOP_WORDS

    monkeypatch.setenv(speedups.ENV, "stop_words")
    on = speedups.fr_stop_words()
    monkeypatch.setenv(speedups.ENV, "0")
    off = speedups.fr_stop_words()
    assert len(on) > 400 and on == off == frozenset(STOP_WORDS)
    assert topics.stopword_set(["euh"]) == frozenset(topics.fold(w) for w in (*STOP_WORDS, "euh"))


@pytest.mark.parametrize("content", [
    None,  # the file is gone (another spaCy layout)
    "from .extra import WORDS\nSTOP_WORDS = set(WORDS)\n",  # no longer self-contained
    "STOP_WORDS = 'a b c'\n",  # not a set of words
    "WORDS = {'le', 'la'}\n",  # no STOP_WORDS
])
def test_a_stop_list_file_that_cannot_be_read_alone_falls_back_to_the_import(tmp_path, monkeypatch, content):
    from spacy.lang.fr.stop_words import STOP_WORDS

    fake = tmp_path / "spacy"
    (fake / "lang" / "fr").mkdir(parents=True)
    if content is not None:
        (fake / "lang" / "fr" / "stop_words.py").write_text(content, encoding="utf-8")
    monkeypatch.setenv(speedups.ENV, "1")
    monkeypatch.setattr(speedups, "_spacy_origin", lambda: str(fake / "__init__.py"))
    assert speedups._stop_words_from_file(speedups._spacy_origin()) is None
    assert speedups.fr_stop_words() == frozenset(STOP_WORDS)  # imported instead


def test_the_stop_list_file_is_what_is_read_when_on(tmp_path, monkeypatch):
    """With the trick on, the words come from the file beside spaCy's package (executed alone);
    off, from the import whatever the file says."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    fake = tmp_path / "spacy"
    (fake / "lang" / "fr").mkdir(parents=True)
    (fake / "lang" / "fr" / "stop_words.py").write_text('STOP_WORDS = set("le la les".split())\n',
                                                          encoding="utf-8")
    monkeypatch.setattr(speedups, "_spacy_origin", lambda: str(fake / "__init__.py"))
    monkeypatch.setenv(speedups.ENV, "stop_words")
    assert speedups.fr_stop_words() == {"le", "la", "les"}
    monkeypatch.setenv(speedups.ENV, "0")
    assert speedups.fr_stop_words() == frozenset(STOP_WORDS)


def test_the_stop_list_needs_spacy(monkeypatch):
    monkeypatch.setattr(speedups, "_spacy_origin", lambda: None)
    with pytest.raises(InputError, match="spacy: not installed"):
        speedups.fr_stop_words()


# ---- recache --------------------------------------------------------------------------------------

@pytest.fixture
def small_patterns(tmp_path, monkeypatch):
    """An empty regex cache folder, and short patterns counted as worth caching."""
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "MIN_PATTERN_CHARS", 10)
    return tmp_path


def test_recache_is_off_with_the_switch(small_patterns, monkeypatch):
    import re

    monkeypatch.setenv(speedups.ENV, "string_hash,stop_words")
    pattern = re.compile("(?:" + "|".join(f"mot{i}x" for i in range(50)) + ")")
    assert recache.save(pattern.pattern) is None and recache.seed() == 0
    assert recache.remember(pattern) is False
    assert list(small_patterns.iterdir()) == []
    monkeypatch.setenv(speedups.ENV, "recache")
    if recache._supported():  # on: the same pattern is recorded and used
        assert recache.remember(pattern) is True and recache.seed() == 1
        re._cache.pop((str, pattern.pattern, 0), None)


@pytest.mark.parametrize("missing", ["_sre.compile", "_sre.MAGIC", "re._compiler._code", "re._cache"])
def test_recache_falls_back_when_a_private_api_is_missing(small_patterns, monkeypatch, missing):
    """A CPython without one of the internals: nothing cached, nothing raised."""
    import _sre
    import re
    from re import _compiler

    monkeypatch.delenv(speedups.ENV, raising=False)
    pattern = re.compile("(?:" + "|".join(f"mot{i}y" for i in range(50)) + ")")  # before re is broken
    owner, name = {"_sre.compile": (_sre, "compile"), "_sre.MAGIC": (_sre, "MAGIC"),
                   "re._compiler._code": (_compiler, "_code"), "re._cache": (re, "_cache")}[missing]
    monkeypatch.delattr(owner, name)
    assert recache._supported() is False
    assert recache.save(pattern.pattern) is None and recache.seed() == 0
    assert recache.remember(pattern) is False
    assert list(small_patterns.iterdir()) == []


def test_recache_falls_back_on_another_python(small_patterns, monkeypatch):
    import re

    monkeypatch.delenv(speedups.ENV, raising=False)
    monkeypatch.setattr(recache, "PYTHONS", ((3, 99),))
    assert recache._supported() is False
    assert recache.remember(re.compile("(?:" + "|".join(f"mot{i}v" for i in range(50)) + ")")) is False
    assert list(small_patterns.iterdir()) == []


def test_recache_records_nothing_when_the_internals_rebuild_another_pattern(small_patterns, monkeypatch):
    """Internals present but working otherwise than assumed (a rebuilt pattern with other
    groups, or one that fails to build): the pattern is not recorded."""
    import re

    monkeypatch.delenv(speedups.ENV, raising=False)
    if not recache._supported():
        pytest.skip("CPython minors of recache.PYTHONS only")
    pattern = re.compile("(?:" + "|".join(f"w{i}z" for i in range(50)) + ")")
    real_parts = recache.compiled_parts
    monkeypatch.setattr(recache, "compiled_parts", lambda p, f=0: real_parts("(a)" + p, f))
    assert recache.remember(pattern) is False
    monkeypatch.setattr(recache, "compiled_parts", lambda p, f=0: {**real_parts(p, f), "code": [999]})
    assert recache.remember(pattern) is False
    assert list(small_patterns.glob("*.marshal")) == []
    monkeypatch.setattr(recache, "compiled_parts", real_parts)
    assert recache.remember(pattern) is True  # the check lets the real thing through


# ---- the same outputs, switch on or off -------------------------------------------------------------

# A short document (a thesis passage as a text file) through extract, segment and nlp in a fresh
# process, as a workflow job would run them, plus the topic stage's stop list.
PROBE = """
import json, sys
from corpus import cli, recache, topics
folder, sheet = sys.argv[1], sys.argv[2]
for argv in (["extract", folder + "/probe.txt", "--doc-id", "probe", "-o", folder + "/out"],
             ["segment", folder + "/out", "--doc-id", "probe", "--sheet", sheet],
             ["nlp", folder + "/out"]):
    assert cli.main(argv) in (0, None), argv
print(json.dumps({"stop": sorted(topics.stopword_set()), "cached": recache.is_cached(
    __import__("corpus.nlp", fromlist=["x"]).load_model().tokenizer.token_match.__self__.pattern)}))
"""


def _run_probe(tmp_path, switch, cache_dir, reference_text):
    """The interim files and the probe's answer; each run in the same folder (status.json
    names the source file's path)."""
    folder = tmp_path / "probe"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "probe.txt").write_text(reference_text("perelli2022")[20000:32000], encoding="utf-8")
    sheet = folder / "documents.csv"
    sheet.write_text("doc_id,file,title,authors,year,kind,venue,url,license,language,region,place\n"
                     "probe,probe.txt,Probe,A. B.,2022,these,,,,fr,Occitanie,\n", encoding="utf-8")
    env = {**os.environ, speedups.ENV: switch, "CORPUS_CACHE_DIR": str(cache_dir),
           "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE, str(folder), str(sheet)], env=env, check=True,
                         capture_output=True, text=True).stdout
    files = {p.name: p.read_bytes() for p in sorted((folder / "out").iterdir())}
    return json.loads(out.splitlines()[-1]), files


def test_outputs_are_identical_with_the_switch_off(tmp_path, reference_text):
    cache = tmp_path / "cache"
    first, on_files = _run_probe(tmp_path, "1", cache, reference_text)  # records the regex
    again, again_files = _run_probe(tmp_path, "1", cache, reference_text)  # uses it
    off, off_files = _run_probe(tmp_path, "0", tmp_path / "cache_off", reference_text)
    assert {"text.txt", "segments.jsonl", "tokens.csv", "status.json"} <= set(on_files)
    assert len(on_files["tokens.csv"].splitlines()) > 1500
    assert on_files == again_files == off_files
    assert first["stop"] == again["stop"] == off["stop"]
    assert (again["cached"], off["cached"]) == (sys.version_info[:2] in recache.PYTHONS, False)
    assert not (tmp_path / "cache_off").exists()
