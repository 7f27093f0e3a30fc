"""Strict checking of config/themes.yaml: every error names the file, the line and, for an
unknown key, the closest valid key (``exlude:`` → "did you mean 'exclude'?")."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from ..config import load_yaml, schema
from ..errors import ConfigError


def key_lines(path: str | Path) -> dict[tuple, int]:
    """Line (1-based) of every mapping key, by its path of keys: {("themes", "liberal"): 96}."""
    with open(path, encoding="utf-8") as fh:
        root = yaml.compose(fh)
    lines: dict[tuple, int] = {}

    def walk(node, prefix: tuple):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = prefix + (key.value,)
                lines[here] = key.start_mark.line + 1
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[prefix + (i,)] = item.start_mark.line + 1
                walk(item, prefix + (i,))

    walk(root, ())
    return lines


def _line_of(lines: dict[tuple, int], where: tuple) -> int:
    while where:
        if where in lines:
            return lines[where]
        where = where[:-1]
    return 1  # the top level


def describe(error, lines: dict[tuple, int], path: str | Path) -> str:
    """One line for a jsonschema error: file, line, what is wrong and how to fix it."""
    where = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        key = unknown[0]
        line = _line_of(lines, where + (key,))
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else f"valid keys: {', '.join(allowed)}"
        place = "/".join(map(str, where)) or "top level"
        return f"{path}: line {line}: unknown key {key!r} in {place}; {hint}"
    if error.validator == "propertyNames" or "propertyNames" in error.schema_path:
        bad = error.instance
        line = _line_of(lines, where + (bad,))
        return (f"{path}: line {line}: theme id {bad!r} is not valid: use lower-case letters, "
                f"digits and _ (e.g. 'teleconsultation')")
    line = _line_of(lines, where)
    place = "/".join(map(str, where)) or "top level"
    return f"{path}: line {line}: {place}: {error.message}"


def check_themes_file(path: str | Path) -> dict:
    """The parsed themes.yaml, or ConfigError on the first problem (in file order)."""
    import jsonschema

    data = load_yaml(path)
    validator = jsonschema.Draft7Validator(schema("themes"))
    errors = list(validator.iter_errors(data))
    if errors:
        lines = key_lines(path)
        # a misspelt key first: it often explains a "required" error beside it
        errors.sort(key=lambda e: (e.validator != "additionalProperties",
                                   _line_of(lines, tuple(e.absolute_path)), e.message))
        raise ConfigError(describe(errors[0], lines, path))
    for theme, spec in data["themes"].items():
        entries = {*spec.get("lemmas", []), *spec.get("phrases", [])}
        for key in ("weak", "not_in_vector"):
            stray = [w for w in spec.get(key, []) if w not in entries]
            if stray:
                line = _line_of(key_lines(path), ("themes", theme, key))
                raise ConfigError(f"{path}: line {line}: themes/{theme}/{key}: {stray[0]!r} is not "
                                  f"one of the theme's lemmas or phrases")
        stray = [w for w in (spec.get("naming") or {}).get("entries", []) if w not in spec.get("lemmas", [])]
        if stray:
            line = _line_of(key_lines(path), ("themes", theme, "naming", "entries"))
            raise ConfigError(f"{path}: line {line}: themes/{theme}/naming/entries: {stray[0]!r} is not "
                              f"one of the theme's lemmas")
        stray = [w for w in spec.get("pos", {}) if w not in spec.get("lemmas", [])]
        if stray:
            line = _line_of(key_lines(path), ("themes", theme, "pos", stray[0]))
            raise ConfigError(f"{path}: line {line}: themes/{theme}/pos: {stray[0]!r} is not "
                              f"one of the theme's lemmas")
    return data
