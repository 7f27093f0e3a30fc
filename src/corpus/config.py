"""Loading config.yaml, the package's JSON schemas (corpus/schemas/, package data) and the
resolved configuration the workflow hands to every stage."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path

import yaml

from .errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parents[2]
# The same files validate the config in the Snakefile (snakemake.utils.validate) and in the CLI.
SCHEMA_DIR = Path(str(resources.files("corpus").joinpath("schemas")))

DEFAULT_CONFIG = REPO_ROOT / "config" / "config.yaml"


def load_yaml(path: str | Path) -> dict:
    path = Path(path)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at top level")
    return data


def schema_path(name: str) -> Path:
    """The file of a JSON schema of the package (``name`` without '.schema.yaml')."""
    return SCHEMA_DIR / f"{name}.schema.yaml"


def schema(name: str) -> dict:
    """A JSON schema from corpus/schemas/ (``name`` without '.schema.yaml')."""
    return load_yaml(schema_path(name))


def _filling_validator(schema_dict: dict):
    """A Draft 7 validator that also sets each missing property's ``default:`` (as Snakemake's
    validate() does), so the CLI and the workflow see the same values."""
    import jsonschema

    base = jsonschema.Draft7Validator

    def set_defaults(validator, properties, instance, schema_):
        if isinstance(instance, dict):
            for name, sub in properties.items():
                if isinstance(sub, dict) and "default" in sub:
                    instance.setdefault(name, copy.deepcopy(sub["default"]))
        yield from base.VALIDATORS["properties"](validator, properties, instance, schema_)

    return jsonschema.validators.extend(base, {"properties": set_defaults})(schema_dict)


def validate(data, schema_name: str, where: str, fill_defaults: bool = False) -> None:
    import jsonschema

    if fill_defaults:
        validator = _filling_validator(schema(schema_name))
    else:
        validator = jsonschema.Draft7Validator(schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise ConfigError(f"{where}: {path}: {err.message}")


def load_config(path: str | Path = DEFAULT_CONFIG) -> dict:
    """The config at ``path``, validated, with the schema's defaults filled in."""
    data = load_yaml(path)
    validate(data, "config", str(path), fill_defaults=True)
    return data


def defaults(section: str) -> dict:
    """The schema's default of every setting of a config section (e.g. ``topics``)."""
    props = schema("config")["properties"][section].get("properties", {})
    return {name: copy.deepcopy(sub["default"]) for name, sub in props.items() if "default" in sub}


TEXT_CORPORA = ("verbatims", "body")  # the two corpora topics and lexicometry model


def section_settings(section: str, params: dict | None, defaults_: dict) -> dict:
    """A config section over its defaults, as a stage called directly receives it: unknown keys
    and unknown corpora are a config error naming the section."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(defaults_))
    if unknown:
        raise ConfigError(f"config {section}: unknown setting(s) {', '.join(unknown)}")
    out = {**defaults_, **params}
    for name in out.get("corpora", ()):
        if name not in TEXT_CORPORA:
            raise ConfigError(f"config {section}: unknown corpus {name!r} (use {', '.join(TEXT_CORPORA)})")
    return out


def resolved_text(config: dict) -> str:
    """The resolved configuration as YAML, keys sorted (the same dict gives the same bytes)."""
    plain = json.loads(json.dumps(config))  # Snakemake's config may hold dict subclasses
    return yaml.safe_dump(plain, sort_keys=True, allow_unicode=True, default_flow_style=False)


def write_resolved(config: dict, path: str | Path) -> Path:
    """Write the resolved configuration once per change of content: an unchanged file keeps its
    time stamp, so a no-op rerun of the workflow stays a no-op."""
    from . import io as cio

    path = Path(path)
    text = resolved_text(config)
    if not (path.is_file() and path.read_text(encoding="utf-8") == text):
        path.parent.mkdir(parents=True, exist_ok=True)
        cio.write_text(path, text)
    return path
