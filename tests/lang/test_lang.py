"""The language data (src/corpus/lang/fr/*.yaml) and a corpus's additions (config/conventions.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import lang
from corpus.errors import ConfigError
from corpus.segment import conventions as cv
from corpus.segment import segment_text
from corpus.segment.regions import load_gazetteer
from corpus.segment.roles import ROLES, normalize_role

REPO = Path(__file__).resolve().parents[2]


def test_french_data_loads_and_names_only_known_roles():
    data = lang.load("fr")
    assert {r["role"] for r in data["roles"]} <= set(ROLES)
    for key in ("moderator_labels", "speech_verbs", "person_nouns", "institutions", "interview_words"):
        assert data[key] and all(isinstance(w, str) and w for w in data[key]), key


def test_the_bundled_conventions_file_is_valid():
    data = lang.load("fr", str(REPO / "config" / "conventions.yaml"))
    assert data["speech_verbs"] == lang.load("fr")["speech_verbs"]


def test_a_corpus_adds_words_and_role_rules(tmp_path):
    extra = tmp_path / "conventions.yaml"
    extra.write_text("speech_verbs: [susurre]\nroles:\n  - {role: coordinateur, patterns: ['mediatrice en sante']}\n",
                     encoding="utf-8")
    # (the verb before "que", where the list decides; after a quote the incise slot takes any verb
    # since segfix43: "« … », susurre une infirmière de Tulle." is hers without the list)
    text = "Une infirmière de Tulle susurre que « on ne se parlait presque pas avant la crise ».\n"
    gaz = load_gazetteer(str(REPO / "config" / "gazetteer.csv"))
    doc = {"doc_id": "t", "region": "", "place": ""}
    try:
        def quoted(segs):  # the segment holding the quotation
            return next(s for s in segs if s.char_start <= text.index("presque pas") < s.char_end)

        assert quoted(segment_text(text, doc, [], [], gaz)).kind == "narrative"
        assert normalize_role("médiatrice en santé") == "autre"
        cv.configure(str(extra))
        verbatim = quoted(segment_text(text, doc, [], [], gaz))
        assert (verbatim.kind, verbatim.role, verbatim.region) == ("verbatim", "infirmier", "Nouvelle-Aquitaine")
        assert normalize_role("médiatrice en santé") == "coordinateur"
    finally:
        cv.configure(None)
    assert normalize_role("médiatrice en santé") == "autre"


@pytest.mark.parametrize("content, message", [
    ("bogus: [x]\n", "Additional properties"),
    ("not_names: [On, Off]\n", "quote words"),
    ("speech_verbs: [dit\n", "conventions.yaml"),
    ("roles:\n  - {role: astronaute, patterns: [x]}\n", "astronaute"),
])
def test_bad_conventions_are_one_clear_error(tmp_path, content, message):
    extra = tmp_path / "conventions.yaml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        lang.load("fr", str(extra))


def test_a_corpus_may_extend_every_segmentation_convention():
    # every key of the files the segmenter reads is one config/conventions.yaml may extend
    import yaml

    from corpus.config import schema

    allowed = set(schema("conventions")["properties"])
    folder = REPO / "src" / "corpus" / "lang" / "fr"
    # files only extraction reads (hyphenation, text quality, notes, private-use glyphs, section
    # headings): not segmentation conventions; every other file is, new ones included
    extraction_only = {"compounds", "languages", "notes", "private_use", "section_headings"}
    files = sorted(p for p in folder.glob("*.yaml") if p.stem not in extraction_only)
    assert len(files) > 60
    for path in files:
        with open(path, encoding="utf-8") as fh:
            keys = set(yaml.safe_load(fh) or {})
        assert keys <= allowed, (path.name, sorted(keys - allowed))
