"""Loading config.yaml and locating the repository's schemas."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = REPO_ROOT / "workflow" / "schemas"

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


def schema(name: str) -> dict:
    """A JSON schema from workflow/schemas/ (``name`` without '.schema.yaml')."""
    return load_yaml(SCHEMA_DIR / f"{name}.schema.yaml")


def validate(data, schema_name: str, where: str) -> None:
    import jsonschema

    validator = jsonschema.Draft7Validator(schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise ConfigError(f"{where}: {path}: {err.message}")


def load_config(path: str | Path = DEFAULT_CONFIG) -> dict:
    data = load_yaml(path)
    validate(data, "config", str(path))
    return data
