"""corpus.config: schemas found as package data, defaults filled from the schema, the resolved
configuration written once per change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from corpus import config as cconfig
from corpus import topics
from corpus.errors import ConfigError


def test_schemas_are_package_files():
    for name in ("config", "documents", "themes", "speakers", "conventions"):
        path = cconfig.schema_path(name)
        assert path.is_file(), path
        assert path.parent.parent == Path(cconfig.__file__).parent


def test_missing_settings_take_the_schema_defaults(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("corpus_dir: d\ndocuments: d.csv\nthemes: t.yaml\nresults: r\nmodel: m\nseed: 1\n"
                    "topics:\n  k_grid: [2]\n", encoding="utf-8")
    config = cconfig.load_config(path)
    assert config["topics"]["k_grid"] == [2]
    assert config["topics"]["lda_max_iter"] == 3
    assert config["lexicometry"]["segment_size"] == 40
    assert config["extract"]["timeout_seconds"] == 900
    assert config["coding"]["human"] == ""


def test_schema_defaults_are_the_bundled_config():
    """config/config.yaml restates every default: deleting a line of it changes nothing."""
    bundled = yaml.safe_load((REPO / "config" / "config.yaml").read_text(encoding="utf-8"))
    for section in ("extract", "segment", "nlp", "topics", "lexicometry", "tables", "coding", "exports"):
        assert cconfig.defaults(section) == bundled[section], section
    assert topics.DEFAULTS == bundled["topics"]


def test_bad_value_names_the_setting(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("corpus_dir: d\ndocuments: d.csv\nthemes: t.yaml\nresults: r\nmodel: m\nseed: 1\n"
                    "topics:\n  k_grid: [1]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="topics/k_grid/0"):
        cconfig.load_config(path)


def test_resolved_config_is_rewritten_only_when_it_changes(tmp_path):
    config = {"seed": 1, "topics": {"k_grid": [2, 3]}, "model": "fr_core_news_md"}
    path = cconfig.write_resolved(config, tmp_path / "results" / "config.resolved.yaml")
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == config
    os.utime(path, (1_000_000, 1_000_000))
    cconfig.write_resolved(dict(reversed(list(config.items()))), path)
    assert path.stat().st_mtime == 1_000_000
    cconfig.write_resolved({**config, "seed": 2}, path)
    assert path.stat().st_mtime != 1_000_000
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["seed"] == 2


def test_examples_vector_switches_are_schema_checked(tmp_path):
    """Session 11 (themesfix10): coding.examples_entry_similarity / examples_calibrate are
    booleans, off by default; a word instead of a boolean is refused naming the setting."""
    head = "corpus_dir: d\ndocuments: d.csv\nthemes: t.yaml\nresults: r\nmodel: m\nseed: 1\n"
    path = tmp_path / "config.yaml"
    path.write_text(head, encoding="utf-8")
    config = cconfig.load_config(path)
    assert config["coding"]["examples_entry_similarity"] is False
    assert config["coding"]["examples_calibrate"] is False
    for key in ("examples_entry_similarity", "examples_calibrate"):
        path.write_text(head + f"coding:\n  {key}: oui\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=f"coding/{key}"):
            cconfig.load_config(path)


def test_examples_overrides_is_a_path_off_by_default(tmp_path):
    """Session 20 (themes20): coding.examples_overrides names a CSV of training labels to replace
    or leave out; empty by default (the examples as coded); a list instead of a path is refused."""
    head = "corpus_dir: d\ndocuments: d.csv\nthemes: t.yaml\nresults: r\nmodel: m\nseed: 1\n"
    path = tmp_path / "config.yaml"
    path.write_text(head, encoding="utf-8")
    assert cconfig.load_config(path)["coding"]["examples_overrides"] == ""
    path.write_text(head + "coding:\n  examples_overrides: [a.csv]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="coding/examples_overrides"):
        cconfig.load_config(path)
