"""Draw the bundled-corpus passages of the blind theme coding set C (issue #15, session 4).

Seeded random draw, per document and per segment kind, from the segments of a finished run
(``results/interim/<doc>/segments.jsonl`` and ``text.txt``): kinds narrative, verbatim, turn,
moderator; in structure sections of kind body, abstract or annex; at least ``MIN_CHARS``
characters; not overlapping a passage of sets A or B and not holding a quote of
theme_sample.csv. Passages longer than ``MAX_CHARS`` are cut at the last sentence end before
it. Prints CSV rows (doc_id, char_start, char_end, text) for the coder, without any code: the
coding is done afterwards by reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_c.py /work/main/results/interim > /tmp/set_c_draw.csv
"""

from __future__ import annotations

import bisect
import csv
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261129
KINDS = ("narrative", "verbatim", "turn", "moderator")
SECTIONS = ("body", "abstract", "annex")
MIN_CHARS = 40
MAX_CHARS = 700
# Passages per document, roughly by size but so that the small documents still count.
QUOTAS = {"gautier2019": 56, "perelli2022": 30, "fournier2021": 22, "aef2021": 14, "sfsp2023": 10}
# Each kind present in a document gets at least this many (when it has them).
MIN_PER_KIND = 3
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SENTENCE_END = re.compile(r"[.!?…»](?=\s)")


def read_commented_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def taken_spans() -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for name in ("theme_coding_heldout.csv", "theme_coding_test.csv"):
        for row in read_commented_csv(DATA / name):
            spans.setdefault(row["doc_id"], []).append((int(row["char_start"]), int(row["char_end"])))
    return spans


def sample_keys() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for row in read_commented_csv(DATA / "theme_sample.csv"):
        keys.setdefault(row["doc_id"], []).append(squash(row["text"])[:60])
    return keys


def squash(text: str) -> str:
    return " ".join(text.split())


def section_kind(starts: list[int], sections: list[dict], pos: int) -> str:
    i = bisect.bisect_right(starts, pos) - 1
    return sections[i]["kind"] if i >= 0 and pos < int(sections[i]["char_end"]) else ""


def cut(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    ends = [m.end() for m in SENTENCE_END.finditer(text[: MAX_CHARS + 1]) if m.end() >= MAX_CHARS // 2]
    if ends:
        return text[: ends[-1]]
    return text[: text.rfind(" ", 0, MAX_CHARS)]


def eligible(interim: Path, doc: str, spans, keys) -> dict[str, list[dict]]:
    text = (interim / doc / "text.txt").read_text(encoding="utf-8")
    with open(interim / doc / "structure.csv", encoding="utf-8") as fh:
        sections = sorted(csv.DictReader(fh), key=lambda s: int(s["char_start"]))
    starts = [int(s["char_start"]) for s in sections]
    by_kind: dict[str, list[dict]] = {}
    for line in open(interim / doc / "segments.jsonl", encoding="utf-8"):
        seg = json.loads(line)
        if seg["kind"] not in KINDS or section_kind(starts, sections, seg["char_start"]) not in SECTIONS:
            continue
        start = seg["char_start"]
        raw = text[start : seg["char_end"]].rstrip()
        if len(raw.strip()) < MIN_CHARS:
            continue
        end = start + len(raw)
        if any(s < end and start < e for s, e in spans.get(doc, [])):
            continue
        flat = squash(raw)
        if any(k in flat or flat[:60] in k for k in keys.get(doc, [])):
            continue
        by_kind.setdefault(seg["kind"], []).append({"doc_id": doc, "char_start": start, "raw": raw})
    return by_kind


def allocate(by_kind: dict[str, list[dict]], quota: int) -> dict[str, int]:
    total = sum(len(v) for v in by_kind.values())
    alloc = {k: min(len(v), max(MIN_PER_KIND, round(quota * len(v) / total))) for k, v in by_kind.items()}
    # Trim (or pad) the largest kind so that the document's quota is met exactly.
    largest = max(by_kind, key=lambda k: len(by_kind[k]))
    alloc[largest] = min(len(by_kind[largest]), alloc[largest] + quota - sum(alloc.values()))
    return alloc


def draw(interim: Path, seed: int = SEED, quotas: dict[str, int] = QUOTAS,
         spans: dict[str, list[tuple[int, int]]] | None = None) -> list[dict]:
    """The seeded draw: per document of ``quotas``, segments not overlapping ``spans`` (default:
    the passages of the earlier sets) nor holding a quote of theme_sample.csv."""
    rng = random.Random(seed)
    spans, keys = taken_spans() if spans is None else spans, sample_keys()
    out = []
    for doc in sorted(quotas):
        by_kind = eligible(interim, doc, spans, keys)
        for kind, n in sorted(allocate(by_kind, quotas[doc]).items()):
            for seg in sorted(rng.sample(by_kind[kind], n), key=lambda s: s["char_start"]):
                piece = cut(seg["raw"])
                out.append(
                    {
                        "doc_id": doc,
                        "char_start": seg["char_start"],
                        "char_end": seg["char_start"] + len(piece),
                        "kind": kind,
                        "text": piece.replace("\n", " "),
                    }
                )
    return out


def main(argv: list[str], draw=draw) -> None:
    rows = draw(Path(argv[1]) if len(argv) > 1 else Path("results/interim"))
    writer = csv.DictWriter(sys.stdout, fieldnames=["doc_id", "char_start", "char_end", "kind", "text"])
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
