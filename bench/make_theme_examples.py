"""Writes src/corpus/lang/fr/theme_examples.csv: every human-coded passage of tests/data (sets
A–M and theme_sample.csv), one row per passage, its text and a 0/1 column per theme, for the
coder by example (corpus.themes.examples; config.yaml `coding.coder: examples`). Provenance of
each set: src/corpus/lang/fr/THEME_EXAMPLES.md and tests/data/THEME_SCORES.md.

    PYTHONPATH=src .venv/bin/python bench/make_theme_examples.py
"""

from __future__ import annotations

from pathlib import Path

from corpus import io as cio
from corpus.themes import heldout, load_themes

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
FILES = {"A": "theme_coding_heldout.csv", "B": "theme_coding_test.csv", "C": "theme_coding_c.csv",
         "D": "theme_coding_d.csv", "E": "theme_coding_e.csv", "F": "theme_coding_f.csv",
         "G": "theme_coding_g.csv", "H": "theme_coding_h.csv", "I": "theme_coding_i.csv",
         "J": "theme_coding_j.csv",  # I and J since session 8 (themesfix6: leave-one-set-out)
         "K": "theme_coding_k.csv", "L": "theme_coding_l.csv",  # K, L since session 9 (themesfix8)
         "M": "theme_coding_m.csv"}  # M since session 10 (themesfix9)
OUT = REPO / "src" / "corpus" / "lang" / "fr" / "theme_examples.csv"


def main() -> None:
    themes = load_themes(REPO / "config" / "themes.yaml")
    sets = {name: heldout.read_passages(DATA / f, themes) for name, f in FILES.items()}
    sets["dev"] = heldout.read_labelled_passages(DATA / "theme_sample.csv", themes)
    rows = []
    for name, passages in sets.items():
        for p in passages:
            rows.append({"set": name, "passage_id": p["passage_id"], "doc_id": p["doc_id"],
                         **{t: p["labels"][t] for t in themes}, "text": p["text"]})
    cio.write_csv(OUT, rows, ["set", "passage_id", "doc_id", *themes, "text"])
    print(f"{OUT}: {len(rows)} passages")


if __name__ == "__main__":
    main()
