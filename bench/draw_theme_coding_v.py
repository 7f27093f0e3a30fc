"""Draw the passages of the blind theme coding set V (issue #15, session 18): both halves in one script.

Set U's draw (bench/draw_theme_coding_u.py: set R's ``draw_bundled`` and ``draw_unseen`` with U's
``earlier_keys``) with new seeds, set U added to the exclusions, rounds 34 and 35 first.

Bundled half: G's ``draw_excluding`` outside the passages of A–U (only gautier2019 has eligible segments
left), not holding the words of an earlier passage drawn at another place (U's ``earlier_keys``, with U's
passages among the keys). Unseen half: rounds 34 and 35 (written for the project, no earlier set drew them)
give 126 paragraph passages, more than the 100–110 wanted, so (as U did with rounds 31–33) a seeded sample
of ``QUOTA`` from their pool (set R's leftover sampling on these two folders; by folder, never by words);
the leftovers of rounds 31–33 that U did not take (52) are not needed and stay, with the 20 passages of
rounds 34–35 left here, for a later set. A passage an earlier set holds (same text, or file and paragraph
range overlapping an earlier location) is dropped before sampling. Unseen
passages are numbered unseenV001….

    PYTHONPATH=bench python bench/draw_theme_coding_v.py bundled INTERIM > /tmp/set_v_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_v.py unseen > /tmp/set_v_unseen.csv

INTERIM holds ``<doc>/text.txt``, ``structure.csv`` and ``segments.jsonl`` of main's extraction and
segmentation of the bundled documents (session 18: /tmp/bundled-base, made by the lead from main dc72aa5).
Run from the repository root. Both print CSV rows without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_r as setr
import draw_theme_coding_u as setu

SEED = 20261202_180
UNSEEN_SEED = 20261202_181
QUOTAS = {**setu.QUOTAS, "gautier2019": 100}
TAKEN = (*setu.TAKEN, "theme_coding_u.csv")
EARLIER = setu.EARLIER + "u"
# main when set V was drawn (session 18's start: rounds 34 and 35 merged).
MAIN = "dc72aa562660152a88b18a63144fb7022a3145f0"
FIRST = ("segment_unseen34", "segment_unseen35")
# The two rounds give 126 passages, more than the 100–110 wanted: a seeded sample of ``QUOTA`` from their
# pool (by folder, never by words). U's leftovers of rounds 31–33 are not needed.
QUOTA = 106


def earlier_keys() -> dict[str, list[str]]:
    """U's ``earlier_keys`` over A–U: theme_sample.csv's quote keys plus every earlier bundled passage."""
    taken = setu.TAKEN
    setu.TAKEN = TAKEN
    try:
        return setu.earlier_keys()
    finally:
        setu.TAKEN = taken


def fold(text: str) -> str:
    """Letters and digits only, lower case, accents dropped: the same words with other punctuation
    (« resto, etc. » / « resto etc... »), apostrophes or guillemets fold alike."""
    text = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", text)


FOLD_HEAD = 40
_ELIGIBLE = setc.eligible


def eligible(interim: Path, doc: str, spans, keys) -> dict[str, list[dict]]:
    """C's ``eligible`` plus (new in V) a check on folded text: U's ``earlier_keys`` compare texts with
    whitespace folded only, and a first draw of 100 still held 4 passages of O, P and Q repeated with other
    punctuation or cut at another place. A segment is dropped when its first ``FOLD_HEAD`` folded characters
    are in an earlier passage of its document, or an earlier passage's are in it."""
    folded = [fold(k) for k in keys.get(doc, [])]
    by_kind = _ELIGIBLE(interim, doc, spans, keys)
    for kind, segs in by_kind.items():
        kept = []
        for seg in segs:
            flat = fold(seg["raw"])
            if any(flat[:FOLD_HEAD] in k or (len(k) >= FOLD_HEAD and k[:FOLD_HEAD] in flat) for k in folded):
                continue
            kept.append(seg)
        by_kind[kind] = kept
    return by_kind


def earlier_texts() -> dict[str, list[str]]:
    """{doc: folded whole texts} of every bundled passage of A–U and every quote of theme_sample.csv.
    setc's ``sample_keys`` cut theme_sample.csv's quotes into pieces at their « ... », so a segment holding a
    quote that runs over two turns (« E8t : Oui mais c'est 10 % des médecins… ») escaped ``eligible``."""
    out: dict[str, list[str]] = {}
    for name in (*TAKEN, "theme_sample.csv"):
        for row in setc.read_commented_csv(setc.DATA / name):
            if row.get("text"):
                out.setdefault(row["doc_id"], []).append(fold(row["text"]))
    return out


def repeats(text: str, others: list[str]) -> bool:
    flat = fold(text)
    return any(flat[:FOLD_HEAD] in k or (len(k) >= FOLD_HEAD and k[:FOLD_HEAD] in flat) for k in others)


def drop_repeats(rows: list[dict]) -> list[dict]:
    """After the draw (so that the seeded sample stays the one that was coded): drop a passage holding the
    words of an earlier set's passage or of a theme_sample.csv quote, whole texts folded (3 passages of the
    first draw, all quotes of theme_sample.csv), or of a passage drawn before it here (the draw took one
    interview answer twice, as a turn of the annex transcripts and a verbatim of the body, « On a une
    idéologie ou une éthique… »)."""
    earlier, kept = earlier_texts(), []
    for row in rows:
        mine = [fold(k["text"]) for k in kept if k["doc_id"] == row["doc_id"]]
        if not repeats(row["text"], earlier.get(row["doc_id"], []) + mine):
            kept.append(row)
    return kept


def draw_bundled(interim: Path) -> list[dict]:
    setc.sample_keys, setc.eligible = earlier_keys, eligible
    try:
        return drop_repeats(setr.draw_bundled(interim, SEED, QUOTAS, TAKEN))
    finally:
        setc.sample_keys, setc.eligible = setu.SAMPLE_KEYS, _ELIGIBLE


def draw_unseen() -> list[dict]:
    return setr.draw_unseen("V", UNSEEN_SEED, MAIN, EARLIER, (), FIRST, QUOTA)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
