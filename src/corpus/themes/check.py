"""Lexicon health (`corpus themes check`): hits per entry over the corpus, entries matching
nothing, entries an exclusion always silences, entries whose hits fall mostly outside the segments
coded with their theme, each with a KWIC sample, and the warnings a researcher should read before
trusting a theme table."""

from __future__ import annotations

from pathlib import Path

from .. import io as cio
from .lexicon import entry_key

OUTSIDE_SHARE = 0.5   # an entry is flagged when more than half of its hits are outside...
MIN_HITS = 5          # ...and it has at least this many hits
KWIC_SAMPLE = 3


def entry_keys(spec: dict) -> list[str]:
    """A theme's entries as the folded keys hits carry in their `lemma` column (exact for
    single-word lemmas; a phrase is recognised by its folded words)."""
    return [entry_key(w) for w in spec.get("lemmas", [])] + [entry_key(p) for p in spec.get("phrases", [])]


def _words(text: str) -> list[str]:
    return entry_key(text).replace("'", " ").replace("-", " ").split()


def _same_word(entry_word: str, found: str, loose: bool) -> bool:
    """Equal, or (loose) the same stem (inflection: "payé"/"payés", "travailler"/"travaillé")."""
    if entry_word == found:
        return True
    if not loose:
        return False
    stem = min(len(entry_word), len(found)) - 2
    return stem >= 3 and entry_word[:stem] == found[:stem]


def _fits(entry: list[str], lemmas: list[str], forms: list[str], loose: bool) -> bool:
    """Do the hit's words (by lemma or form) spell the entry, "*" standing for 0-3 words?"""
    if not entry:
        return not lemmas
    if entry[0] == "*":
        return any(_fits(entry[1:], lemmas[k:], forms[k:], loose)
                   for k in range(min(3, len(lemmas)) + 1))
    return bool(lemmas) and (_same_word(entry[0], lemmas[0], loose)
                             or _same_word(entry[0], forms[0], loose)) \
        and _fits(entry[1:], lemmas[1:], forms[1:], loose)


def _entry_of(hit_lemma: str, matched: str, keys: list[str]) -> str:
    """The lexicon entry a hit came from (the first that fits), else its lemma."""
    lemmas, forms = _words(hit_lemma), _words(matched)
    if len(lemmas) != len(forms):
        lemmas = forms
    for loose in (False, True):  # an exact spelling first, then the same stem
        for k in keys:
            if _fits(k.replace("'", " ").replace("-", " ").split(), lemmas, forms, loose):
                return k
    return entry_key(hit_lemma)


def silenced_entries(spec: dict) -> dict[str, str]:
    """{entry: exclusion} for the entries an exclusion of the same theme always silences: the
    exclusion's words stand, in order, inside the entry ("tableau à remplir" under `exclude:
    tableau`), so every hit of the entry overlaps a hit of the exclusion and never counts."""
    silenced = {}
    exclusions = [(x, _words(x)) for x in spec.get("exclude", []) if "*" not in x]
    for entry in spec.get("lemmas", []) + spec.get("phrases", []):
        words = _words(entry)
        for text, ex in exclusions:
            if ex and any(words[k:k + len(ex)] == ex for k in range(len(words) - len(ex) + 1)):
                silenced[entry_key(entry)] = text
                break
    return silenced


def check_lexicon(themes: dict, interim_root: str | Path,
                  segment_themes: str | Path | None = None) -> dict:
    """{"entries": [row per theme and entry], "warnings": [text]}."""
    root = Path(interim_root)
    hits = []
    for path in sorted(root.glob("*/theme_hits.csv")):
        hits += cio.read_csv(path)
    coded: set[tuple[str, str]] | None = None
    if segment_themes and Path(segment_themes).exists():
        coded = {(r["segment_id"], r["theme"]) for r in cio.read_csv(segment_themes)
                 if r["coded"] == "1"}
    rows, warnings = [], []
    for theme, spec in themes.items():
        keys = entry_keys(spec)
        silenced = silenced_entries(spec)
        by_entry: dict[str, list[dict]] = {k: [] for k in keys}
        for h in hits:
            if h["theme"] == theme:
                by_entry.setdefault(_entry_of(h["lemma"], h["matched"], keys), []).append(h)
        for entry, found in by_entry.items():
            outside = (sum(1 for h in found if (h["segment_id"], theme) not in coded)
                       if coded is not None else 0)
            sample = [f"{h['doc_id']}: {h['left'][-40:]}[{h['matched']}]{h['right'][:40]}"
                      for h in found[:KWIC_SAMPLE]]
            row = {"theme": theme, "entry": entry, "hits": len(found), "outside": outside,
                   "kwic": sample, "warning": ""}
            rows.append(row)
            if entry in silenced:
                row["warning"] = "silenced by an exclusion"
                warnings.append(f"{theme}: entry {entry!r} can never count: the exclusion "
                                f"{silenced[entry]!r} covers every one of its hits")
            elif not found and entry in keys:
                row["warning"] = "matches nothing"
                warnings.append(f"{theme}: entry {entry!r} matches nothing in the corpus")
            elif len(found) >= MIN_HITS and outside / len(found) > OUTSIDE_SHARE:
                row["warning"] = "mostly outside coded segments"
                warnings.append(f"{theme}: entry {entry!r}: {outside} of {len(found)} hits are in "
                                f"segments not coded {theme}; e.g. {sample[0]}")
    return {"entries": rows, "warnings": warnings}


def format_report(report: dict) -> list[str]:
    lines = ["theme\tentry\thits\toutside_coded\tkwic"]
    for r in report["entries"]:
        lines.append(f"{r['theme']}\t{r['entry']}\t{r['hits']}\t{r['outside']}\t"
                     + " | ".join(r["kwic"]))
    return lines


def check_rows(report: dict) -> list[dict]:
    """lexicon_check.csv rows (io.LEXICON_CHECK_COLUMNS)."""
    return [{"theme": r["theme"], "entry": r["entry"], "hits": r["hits"],
             "outside_coded": r["outside"], "warning": r["warning"], "kwic": " | ".join(r["kwic"])}
            for r in report["entries"]]
