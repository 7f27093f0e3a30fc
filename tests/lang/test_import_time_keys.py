"""A corpus's conventions file (config/conventions.yaml) extends the language data: every key it may
name must reach the segmenter. Keys read once at import (module-level patterns of grammar words)
or from the package's files directly cannot: the loader refuses them by name
(``lang.IMPORT_TIME_KEYS``) instead of ignoring them, and this file keeps that list equal to what
the code reads (a static reading of the source) and shows keys read per configuration taking a
corpus's addition."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from corpus import lang
from corpus.errors import ConfigError
from corpus.segment import conventions as cv
from corpus.segment import regions

SRC = Path(lang.__file__).resolve().parents[1]  # src/corpus


def _outside_functions(tree: ast.AST) -> list[ast.AST]:
    """The nodes run when the module is imported (not inside a function or a lambda)."""
    inner: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inner.update(id(sub) for sub in ast.walk(node) if sub is not node)
    return [node for node in ast.walk(tree) if id(node) not in inner]


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _key_read_from(node: ast.AST, source) -> str | None:
    """``source.get("key")`` or ``source["key"]`` -> "key"."""
    if isinstance(node, ast.Call) and _name(node.func) == "get" and isinstance(node.func, ast.Attribute) \
            and source(node.func.value) and node.args and isinstance(node.args[0], ast.Constant):
        return node.args[0].value
    if isinstance(node, ast.Subscript) and source(node.value) and isinstance(node.slice, ast.Constant):
        return node.slice.value
    return None


def _is_data_call(node: ast.AST) -> bool:  # cv.language_data(), cv.DATA
    return (isinstance(node, ast.Call) and _name(node.func) == "language_data") or _name(node) == "DATA"


def _is_base_load(node: ast.AST) -> bool:  # load("fr"): the package's files without the corpus's
    return isinstance(node, ast.Call) and _name(node.func) == "load" and any(
        isinstance(a, ast.Constant) and a.value == "fr" for a in node.args)


def keys_read_once() -> dict[str, list[str]]:
    """Each language-data key the code reads at import or from the package's files only -> where."""
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        if path.parent.name == "lang":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = f"{path.relative_to(SRC)}"
        at_import = _outside_functions(tree)
        ids = {id(n) for n in at_import}
        for node in ast.walk(tree):
            key = None
            if id(node) in ids and isinstance(node, ast.Call) and _name(node.func) == "word_forms" \
                    and len(node.args) < 3 and not any(k.arg == "data" for k in node.keywords):
                key = node.args[0].value  # a pattern built at import from the data then configured
            elif id(node) in ids:
                key = _key_read_from(node, _is_data_call)
            if key is None:
                key = _key_read_from(node, _is_base_load)  # anywhere: never the corpus's data
            if key is not None:
                found.setdefault(key, []).append(f"{where}:{node.lineno}")
    return found


def test_the_refused_keys_are_exactly_the_keys_the_code_reads_once():
    found = keys_read_once()
    assert found, "the static reading found nothing: it no longer reads the code"
    unlisted = {k: v for k, v in found.items() if k not in lang.IMPORT_TIME_KEYS}
    assert not unlisted, f"read at import but a conventions file may extend them (silently ignored): {unlisted}"
    stale = sorted(lang.IMPORT_TIME_KEYS - set(found))
    assert not stale, f"refused although now read per configuration: {stale}"


def test_the_static_reading_sees_an_import_time_pattern():
    # the reader itself, on source of the shape it must catch and the shapes it must not
    tree = ast.parse(
        "A = re.compile(cv.word_forms('group_determiners'))\n"
        "B = cv.word_forms('x_live', data=d)\n"
        "N = cv.language_data().get('min_words', 5)\n"
        "def f():\n    return cv.word_forms('inside_function')\n"
        "def g():\n    return load('fr').get('base_only')\n")
    nodes = _outside_functions(tree)
    at_import = [n.args[0].value for n in nodes if isinstance(n, ast.Call) and _name(n.func) == "word_forms"
                 and len(n.args) < 3 and not any(k.arg == "data" for k in n.keywords)]
    assert at_import == ["group_determiners"]
    assert [_key_read_from(n, _is_data_call) for n in nodes if _key_read_from(n, _is_data_call)] == ["min_words"]
    assert [_key_read_from(n, _is_base_load) for n in ast.walk(tree) if _key_read_from(n, _is_base_load)] \
        == ["base_only"]


@pytest.mark.parametrize("key,value", [("group_determiners", "[quelques]"), ("civilities", "[Maître]"),
                                       ("compass_prefixes", "[Haut]")])
def test_a_conventions_file_naming_a_key_read_once_is_refused_with_file_and_key(tmp_path, key, value):
    extra = tmp_path / "conventions.yaml"
    extra.write_text(f"{key}: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        lang.load("fr", str(extra))
    assert str(extra) in str(err.value) and key in str(err.value)
    assert "\n" not in str(err.value)


def test_a_key_read_per_configuration_takes_the_corpus_addition(tmp_path):
    # national_markers was read from the package's files only (an lru_cache of load("fr")): a
    # corpus's "ONDAM" would have been ignored without a word
    gaz = regions.load_gazetteer(str(Path(__file__).resolve().parents[2] / "config" / "gazetteer.csv"))
    extra = tmp_path / "conventions.yaml"
    extra.write_text("national_markers: ['\\bONDAM\\b']\n", encoding="utf-8")
    cv.configure(None)
    assert regions.resolve_region("rapporteur de l'ONDAM", gaz) == ("", "")
    try:
        cv.configure(str(extra))
        assert regions.resolve_region("rapporteur de l'ONDAM", gaz) == ("National", "")
        assert regions.resolve_region("rapporteur du ministère", gaz) == ("National", "")  # the language's kept
    finally:
        cv.configure(None)
    assert regions.resolve_region("rapporteur de l'ONDAM", gaz) == ("", "")


def test_a_word_list_read_inside_a_function_follows_the_configuration(tmp_path):
    # word_forms without data reads the configured data, not the package's files
    extra = tmp_path / "conventions.yaml"
    extra.write_text("translation_markers: [en VF]\n", encoding="utf-8")
    cv.configure(None)
    assert "en\\s+VF" not in cv.word_forms("translation_markers")
    try:
        cv.configure(str(extra))
        assert "en\\s+VF" in cv.word_forms("translation_markers")
    finally:
        cv.configure(None)


def test_no_reader_remembers_the_language_data_without_its_key():
    # an lru_cache on a function of no argument that reads the language data keeps the first
    # data it saw: a corpus's conventions configured later would be ignored (cv.per_language_data
    # rebuilds on a change; a cache keyed by id(cv.language_data()) does too)
    stale = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.args.args:
                continue
            cached = any(_name(d.func if isinstance(d, ast.Call) else d) == "lru_cache" for d in node.decorator_list)
            reads = any(_is_data_call(n) or _is_base_load(n) for n in ast.walk(node))
            if cached and reads:
                stale.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}")
    assert not stale, f"language data remembered without its key: {stale}"
