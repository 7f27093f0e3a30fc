"""The disk cache of the coding-by-example training (corpus.themes.example_cache, speed trick
``example_cache`` of corpus.speedups): a second run with the same examples and settings reads
the training back instead of redoing it, and recodes exactly as the first; a damaged file, the
switch off or changed examples mean the normal training. Real model, on 40 real coded passages
taken from the shipped examples (two codings), so that a training takes seconds."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest

from corpus import speedups
from corpus.lang import MODEL
from corpus.themes import coding, example_cache, heldout, load_themes
from corpus.themes import examples as ex

REPO = Path(__file__).resolve().parents[2]
THEMES = load_themes(REPO / "config" / "themes.yaml")
# Passages to recode (real sentences; the first says coordination without its words).
TEXTS = ("Avec les pharmaciens du secteur, on s'appelait tous les jours pendant le confinement "
         "pour savoir qui avait des masques et quels patients il fallait aller voir.",
         "Le pharmacien a ouvert son officine à huit heures et a vendu des masques aux patients du quartier.",
         "Le médecin traitant reste seul face aux patients âgés isolés, sans infirmière ni kiné dans la commune.")


def _write_examples(path: Path, drop: int = 0) -> Path:
    """40 rows of the shipped examples: in file order, the first 10 coordination positives and
    the first 10 negatives of codings A and B (``drop``: that many of the last rows left out)."""
    with open(ex.default_examples_path(), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    picked = []
    for name in ("A", "B"):
        for label in ("1", "0"):
            picked += [r for r in rows if r["set"] == name and r["coordination"] == label][:10]
    picked = picked[:len(picked) - drop]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(picked)
    return path


@pytest.fixture(scope="module")
def vocab():
    return coding.load_vocab(MODEL)


@pytest.fixture(scope="module")
def to_recode():
    """(decided, segments) of the three passages: the rule's decisions and their evidence."""
    passages = [{"passage_id": f"s{i}", "doc_id": f"d{i}", "text": t, "labels": {}}
                for i, t in enumerate(TEXTS)]
    ev = heldout.evidence(passages, THEMES, coding.DEFAULT_PARAMS)
    decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
               for p, e in zip(passages, ev)}
    return decided, {p["passage_id"]: e for p, e in zip(passages, ev)}


@pytest.fixture
def env(tmp_path, monkeypatch):
    """An empty cache folder, the switch at its default, and a counter of trainings."""
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(speedups.ENV, raising=False)
    calls = []
    real_train = ex.train

    def counting_train(*args, **kwargs):
        calls.append(1)
        return real_train(*args, **kwargs)

    monkeypatch.setattr(ex, "train", counting_train)
    return tmp_path, calls


def _run(examples: Path, vocab, to_recode) -> tuple[int, dict]:
    decided, segments = copy.deepcopy(to_recode)
    params = {**coding.DEFAULT_PARAMS, "coder": "examples", "examples": str(examples)}
    n = ex.code_by_example(decided, segments, THEMES, params, MODEL, 42, vocab)
    return n, decided


def _files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "examples").glob("*.pkl"))


def test_a_second_run_reads_the_training_and_recodes_alike(env, vocab, to_recode, monkeypatch):
    tmp_path, calls = env
    examples = _write_examples(tmp_path / "examples.csv")
    first = _run(examples, vocab, to_recode)
    assert len(calls) == 1 and len(_files(tmp_path)) == 1  # a miss: trained and stored
    second = _run(examples, vocab, to_recode)
    assert len(calls) == 1  # a hit: not trained again
    assert second == first
    # the plain computation (switch off) gives the same, trains, and writes nothing more
    monkeypatch.setenv(speedups.ENV, "0")
    (tmp_path / "cache" / "examples" / _files(tmp_path)[0].name).unlink()
    off = _run(examples, vocab, to_recode)
    assert len(calls) == 2 and _files(tmp_path) == []
    assert off == first
    # the recoding did something to compare: the rule's decisions changed somewhere
    assert first[0] > 0 and any(r["source"] == "model" for rows in first[1].values() for r in rows.values())


def test_a_damaged_file_is_ignored_and_rewritten(env, vocab, to_recode):
    tmp_path, calls = env
    examples = _write_examples(tmp_path / "examples.csv")
    first = _run(examples, vocab, to_recode)
    (path,) = _files(tmp_path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # one byte of the payload
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="does not match its hash"):
        example_cache.unpack(path.read_bytes(), path.stem)
    again = _run(examples, vocab, to_recode)
    assert len(calls) == 2 and again == first  # trained again, same result
    example_cache.unpack(path.read_bytes(), path.stem)  # rewritten sound
    # a file holding another key's training under this name is not used either
    path.write_bytes(example_cache.pack("another key", ([], [], {})))
    assert _run(examples, vocab, to_recode) == first and len(calls) == 3


def test_changed_examples_are_a_miss(env, vocab, to_recode):
    tmp_path, calls = env
    _run(_write_examples(tmp_path / "examples.csv"), vocab, to_recode)
    _run(_write_examples(tmp_path / "examples.csv", drop=1), vocab, to_recode)
    assert len(calls) == 2 and len(_files(tmp_path)) == 2


def test_no_cache_for_vectors_it_cannot_name(env, vocab, to_recode, monkeypatch):
    """A vector table not read from the named model's package (here: one without its model
    name) cannot be part of the key: the training is done and nothing is stored."""
    tmp_path, calls = env
    nameless = copy.copy(vocab)
    nameless.model = None
    _run(_write_examples(tmp_path / "examples.csv"), nameless, to_recode)
    assert len(calls) == 1 and _files(tmp_path) == []


def test_the_folder_keeps_the_newest_files(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path))
    for i in range(example_cache.KEEP + 3):
        path = example_cache.save(f"k{i:02d}", {"i": i})
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    example_cache.trim(example_cache.folder())
    kept = sorted(p.stem for p in example_cache.folder().glob("*.pkl"))
    assert kept == [f"k{i:02d}" for i in range(3, example_cache.KEEP + 3)]
    assert example_cache.load("k05") == {"i": 5} and example_cache.load("k00") is None
    assert not list(example_cache.folder().glob(".tmp-*"))  # no temporary file left behind
