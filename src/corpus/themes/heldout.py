"""A coded sample given as text (tests/data/theme_coding_heldout.csv: one row per passage and
code, with the passage's `text`) turned into segments and tokens, to measure a coding rule on
passages that need not be in the corpus."""

from __future__ import annotations

from pathlib import Path

from .agreement import read_coding_csv, theme_of_code


def read_passages(path: str | Path, themes: dict) -> list[dict]:
    """One dict per passage: passage_id, doc_id, text, labels {theme: 0/1}; file order."""
    import csv
    import io

    with open(path, encoding="utf-8", newline="") as fh:
        body = "".join(ln for ln in fh if not ln.startswith("#"))
    read_coding_csv(Path(path))  # same checks as a human coding CSV
    passages: dict[tuple, dict] = {}
    for row in csv.DictReader(io.StringIO(body)):
        key = (row["doc_id"], int(row["char_start"]), int(row["char_end"]))
        p = passages.setdefault(key, {"passage_id": f"{key[0]}:{key[1]}-{key[2]}",
                                      "doc_id": key[0], "text": row["text"], "codes": set()})
        p["codes"].add(theme_of_code(row["code"], themes))
    out = []
    for p in passages.values():
        p["labels"] = {t: int(t in p["codes"]) for t in themes}
        out.append(p)
    return out


def passage_segments(passages: list[dict]) -> tuple[str, list[dict]]:
    """The passages as one text (blank line between them) and one segment each."""
    text, segments, pos = [], [], 0
    for p in passages:
        segments.append({"doc_id": p["doc_id"], "segment_id": p["passage_id"], "kind": "narrative",
                         "char_start": pos, "char_end": pos + len(p["text"])})
        text.append(p["text"])
        pos += len(p["text"]) + 2
    return "\n\n".join(text), segments
